package nl.ijw.gateway.validation;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.ValidatorHandler;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.deadletter.DlqReden;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads a message in one streaming pass: a hardened SAX parser (no DOCTYPE, no entities, no
 * network) feeds the XSD validator of the message type found at the root, which feeds a DOM
 * builder. The result is the type, every XSD finding with its location, and the DOM for the
 * rules, or the reason the message cannot be read.
 */
public final class BerichtLezer {

    private static final int MAX_XSD_BEVINDINGEN = 100;

    private final IjwSchemas schemas;
    private final SAXParserFactory parsers;
    private final ThreadLocal<DocumentBuilder> documenten = ThreadLocal.withInitial(BerichtLezer::nieuweDocumentBuilder);
    private final ThreadLocal<XMLReader> reader;
    private final ThreadLocal<Map<BerichtType, ValidatorHandler>> validators =
            ThreadLocal.withInitial(() -> new EnumMap<>(BerichtType.class));

    public BerichtLezer(IjwSchemas schemas) {
        this.schemas = schemas;
        this.parsers = SAXParserFactory.newInstance();
        parsers.setNamespaceAware(true);
        try {
            parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            parsers.setFeature("http://xml.org/sax/features/external-general-entities", false);
            parsers.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            parsers.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (Exception e) {
            throw new IllegalStateException("XML-parser kan niet veilig worden ingesteld", e);
        }
        this.reader = ThreadLocal.withInitial(this::nieuweReader);
    }

    public Resultaat lees(byte[] inhoud) {
        Doorgeefluik luik = new Doorgeefluik();
        XMLReader xml = reader.get();
        xml.setContentHandler(luik);
        xml.setErrorHandler(luik);
        InputSource bron = new InputSource(new ByteArrayInputStream(inhoud));
        bron.setEncoding("UTF-8");
        try {
            xml.parse(bron);
        } catch (SAXParseException e) {
            return fataal(e);
        } catch (Exception e) {
            return Resultaat.onleesbaar(DlqReden.NIET_WELGEVORMD,
                    "Het bericht is geen welgevormde XML: " + e.getMessage());
        } finally {
            if (luik.validator != null) {
                luik.validator.setErrorHandler(null);
                luik.validator.setContentHandler(null);
            }
        }
        if (luik.type == null) {
            return Resultaat.onleesbaar(DlqReden.ONBEKEND_BERICHTTYPE, "Onbekend berichttype: de namespace '"
                    + luik.namespace + "' hoort niet bij een iJw 3.2-bericht.");
        }
        return new Resultaat(luik.type, luik.document, List.copyOf(luik.bevindingen), null, null);
    }

    private static Resultaat fataal(SAXParseException e) {
        String tekst = String.valueOf(e.getMessage());
        if (tekst.contains("DOCTYPE")) {
            return Resultaat.onleesbaar(DlqReden.DTD,
                    "Het bericht bevat een DOCTYPE; DTD's en entiteiten zijn niet toegestaan.");
        }
        return Resultaat.onleesbaar(DlqReden.NIET_WELGEVORMD, "Het bericht is geen welgevormde XML (regel "
                + e.getLineNumber() + ", kolom " + e.getColumnNumber() + "): " + tekst);
    }

    private XMLReader nieuweReader() {
        try {
            return parsers.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBuilder nieuweDocumentBuilder() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private ValidatorHandler validator(BerichtType type) {
        return validators.get().computeIfAbsent(type, t -> schemas.schema(t).newValidatorHandler());
    }

    /** Outcome of reading: {@code onleesbaar} set means the message could not be read as iJw at all. */
    public record Resultaat(BerichtType type, Document document, List<Bevinding> xsdBevindingen,
                            DlqReden onleesbaar, String melding) {
        static Resultaat onleesbaar(DlqReden reden, String melding) {
            return new Resultaat(null, null, List.of(), reden, melding);
        }

        public Optional<DlqReden> onleesbaarReden() {
            return Optional.ofNullable(onleesbaar);
        }
    }

    /**
     * Sits between parser and validator: picks the schema at the root element, keeps the current
     * element path (so a validator error gets its locatie) and passes every event on. A root in an
     * unknown namespace is still parsed to the end, so a broken document is reported as broken.
     */
    /** The deepest nesting read; iJw's messages are about ten levels deep. */
    static final int MAX_DIEPTE = 64;

    /** The most characters of one element's text passed on; iJw's longest values are a few hundred. */
    static final int MAX_TEKST = 10_000;

    private final class Doorgeefluik implements ContentHandler, ErrorHandler {
        private final List<String[]> prefixen = new ArrayList<>();
        private final Deque<Map<String, Integer>> tellers = new ArrayDeque<>();
        private final Deque<String> pad = new ArrayDeque<>();
        private final List<Bevinding> bevindingen = new ArrayList<>();
        private final Set<String> herhalend = schemas.herhalendeElementen();
        private BerichtType type;
        private String namespace;
        private ValidatorHandler validator;
        private ContentHandler volgende;
        private DomOpbouw dom;
        private Document document;
        private Locator locator;
        private int tekstLengte;
        private boolean teLangGemeld;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startDocument() {
            tellers.push(new HashMap<>());
        }

        @Override
        public void endDocument() throws SAXException {
            if (volgende != null) {
                volgende.endDocument();
            }
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            if (volgende == null) {
                prefixen.add(new String[] {prefix, uri});
            } else {
                volgende.startPrefixMapping(prefix, uri);
            }
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            volgende.endPrefixMapping(prefix);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (volgende == null) {
                kiesSchema(uri);
            }
            if (pad.size() >= MAX_DIEPTE) {
                // iJw messages are some ten levels deep; validating thousands of levels takes the
                // schema validator quadratic time, so such a document is refused before that.
                throw new SAXParseException("Het bericht is dieper genest dan " + MAX_DIEPTE + " niveaus.", locator);
            }
            int positie = tellers.peek().merge(localName, 1, Integer::sum);
            pad.addLast(herhalend.contains(localName) ? localName + "[" + positie + "]" : localName);
            tellers.push(new HashMap<>());
            tekstLengte = 0;
            volgende.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            tekstLengte = 0;
            volgende.endElement(uri, localName, qName);
            tellers.pop();
            pad.removeLast();
        }

        /**
         * No iJw value is longer than a few hundred characters, but parsing an enormous one (a 10 MB
         * "date") takes the schema validator minutes: beyond {@value #MAX_TEKST} characters an
         * element's text is cut off, which keeps it invalid, and reported once.
         */
        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            int ruimte = MAX_TEKST - tekstLengte;
            tekstLengte += length;
            if (ruimte >= length) {
                volgende.characters(ch, start, length);
                return;
            }
            if (ruimte > 0) {
                volgende.characters(ch, start, ruimte);
            }
            if (!teLangGemeld) {
                teLangGemeld = true;
                bevindingen.add(new Bevinding(Bevinding.REGEL_XSD, Bevinding.AFGEKEURD, "/" + String.join("/", pad),
                        "De tekst van dit element is langer dan " + MAX_TEKST + " tekens: het bericht voldoet niet aan het XSD-schema."));
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            volgende.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) {
            // Processing instructions carry nothing for iJw; they are left out of the DOM.
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            throw new SAXException("Entiteit " + name + " is niet toegestaan");
        }

        private void kiesSchema(String uri) throws SAXException {
            namespace = uri;
            type = BerichtType.vanNamespace(uri).orElse(null);
            if (type == null) {
                volgende = new org.xml.sax.helpers.DefaultHandler();
                return;
            }
            validator = validator(type);
            volgende = validator;
            validator.setErrorHandler(this);
            dom = new DomOpbouw(nieuwDocument());
            document = dom.document;
            validator.setContentHandler(dom);
            if (locator != null) {
                validator.setDocumentLocator(locator);
            }
            validator.startDocument();
            for (String[] p : prefixen) {
                validator.startPrefixMapping(p[0], p[1]);
            }
        }

        private Document nieuwDocument() {
            return documenten.get().newDocument();
        }

        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a message invalid.
        }

        @Override
        public void error(SAXParseException e) {
            if (bevindingen.size() >= MAX_XSD_BEVINDINGEN) {
                // Enough said; the path of a deeply nested message is long, so it is not even built.
                return;
            }
            String locatie = "/" + String.join("/", pad);
            boolean zelfdePlek = !bevindingen.isEmpty() && bevindingen.get(bevindingen.size() - 1).locatie().equals(locatie);
            // Xerces reports a bad value twice (facet, then type); one finding per place is enough.
            if (!zelfdePlek && bevindingen.size() < MAX_XSD_BEVINDINGEN) {
                bevindingen.add(new Bevinding(Bevinding.REGEL_XSD, Bevinding.AFGEKEURD, locatie,
                        "Het bericht voldoet niet aan het XSD-schema van " + type + ": " + e.getMessage()));
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /** Builds the DOM from the validated event stream. */
    private static final class DomOpbouw extends org.xml.sax.helpers.DefaultHandler {
        private final Document document;
        private Node huidig;

        DomOpbouw(Document document) {
            this.document = document;
            this.huidig = document;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < atts.getLength(); i++) {
                String attUri = atts.getURI(i);
                element.setAttributeNS(attUri.isEmpty() ? null : attUri, atts.getQName(i), atts.getValue(i));
            }
            huidig.appendChild(element);
            huidig = element;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            huidig = huidig.getParentNode();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (huidig != document) {
                huidig.appendChild(document.createTextNode(new String(ch, start, length)));
            }
        }
    }
}
