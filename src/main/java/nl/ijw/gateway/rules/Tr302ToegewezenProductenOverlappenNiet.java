package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR302: a Product appears more than once in an allocation (JW301) only when its allocation periods do
 * not overlap.
 */
public final class Tr302ToegewezenProductenOverlappenNiet extends BasisRegel {

    public Tr302ToegewezenProductenOverlappenNiet() {
        super("TR302", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return ProductOverlap.toets(this, bericht, Productklassen.TOEGEWEZEN);
    }
}
