package nl.ijw.gateway.rules;

import java.util.ArrayList;
import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR332: within one municipality every allocation has a number of its own. State read: the
 * allocations this municipality sent earlier under the number; a later version of the same
 * allocation (same client, same provider) keeps its number, another client or provider may not use
 * it. The municipality made those numbers itself, so it can know.
 */
public final class Tr332ToewijzingNummerUniek extends BerichtoverstijgendeRegel {

    public Tr332ToewijzingNummerUniek(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR332", "9332", BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        String gemeente = bericht.header().afzender();
        String client = geschiedenis.clientSleutel(bericht.bsn().orElseThrow());
        String aanbieder = bericht.header().ontvanger();
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Element product : bericht.alle("ToegewezenProduct")) {
            Element nummer = Bericht.kind(product, "ToewijzingNummer").orElseThrow();
            boolean elders = geschiedenis.toewijzingenMetNummer(gemeente, nummer.getTextContent().trim()).stream()
                    .anyMatch(t -> !t.client().equals(client) || !t.aanbieder().equals(aanbieder));
            if (elders) {
                bevindingen.add(bevinding(bericht, nummer, "ToewijzingNummer " + nummer.getTextContent().trim()
                        + " is door deze gemeente al voor een andere toewijzing gebruikt."));
            }
        }
        return bevindingen;
    }
}
