package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** TR352: a request for change (JW317) holds at least one OngewijzigdProduct or TeWijzigenProduct. */
public final class Tr352OngewijzigdOfTeWijzigenProduct extends BasisRegel {

    public Tr352OngewijzigdOfTeWijzigenProduct() {
        super("TR352", Bevinding.AFGEKEURD, BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return VerzoekInhoud.toets(this, bericht, "OngewijzigdProduct", "TeWijzigenProduct");
    }
}
