package nl.ijw.gateway.bericht;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A parsed iJw message: its type, header and DOM, parsed once and shared by every rule. Offers the
 * few navigation helpers the rules need, so rules read as the standard's text and not as DOM code.
 */
public final class Bericht {

    private final BerichtType type;
    private final Document document;
    private final Header header;
    private final Set<String> herhalendeElementen;
    private final Map<Object, Object> afgeleid = new HashMap<>();
    private Map<String, List<Element>> perNaam;

    public Bericht(BerichtType type, Document document, Set<String> herhalendeElementen) {
        this.type = type;
        this.document = document;
        this.herhalendeElementen = herhalendeElementen;
        this.header = leesHeader(document.getDocumentElement());
    }

    public BerichtType type() {
        return type;
    }

    public Header header() {
        return header;
    }

    public Document document() {
        return document;
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /**
     * A value derived from this message once and shared by the rules that need it, such as the state
     * read for its client: several rules read the same, and a message is judged by one thread.
     */
    @SuppressWarnings("unchecked")
    public <T> T afgeleid(Object sleutel, java.util.function.Supplier<T> bereken) {
        Object waarde = afgeleid.get(sleutel);
        if (waarde == null) {
            waarde = bereken.get();
            afgeleid.put(sleutel, waarde);
        }
        return (T) waarde;
    }

    /** The client's BSN: every message with a client holds one (JW319 holds none). */
    public Optional<String> bsn() {
        return alle("Bsn").stream().findFirst().map(e -> e.getTextContent().trim());
    }

    /**
     * Every element with this local name, in document order. The rules ask this many times per
     * message, so the elements are indexed by name in one walk; the document is not changed after it
     * was read.
     */
    public List<Element> alle(String naam) {
        if (perNaam == null) {
            Map<String, List<Element>> index = new HashMap<>();
            verzamel(root(), index);
            index.replaceAll((n, elementen) -> List.copyOf(elementen));
            perNaam = index;
        }
        return perNaam.getOrDefault(naam, List.of());
    }

    /** The first child element with this local name. */
    public static Optional<Element> kind(Element ouder, String naam) {
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && naam.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Text of the element found by following child names from {@code ouder}, if present. */
    public static Optional<String> tekst(Element ouder, String... pad) {
        Element huidig = ouder;
        for (String stap : pad) {
            Optional<Element> volgende = kind(huidig, stap);
            if (volgende.isEmpty()) {
                return Optional.empty();
            }
            huidig = volgende.get();
        }
        return Optional.of(huidig.getTextContent().trim());
    }

    /**
     * The date in the child element of this name, if present and a date. The XSD already rejects
     * malformed dates and rules only see schema-valid messages, so a malformed one is simply absent.
     */
    public static Optional<LocalDate> datum(Element ouder, String naam) {
        try {
            return tekst(ouder, naam).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * XPath of an element from the root, with 1-based positions on elements that may repeat
     * (as the validation report of the contract asks: {@code .../ToegewezenProduct[2]/Einddatum}).
     */
    public String locatie(Element element) {
        return locatie(element, herhalendeElementen);
    }

    public static String locatie(Element element, Set<String> herhalendeElementen) {
        StringBuilder pad = new StringBuilder();
        for (Node n = element; n instanceof Element e; n = e.getParentNode()) {
            String naam = e.getLocalName();
            String stap = herhalendeElementen.contains(naam) ? naam + "[" + positie(e) + "]" : naam;
            pad.insert(0, "/" + stap);
        }
        return pad.toString();
    }

    private static int positie(Element e) {
        int positie = 1;
        for (Node n = e.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element s && e.getLocalName().equals(s.getLocalName())) {
                positie++;
            }
        }
        return positie;
    }

    /** Every element under and including this one, by name, in document order; without recursion, for any depth. */
    private static void verzamel(Element wortel, Map<String, List<Element>> index) {
        Node n = wortel;
        while (n != null) {
            if (n instanceof Element e) {
                index.computeIfAbsent(e.getLocalName(), naam -> new ArrayList<>()).add(e);
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != null && n != wortel && n.getNextSibling() == null) {
                n = n.getParentNode();
            }
            n = n == null || n == wortel ? null : n.getNextSibling();
        }
    }

    /** Reads the header leniently: a missing field is null, so broken headers can still be reported. */
    public static Header leesHeader(Element root) {
        Optional<Element> header = kind(root, "Header");
        if (header.isEmpty()) {
            return new Header(null, null, null, null, null, null, null, null, null);
        }
        Element h = header.get();
        return new Header(
                tekst(h, "BerichtCode").orElse(null),
                tekst(h, "BerichtVersie").orElse(null),
                tekst(h, "BerichtSubversie").orElse(null),
                tekst(h, "Afzender").orElse(null),
                tekst(h, "Ontvanger").orElse(null),
                tekst(h, "BerichtIdentificatie", "Identificatie").orElse(null),
                tekst(h, "BerichtIdentificatie", "Dagtekening").orElse(null),
                tekst(h, "XsdVersie", "BasisschemaXsdVersie").orElse(null),
                tekst(h, "XsdVersie", "BerichtXsdVersie").orElse(null));
    }
}
