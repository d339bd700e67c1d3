package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** TR353: a request for change (JW317) holds at least one TeWijzigenProduct or NieuwProduct: it asks for a change. */
public final class Tr353TeWijzigenOfNieuwProduct extends BasisRegel {

    public Tr353TeWijzigenOfNieuwProduct() {
        super("TR353", Bevinding.AFGEKEURD, BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return VerzoekInhoud.toets(this, bericht, "TeWijzigenProduct", "NieuwProduct");
    }
}
