package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD066: in a request for allocation (JW315), a referrer of Type 02 to 05 with a ZorgverlenerCode has no Naam. */
public final class Cd066GeenNaamBijZorgverlenercode extends BasisRegel {

    public Cd066GeenNaamBijZorgverlenercode() {
        super("CD066", Bevinding.AFGEKEURD, BerichtType.JW315);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Verwijzer", VerwijzerRegels::geenNaamBijCode);
    }
}
