package nl.ijw.gateway.rules;

import java.util.ArrayList;
import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * The check shared by TR377 and TR409 on an answer (JW319): the class Woonplaatsbeginsel is there
 * exactly when RedenAfwijzingVerzoek is 8 (woonplaatsbeginsel). TR377 reports it missing, TR409
 * reports it present without that reason.
 */
final class Woonplaatsbeginsel {

    /** RedenAfwijzingVerzoek: the request is refused because another municipality is responsible. */
    static final String WOONPLAATSBEGINSEL = "8";

    private Woonplaatsbeginsel() {
    }

    static List<Bevinding> toets(Regel regel, Bericht bericht, boolean verplicht) {
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Element antwoord : bericht.alle("Antwoord")) {
            boolean reden = Bericht.tekst(antwoord, "RedenAfwijzingVerzoek").filter(WOONPLAATSBEGINSEL::equals).isPresent();
            var klasse = Bericht.kind(antwoord, "Woonplaatsbeginsel");
            if (verplicht && reden && klasse.isEmpty()) {
                bevindingen.add(regel.bevinding(bericht, antwoord, "RedenAfwijzingVerzoek is 8 (woonplaatsbeginsel): "
                        + "Woonplaatsbeginsel met de verantwoordelijke gemeente ontbreekt."));
            }
            if (!verplicht && !reden && klasse.isPresent()) {
                bevindingen.add(regel.bevinding(bericht, klasse.get(), "Woonplaatsbeginsel is alleen toegestaan als "
                        + "RedenAfwijzingVerzoek 8 (woonplaatsbeginsel) is."));
            }
        }
        return bevindingen;
    }
}
