package nl.ijw.gateway.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * TR101: a message holds no duplicate lines: of the repeated classes under one parent (products,
 * relations, contacts, ...), no two have the same content. The later copy is reported. Layout (white
 * space between elements) does not count as content.
 */
public final class Tr101GeenDubbeleRegels extends BasisRegel {

    public Tr101GeenDubbeleRegels() {
        super("TR101", Bevinding.AFGEKEURD, BerichtType.JW301, BerichtType.JW305, BerichtType.JW307, BerichtType.JW315,
                BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        List<Bevinding> bevindingen = new ArrayList<>();
        zoek(bericht, bericht.root(), bevindingen);
        return bevindingen;
    }

    private void zoek(Bericht bericht, Element ouder, List<Bevinding> bevindingen) {
        // Only a class that occurs more than once under this parent can have a copy: the content of the
        // others is never built.
        Map<String, Integer> aantal = new HashMap<>();
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element kind) {
                aantal.merge(kind.getLocalName(), 1, Integer::sum);
            }
        }
        Map<String, Element> gezien = new HashMap<>();
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element kind && klasse(kind)) {
                Element eerder = aantal.get(kind.getLocalName()) > 1 ? gezien.putIfAbsent(inhoud(kind), kind) : null;
                if (eerder != null) {
                    bevindingen.add(bevinding(bericht, kind, kind.getLocalName() + " is een dubbele regel: gelijk aan "
                            + bericht.locatie(eerder) + "."));
                }
                zoek(bericht, kind, bevindingen);
            }
        }
    }

    /** A class (an element with elements in it), as opposed to a single value. */
    private static boolean klasse(Element element) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return true;
            }
        }
        return false;
    }

    /** Name and content, child by child; the text of an element trimmed, white space between elements left out. */
    private static String inhoud(Element element) {
        StringBuilder inhoud = new StringBuilder(element.getLocalName()).append('(');
        boolean kinderen = false;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element kind) {
                inhoud.append(inhoud(kind));
                kinderen = true;
            }
        }
        if (!kinderen) {
            inhoud.append(element.getTextContent().trim());
        }
        return inhoud.append(')').toString();
    }
}
