package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR375: a TeWijzigenProduct whose allocation has no Product (a budget, CD079), and that runs past
 * 2020 (its Einddatum after 31-12-2020 or none), holds no Omvang. State read: see
 * {@link OmvangBijToewijzing}.
 */
public final class Tr375GeenOmvangZonderProduct extends BerichtoverstijgendeRegel {

    public Tr375GeenOmvangZonderProduct(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR375", "9375", BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return OmvangBijToewijzing.leegLaten(this, bericht, g -> g.inhoud().categorie().isEmpty(),
                g -> OmvangBijToewijzing.nummer(g) + " heeft geen product");
    }
}
