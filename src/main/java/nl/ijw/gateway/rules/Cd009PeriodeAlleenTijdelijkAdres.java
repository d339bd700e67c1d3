package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD009: only a Contact of Soort 04 (tijdelijk adres) has a Periode. */
public final class Cd009PeriodeAlleenTijdelijkAdres extends BasisRegel {

    public Cd009PeriodeAlleenTijdelijkAdres() {
        super("CD009", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Contact", klasse ->
                Voorwaarde.heeft(klasse, "Periode") && Bericht.tekst(klasse, "Soort").filter("04"::equals).isEmpty()
                        ? Optional.of(new Voorwaarde.Overtreding(Voorwaarde.kind(klasse, "Periode"),
                                "Periode is alleen toegestaan bij Soort 04 (tijdelijk adres)."))
                        : Optional.empty());
    }
}
