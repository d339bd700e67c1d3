package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD068: in a request for allocation (JW315), a referrer of another Type than 02 to 05 has no ZorgverlenerCode. */
public final class Cd068GeenZorgverlenercodeBijAnderType extends BasisRegel {

    public Cd068GeenZorgverlenercodeBijAnderType() {
        super("CD068", Bevinding.AFGEKEURD, BerichtType.JW315);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Verwijzer", VerwijzerRegels::geenCodeBijAnderType);
    }
}
