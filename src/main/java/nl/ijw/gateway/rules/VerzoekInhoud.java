package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * The check shared by TR352 and TR353: a Verzoek in a request for change (JW317) holds at least one
 * product of the given kinds; the rules differ only in which kinds.
 */
final class VerzoekInhoud {

    private VerzoekInhoud() {
    }

    static List<Bevinding> toets(Regel regel, Bericht bericht, String eerste, String tweede) {
        List<Bevinding> bevindingen = new java.util.ArrayList<>();
        for (Element verzoek : bericht.alle("Verzoek")) {
            if (bericht.alle(eerste).stream().noneMatch(e -> binnen(e, verzoek))
                    && bericht.alle(tweede).stream().noneMatch(e -> binnen(e, verzoek))) {
                bevindingen.add(regel.bevinding(bericht, verzoek, "Het verzoek om wijziging bevat geen " + eerste
                        + " en geen " + tweede + "; minstens één van beide is verplicht."));
            }
        }
        return bevindingen;
    }

    private static boolean binnen(Element element, Element ouder) {
        for (org.w3c.dom.Node n = element.getParentNode(); n != null; n = n.getParentNode()) {
            if (n == ouder) {
                return true;
            }
        }
        return false;
    }
}
