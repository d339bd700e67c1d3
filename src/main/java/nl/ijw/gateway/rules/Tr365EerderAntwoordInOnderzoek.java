package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR365: a second answer to a request only follows an answer "in onderzoek" (2); after a rejection
 * (1) the request is done. State read: as for TR360.
 */
public final class Tr365EerderAntwoordInOnderzoek extends BerichtoverstijgendeRegel {

    public Tr365EerderAntwoordInOnderzoek(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR365", "9365", BerichtType.JW319);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Element referentie = referentie(bericht);
        boolean afgerond = geschiedenis.antwoorden(bericht.header().ontvanger(), referentie.getTextContent().trim()).stream()
                .anyMatch(a -> !a.inOnderzoek());
        return als(afgerond, bericht, referentie, "Op dit verzoek is al definitief geantwoord.");
    }
}
