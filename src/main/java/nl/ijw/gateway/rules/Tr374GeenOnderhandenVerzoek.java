package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR374: a provider sends a request for a client only when none of its requests for that client is
 * pending. State read: this provider's requests for the client to the receiving municipality, and
 * whether each was answered: a JW319 with VerzoekAntwoord 1 or a JW301 with its ReferentieAanbieder
 * ends it, "in onderzoek" (2) does not. The rule is the municipality's to apply and it knows only
 * requests sent to it, so requests to another municipality do not count.
 */
public final class Tr374GeenOnderhandenVerzoek extends BerichtoverstijgendeRegel {

    public Tr374GeenOnderhandenVerzoek(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR374", "9374", BerichtType.JW315, BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        String gemeente = bericht.header().ontvanger();
        boolean onderhanden = bericht.bsn().map(bsn -> geschiedenis.verzoeken(bericht.header().afzender(), bsn)).orElse(List.of())
                .stream().anyMatch(v -> v.onderhanden() && v.gemeente().equals(gemeente));
        return als(onderhanden, bericht, bericht.alle("ReferentieAanbieder").get(0),
                "Er is nog een verzoek van deze aanbieder voor deze cliënt in behandeling.");
    }
}
