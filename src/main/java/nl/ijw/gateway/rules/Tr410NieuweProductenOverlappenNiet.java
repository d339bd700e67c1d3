package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR410: a Product appears more than once among the NieuwProduct classes of a request for change
 * (JW317) only when its periods do not overlap.
 */
public final class Tr410NieuweProductenOverlappenNiet extends BasisRegel {

    public Tr410NieuweProductenOverlappenNiet() {
        super("TR410", Bevinding.AFGEKEURD, BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return ProductOverlap.toets(this, bericht, Productklassen.NIEUW);
    }
}
