package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR386: a Product appears more than once in a request for allocation (JW315) only when its periods do
 * not overlap.
 */
public final class Tr386AangevraagdeProductenOverlappenNiet extends BasisRegel {

    public Tr386AangevraagdeProductenOverlappenNiet() {
        super("TR386", Bevinding.AFGEKEURD, BerichtType.JW315);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return ProductOverlap.toets(this, bericht, Productklassen.AANGEVRAAGD);
    }
}
