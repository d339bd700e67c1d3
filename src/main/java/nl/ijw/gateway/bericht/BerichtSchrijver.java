package nl.ijw.gateway.bericht;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Validator;
import nl.ijw.gateway.validation.IjwSchemas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Writes the messages the gateway makes itself (retours, answers on a municipality's behalf): a
 * document in the message's namespace with basisschema elements under the {@code ijw} prefix, which
 * is validated against its own schema before it becomes bytes. Nothing invalid ever leaves.
 */
public final class BerichtSchrijver {

    private static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
    private static final String BASIS = BerichtType.BASISSCHEMA_NAMESPACE;

    private final IjwSchemas schemas;
    private final ThreadLocal<DocumentBuilder> documenten = ThreadLocal.withInitial(BerichtSchrijver::nieuweDocumentBuilder);
    private final ThreadLocal<Transformer> schrijver = ThreadLocal.withInitial(BerichtSchrijver::nieuweSchrijver);
    // A Validator is not thread-safe but reusable: one per thread and message type, not one per message.
    private final ThreadLocal<Map<BerichtType, Validator>> validators =
            ThreadLocal.withInitial(() -> new EnumMap<>(BerichtType.class));

    public BerichtSchrijver(IjwSchemas schemas) {
        this.schemas = schemas;
    }

    /** An empty message of this type: the root {@code Bericht} with its namespaces declared. */
    public Document nieuw(BerichtType type) {
        Document document = documenten.get().newDocument();
        document.setXmlStandalone(true);
        Element root = document.createElementNS(type.namespace(), "Bericht");
        root.setAttributeNS(XMLNS, "xmlns", type.namespace());
        root.setAttributeNS(XMLNS, "xmlns:ijw", BASIS);
        document.appendChild(root);
        return document;
    }

    public static Element element(Document d, String ns, String naam) {
        return d.createElementNS(ns, BASIS.equals(ns) ? "ijw:" + naam : naam);
    }

    public static Element tekst(Document d, String ns, String naam, String waarde) {
        Element e = element(d, ns, naam);
        e.setTextContent(waarde);
        return e;
    }

    /**
     * The header every iJw message starts with: BerichtCode, versions, parties, BerichtIdentificatie
     * and XsdVersie. A retour adds its own fields after these.
     */
    public static Element header(Document d, BerichtType type, Header h) {
        String ns = type.namespace();
        Element header = element(d, ns, "Header");
        header.appendChild(tekst(d, ns, "BerichtCode", type.berichtCode()));
        header.appendChild(tekst(d, ns, "BerichtVersie", BerichtType.BERICHT_VERSIE));
        header.appendChild(tekst(d, ns, "BerichtSubversie", BerichtType.BERICHT_SUBVERSIE));
        header.appendChild(tekst(d, ns, "Afzender", h.afzender()));
        header.appendChild(tekst(d, ns, "Ontvanger", h.ontvanger()));
        Element identificatie = element(d, ns, "BerichtIdentificatie");
        identificatie.appendChild(tekst(d, BASIS, "Identificatie", h.identificatie()));
        identificatie.appendChild(tekst(d, BASIS, "Dagtekening", h.dagtekening()));
        header.appendChild(identificatie);
        header.appendChild(xsdVersie(d, ns, "XsdVersie", h.basisschemaXsdVersie(), h.berichtXsdVersie()));
        return header;
    }

    /** An XsdVersie-shaped element (XsdVersie, XsdVersieRetour). */
    public static Element xsdVersie(Document d, String ns, String naam, String basis, String bericht) {
        Element versie = element(d, ns, naam);
        versie.appendChild(tekst(d, BASIS, "BasisschemaXsdVersie", basis == null ? "" : basis));
        versie.appendChild(tekst(d, BASIS, "BerichtXsdVersie", bericht == null ? "" : bericht));
        return versie;
    }

    /** The versions a message of this type states it was written against (its schema's appinfo). */
    public String[] xsdVersies(BerichtType type, String standaard) {
        return schemas.xsdVersies(type).orElse(new String[] {standaard, standaard});
    }

    /** Validates the document against the schema of its type, then writes it as UTF-8 without BOM. */
    public byte[] valideerEnSchrijf(Document document, BerichtType type) throws SAXException {
        Validator validator = validators.get().computeIfAbsent(type, t -> schemas.schema(t).newValidator());
        try {
            validator.validate(new DOMSource(document));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // To a Writer, not a stream: for a stream the JDK's serializer allocates new encoding buffers
        // (tens of kilobytes) per message, many times the message itself (seen in an allocation profile).
        StringWriter uit = new StringWriter(2048);
        try {
            schrijver.get().transform(new DOMSource(document), new StreamResult(uit));
        } catch (TransformerException e) {
            throw new IllegalStateException(type + " niet te schrijven", e);
        }
        return uit.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static DocumentBuilder nieuweDocumentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Transformer nieuweSchrijver() {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = factory.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            return t;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
