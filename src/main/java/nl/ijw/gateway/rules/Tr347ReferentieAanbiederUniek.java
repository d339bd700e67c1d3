package nl.ijw.gateway.rules;

import java.util.ArrayList;
import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR347: a ReferentieAanbieder is unique for the provider. State read: the references of the
 * requests this provider sent before that the gateway accepted and passed on (a request rejected by
 * a retour does not use up its reference). A reference repeated inside one request for allocation is
 * TR383's finding, not this one's.
 */
public final class Tr347ReferentieAanbiederUniek extends BerichtoverstijgendeRegel {

    public Tr347ReferentieAanbiederUniek(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR347", "9347", BerichtType.JW315, BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        String aanbieder = bericht.header().afzender();
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Element referentie : bericht.alle("ReferentieAanbieder")) {
            String waarde = referentie.getTextContent().trim();
            if (!geschiedenis.verzoekenMetReferentie(aanbieder, waarde).isEmpty()) {
                bevindingen.add(bevinding(bericht, referentie, "ReferentieAanbieder " + waarde + " is door deze aanbieder al gebruikt."));
            }
        }
        return bevindingen;
    }
}
