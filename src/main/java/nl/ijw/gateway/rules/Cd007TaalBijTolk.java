package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD007: a Communicatie with Vorm 1 (tolk taal) names the Taal; any other Vorm has none. */
public final class Cd007TaalBijTolk extends BasisRegel {

    public Cd007TaalBijTolk() {
        super("CD007", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Communicatie", klasse ->
                Bericht.tekst(klasse, "Vorm").filter("1"::equals).isPresent() != Voorwaarde.heeft(klasse, "Taal")
                        ? Optional.of(new Voorwaarde.Overtreding(klasse, Voorwaarde.heeft(klasse, "Taal")
                                ? "Taal moet leeg blijven: Vorm is geen 1 (tolk taal)." : "Taal ontbreekt; die is verplicht bij Vorm 1 (tolk taal)."))
                        : Optional.empty());
    }
}
