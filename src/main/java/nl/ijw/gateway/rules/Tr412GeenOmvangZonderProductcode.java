package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR412: a TeWijzigenProduct whose allocation names a product category without a product code, and
 * that runs past 2020 (its Einddatum after 31-12-2020 or none), holds no Omvang. An allocation without
 * any product is TR375's. State read: see {@link OmvangBijToewijzing}.
 */
public final class Tr412GeenOmvangZonderProductcode extends BerichtoverstijgendeRegel {

    public Tr412GeenOmvangZonderProductcode(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR412", "9412", BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return OmvangBijToewijzing.leegLaten(this, bericht,
                g -> g.inhoud().categorie().isPresent() && g.inhoud().code().isEmpty(),
                g -> OmvangBijToewijzing.nummer(g) + " heeft categorie " + g.inhoud().categorie().get() + " zonder productcode");
    }
}
