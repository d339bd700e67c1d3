package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD025: a Dutch address (LandCode NL) has a Postcode. */
public final class Cd025PostcodeInNederland extends BasisRegel {

    public Cd025PostcodeInNederland() {
        super("CD025", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Adres", klasse ->
                Bericht.tekst(klasse, "LandCode").filter("NL"::equals).isPresent() && !Voorwaarde.heeft(klasse, "Postcode")
                        ? Optional.of(new Voorwaarde.Overtreding(klasse, "Postcode ontbreekt; die is verplicht bij LandCode NL."))
                        : Optional.empty());
    }
}
