package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR360: an answer "in onderzoek" (VerzoekAntwoord 2) only as the first answer to a request. State
 * read: the answers to this provider's request with this ReferentieAanbieder, including those the
 * gateway sent on the municipality's behalf.
 */
public final class Tr360OnderzoekAlleenEerstAntwoord extends BerichtoverstijgendeRegel {

    public Tr360OnderzoekAlleenEerstAntwoord(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR360", "9360", BerichtType.JW319);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Element referentie = referentie(bericht);
        boolean inOnderzoek = "2".equals(Bericht.tekst(bericht.alle("Antwoord").get(0), "VerzoekAntwoord").orElse(""));
        return als(inOnderzoek && !geschiedenis.antwoorden(bericht.header().ontvanger(), referentie.getTextContent().trim()).isEmpty(),
                bericht, referentie, "Op dit verzoek is al geantwoord; \"in onderzoek\" kan alleen het eerste antwoord zijn.");
    }
}
