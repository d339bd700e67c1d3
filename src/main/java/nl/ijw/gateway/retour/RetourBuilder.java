package nl.ijw.gateway.retour;

import static nl.ijw.gateway.bericht.BerichtSchrijver.element;
import static nl.ijw.gateway.bericht.BerichtSchrijver.tekst;
import static nl.ijw.gateway.bericht.BerichtSchrijver.xsdVersie;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtSchrijver;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.bericht.Header;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Writes the retour message (JW302/306/308/316/318/320) of a heenbericht.
 *
 * <p>Per OP065 a retour holds only what was rejected: an accepted message gets a header with
 * retourcode 0200 and no client. When the message broke its schema, the message is rejected as a
 * whole: the header carries 0001 and no client is included, since a client that failed the schema
 * cannot be copied into a valid retour. When schema-valid content breaks a rule, the client (or, in
 * JW320, the Antwoord) is included with all its classes; each class carries the retourcodes of the
 * findings inside it, or 0200 when it has none. Every retour is validated against its own schema
 * before it leaves; one that is not valid is never sent.
 */
public final class RetourBuilder {

    private static final String GEEN_OPMERKING = "0200";

    private final BerichtSchrijver schrijver;
    private final Clock klok;
    private final String standaardXsdVersie;

    public RetourBuilder(BerichtSchrijver schrijver, Clock klok, String standaardXsdVersie) {
        this.schrijver = schrijver;
        this.klok = klok;
        this.standaardXsdVersie = standaardXsdVersie;
    }

    /**
     * @param bericht     the parsed heenbericht
     * @param bevindingen all findings; empty for an accepted message
     * @param berichtId   the gateway's tracking id, from which IdentificatieRetour is derived so a
     *                    redelivered message gets the very same retour
     */
    public byte[] bouw(Bericht bericht, List<Bevinding> bevindingen, String berichtId) throws RetourOnmogelijk {
        BerichtType heen = bericht.type();
        BerichtType retourType = heen.retourType()
                .orElseThrow(() -> new RetourOnmogelijk(heen + " is zelf een retourbericht"));
        String ns = retourType.namespace();
        Document retour = schrijver.nieuw(retourType);
        Element root = retour.getDocumentElement();

        boolean schemaFout = bevindingen.stream().anyMatch(b -> Bevinding.REGEL_XSD.equals(b.regel()));
        Map<Element, Set<String>> codesPerKlasse = new HashMap<>();
        Set<String> headerCodes = new LinkedHashSet<>();
        for (Bevinding b : bevindingen) {
            Element klasse = schemaFout ? null : klasseVan(bericht, b.locatie());
            if (klasse == null) {
                headerCodes.add(b.retourcode());
            } else {
                codesPerKlasse.computeIfAbsent(klasse, k -> new LinkedHashSet<>()).add(b.retourcode());
            }
        }
        root.appendChild(header(retour, ns, retourType, bericht.header(), berichtId,
                headerCodes.isEmpty() ? Set.of(GEEN_OPMERKING) : headerCodes));
        if (!codesPerKlasse.isEmpty()) {
            Element inhoud = inhoudVan(bericht);
            root.appendChild(kopie(retour, inhoud, heen, ns, codesPerKlasse));
        }
        try {
            return schrijver.valideerEnSchrijf(retour, retourType);
        } catch (SAXException e) {
            throw new RetourOnmogelijk("het retourbericht zou niet schemageldig zijn: " + e.getMessage());
        }
    }

    /** IdentificatieRetour: at most 12 characters (LDT_IdentificatieBericht), derived from the tracking id. */
    static String identificatieRetour(String berichtId) {
        long hash = UUID.nameUUIDFromBytes(berichtId.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
        return "R" + Long.toString(hash & ((1L << 56) - 1), 36).toUpperCase();
    }

    private Element header(Document d, String ns, BerichtType retourType, Header h, String berichtId, Set<String> codes)
            throws RetourOnmogelijk {
        if (h.afzender() == null || h.ontvanger() == null || h.identificatie() == null || h.dagtekening() == null) {
            throw new RetourOnmogelijk("de header mist Afzender, Ontvanger of BerichtIdentificatie");
        }
        String[] versies = schrijver.xsdVersies(retourType, standaardXsdVersie);
        // A retour repeats the header of its heenbericht, then adds its own fields.
        Element header = BerichtSchrijver.header(d, retourType, h);
        header.appendChild(tekst(d, ns, "IdentificatieRetour", identificatieRetour(berichtId)));
        header.appendChild(tekst(d, ns, "DagtekeningRetour", LocalDate.now(klok).toString()));
        header.appendChild(xsdVersie(d, ns, "XsdVersieRetour", versies[0], versies[1]));
        header.appendChild(retourCodes(d, ns, codes));
        return header;
    }

    private static Element retourCodes(Document d, String ns, Set<String> codes) {
        Element retourCodes = element(d, ns, "RetourCodes");
        for (String code : codes) {
            retourCodes.appendChild(tekst(d, ns, "RetourCode", code));
        }
        return retourCodes;
    }

    /** Copies a class tree into the retour namespace, closing every class with its RetourCodes. */
    private static Element kopie(Document d, Element origineel, BerichtType heen, String ns,
                                 Map<Element, Set<String>> codesPerKlasse) {
        String naam = origineel.getLocalName();
        Element kopie = element(d, heen.namespace().equals(origineel.getNamespaceURI()) ? ns : origineel.getNamespaceURI(), naam);
        for (Node n = origineel.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element kind) {
                kopie.appendChild(kopie(d, kind, heen, ns, codesPerKlasse));
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                kopie.appendChild(d.createTextNode(n.getTextContent()));
            }
        }
        if (heen.klassen().contains(naam)) {
            kopie.appendChild(retourCodes(d, ns, codesPerKlasse.getOrDefault(origineel, Set.of(GEEN_OPMERKING))));
        }
        return kopie;
    }

    /** The content class after the header: Client, or Antwoord in JW319. */
    private static Element inhoudVan(Bericht bericht) {
        for (Node n = bericht.root().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !"Header".equals(e.getLocalName())) {
                return e;
            }
        }
        throw new IllegalStateException("Bericht zonder inhoud na de Header");
    }

    /** The nearest class around a finding's location; null when it lies in the header. */
    private static Element klasseVan(Bericht bericht, String locatie) {
        Element huidig = bericht.root();
        List<Element> pad = new ArrayList<>();
        String[] stappen = locatie.split("/");
        for (int i = 2; i < stappen.length && huidig != null; i++) {
            huidig = stap(huidig, stappen[i]);
            if (huidig != null) {
                pad.add(huidig);
            }
        }
        for (int i = pad.size() - 1; i >= 0; i--) {
            if (bericht.type().klassen().contains(pad.get(i).getLocalName())) {
                return pad.get(i);
            }
        }
        return null;
    }

    private static Element stap(Element ouder, String stap) {
        int haak = stap.indexOf('[');
        String naam = haak < 0 ? stap : stap.substring(0, haak);
        int positie = haak < 0 ? 1 : Integer.parseInt(stap.substring(haak + 1, stap.length() - 1));
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && naam.equals(e.getLocalName()) && --positie == 0) {
                return e;
            }
        }
        return null;
    }

    /** The retour cannot be made valid, so there is no sender to answer: the message goes to the DLQ. */
    public static final class RetourOnmogelijk extends Exception {
        public RetourOnmogelijk(String melding) {
            super(melding);
        }
    }
}
