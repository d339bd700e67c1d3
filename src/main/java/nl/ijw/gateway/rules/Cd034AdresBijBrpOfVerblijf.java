package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD034: a Contact of Soort 01 (BRP-adres) or 03 (verblijfadres) has an Adres. */
public final class Cd034AdresBijBrpOfVerblijf extends BasisRegel {

    public Cd034AdresBijBrpOfVerblijf() {
        super("CD034", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Contact", klasse ->
                Bericht.tekst(klasse, "Soort").filter(s -> s.equals("01") || s.equals("03")).isPresent() && !Voorwaarde.heeft(klasse, "Adres")
                        ? Optional.of(new Voorwaarde.Overtreding(klasse, "Adres ontbreekt; dat is verplicht bij Soort "
                                + Bericht.tekst(klasse, "Soort").get() + "."))
                        : Optional.empty());
    }
}
