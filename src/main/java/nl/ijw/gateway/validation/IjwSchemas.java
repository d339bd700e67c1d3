package nl.ijw.gateway.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import nl.ijw.gateway.bericht.BerichtType;
import org.w3c.dom.Element;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The compiled schemas of one iJw release, loaded from a folder holding {@code basisschema.xsd}
 * and one {@code JWnnn.xsd} per message. Compiled once at start-up; a {@link Schema} is
 * thread-safe, so every message reuses it.
 */
public final class IjwSchemas {

    private final String release;
    private final Map<BerichtType, Schema> schemas = new EnumMap<>(BerichtType.class);
    private final Map<BerichtType, String[]> xsdVersies = new EnumMap<>(BerichtType.class);
    private final Set<String> herhalendeElementen = new HashSet<>();

    /** Reads a schema file of the release folder by its file name. */
    @FunctionalInterface
    public interface Bron {
        byte[] lees(String bestandsnaam) throws IOException;
    }

    public IjwSchemas(String release, Bron bron) {
        this.release = release;
        Map<String, byte[]> bestanden = new HashMap<>();
        try {
            bestanden.put("basisschema.xsd", bron.lees("basisschema.xsd"));
            for (BerichtType type : BerichtType.values()) {
                bestanden.put(type.name() + ".xsd", bron.lees(type.name() + ".xsd"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("iJw-schema's van release " + release + " niet te lezen: " + e.getMessage(), e);
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Imports are resolved from the same release folder, never from the network.
        factory.setResourceResolver(new ReleaseResolver(bestanden));
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            for (BerichtType type : BerichtType.values()) {
                String naam = type.name() + ".xsd";
                StreamSource bronXsd = new StreamSource(new ByteArrayInputStream(bestanden.get(naam)), naam);
                schemas.put(type, factory.newSchema(bronXsd));
                xsdVersies.put(type, leesXsdVersies(bestanden.get(naam)));
            }
        } catch (SAXException e) {
            throw new IllegalStateException("iJw-schema's van release " + release + " ongeldig: " + e.getMessage(), e);
        }
        for (byte[] xsd : bestanden.values()) {
            verzamelHerhalendeElementen(xsd);
        }
    }

    public String release() {
        return release;
    }

    public Schema schema(BerichtType type) {
        return schemas.get(type);
    }

    /** Names of elements that may occur more than once: they get a position in a finding's locatie. */
    public Set<String> herhalendeElementen() {
        return herhalendeElementen;
    }

    /** BasisschemaXsdVersie and BerichtXsdVersie of a message schema, from its appinfo when given. */
    public Optional<String[]> xsdVersies(BerichtType type) {
        return Optional.ofNullable(xsdVersies.get(type));
    }

    private static String[] leesXsdVersies(byte[] xsd) {
        Element schema = parse(xsd);
        String basis = eersteTekst(schema, "BasisschemaXsdVersie");
        String bericht = eersteTekst(schema, "BerichtXsdVersie");
        return basis == null || bericht == null ? null : new String[] {basis, bericht};
    }

    private void verzamelHerhalendeElementen(byte[] xsd) {
        NodeList elementen = parse(xsd).getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
        for (int i = 0; i < elementen.getLength(); i++) {
            Element e = (Element) elementen.item(i);
            String max = e.getAttribute("maxOccurs");
            if (!max.isEmpty() && !"1".equals(max) && !e.getAttribute("name").isEmpty()) {
                herhalendeElementen.add(e.getAttribute("name"));
            }
        }
    }

    private static String eersteTekst(Element schema, String naam) {
        NodeList gevonden = schema.getElementsByTagNameNS("*", naam);
        return gevonden.getLength() == 0 ? null : gevonden.item(0).getTextContent().trim();
    }

    private static Element parse(byte[] xsd) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xsd)).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("XSD niet te lezen: " + e.getMessage(), e);
        }
    }

    private record ReleaseResolver(Map<String, byte[]> bestanden) implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String naam = systemId == null ? null : systemId.substring(systemId.lastIndexOf('/') + 1);
            byte[] inhoud = naam == null ? null : bestanden.get(naam);
            if (inhoud == null) {
                throw new IllegalStateException("Schema " + systemId + " hoort niet bij de release");
            }
            return new BytesInput(naam, inhoud);
        }
    }

    private record BytesInput(String systemId, byte[] inhoud) implements LSInput {
        @Override public InputStream getByteStream() { return new ByteArrayInputStream(inhoud); }
        @Override public String getSystemId() { return systemId; }
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
