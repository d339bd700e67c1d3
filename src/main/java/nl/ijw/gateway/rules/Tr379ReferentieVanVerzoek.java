package nl.ijw.gateway.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR379: an allocation that honours a request (VOT, VOW) carries that request's ReferentieAanbieder.
 * State read: the requests with that reference the provider sent. The reference is rejected when
 * the gateway saw the provider's request with it and that request was for another client or went to
 * another municipality. When the gateway saw no request with it, it cannot tell whether one was
 * sent before its journal began, and does not reject (OP095).
 */
public final class Tr379ReferentieVanVerzoek extends BerichtoverstijgendeRegel {

    public Tr379ReferentieVanVerzoek(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR379", "9379", BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        String gemeente = bericht.header().afzender();
        String aanbieder = bericht.header().ontvanger();
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Element product : bericht.alle("ToegewezenProduct")) {
            Optional<Element> referentie = Bericht.kind(product, "ReferentieAanbieder");
            if (referentie.isEmpty()) {
                continue;
            }
            if (referentieVanAnder(aanbieder, referentie.get().getTextContent().trim(), bericht.bsn(), gemeente)) {
                bevindingen.add(bevinding(bericht, referentie.get(), REFERENTIE_VAN_ANDER));
            }
        }
        return bevindingen;
    }
}
