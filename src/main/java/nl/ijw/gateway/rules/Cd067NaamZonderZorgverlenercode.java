package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD067: in a request for allocation (JW315), a referrer of Type 02 to 05 without a ZorgverlenerCode has a Naam. */
public final class Cd067NaamZonderZorgverlenercode extends BasisRegel {

    public Cd067NaamZonderZorgverlenercode() {
        super("CD067", Bevinding.AFGEKEURD, BerichtType.JW315);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Verwijzer", VerwijzerRegels::naamZonderCode);
    }
}
