package nl.ijw.gateway.validation.conformance;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Structural model of one iJw message schema (plus the schemas it imports), read by walking the XSD files
 * as plain XML with the JDK DOM parser.
 *
 * <p>Only the constructs the iJw schemas use are supported: global {@code xs:element}, named
 * {@code xs:complexType} with one {@code xs:sequence} of {@code xs:element}s, and {@code xs:simpleType} /
 * {@code xs:restriction} with the facets listed in {@link #SUPPORTED_FACETS}. Anything else makes loading
 * fail loudly, so that a change in the reference schemas cannot silently escape the conformance test.
 */
final class XsdModel {

    static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    static final String BASIS_NS = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";

    static final Set<String> SUPPORTED_BUILTINS = Set.of("string", "integer", "date", "time");
    static final Set<String> SUPPORTED_FACETS =
            Set.of("enumeration", "pattern", "minLength", "maxLength", "length", "minInclusive", "maxInclusive", "whiteSpace");

    /** A qualified name of a schema component. */
    record QName(String ns, String local) {
        @Override
        public String toString() {
            return "{" + ns + "}" + local;
        }
    }

    /** An element declaration (global or local) with its resolved type. */
    static final class Decl {
        final String ns;
        final String name;
        final int min;
        /** -1 means unbounded. */
        final int max;
        /** Name of the declared type, {@code null} for an anonymous type. */
        final QName typeName;
        ComplexDef complex;
        SimpleDef simple;

        Decl(String ns, String name, int min, int max, QName typeName) {
            this.ns = ns;
            this.name = name;
            this.min = min;
            this.max = max;
            this.typeName = typeName;
        }

        boolean isSimple() {
            return simple != null;
        }

        boolean repeatable() {
            return max == -1 || max > 1;
        }

        String occurs() {
            return min + ".." + (max == -1 ? "*" : String.valueOf(max));
        }
    }

    /** A complex type: a sequence of element declarations. */
    static final class ComplexDef {
        final QName name;
        final List<Decl> sequence = new ArrayList<>();

        ComplexDef(QName name) {
            this.name = name;
        }
    }

    /** One derivation step of a simple type: its base and the facets added in this step. */
    static final class SimpleDef {
        final QName name;
        /** Built-in XML Schema base type local name, if this step restricts a built-in directly. */
        String builtinBase;
        SimpleDef base;
        final List<String> enumerations = new ArrayList<>();
        final List<String> patterns = new ArrayList<>();
        Integer minLength;
        Integer maxLength;
        Integer length;
        BigDecimal minInclusive;
        BigDecimal maxInclusive;
        String whiteSpace;
        private Facets effective;

        SimpleDef(QName name) {
            this.name = name;
        }

        /** Facets of the whole derivation chain merged into one view. */
        Facets facets() {
            if (effective == null) {
                Facets f = base == null ? new Facets(builtinBase) : base.facets().copy();
                if (!patterns.isEmpty()) {
                    f.patternSteps.add(List.copyOf(patterns));
                }
                if (!enumerations.isEmpty()) {
                    Set<String> own = new LinkedHashSet<>(enumerations);
                    if (f.enumerations != null) {
                        own.retainAll(f.enumerations);
                    }
                    f.enumerations = own;
                }
                if (length != null) {
                    f.minLength = length;
                    f.maxLength = length;
                }
                if (minLength != null) {
                    f.minLength = f.minLength == null ? minLength : Math.max(f.minLength, minLength);
                }
                if (maxLength != null) {
                    f.maxLength = f.maxLength == null ? maxLength : Math.min(f.maxLength, maxLength);
                }
                if (minInclusive != null) {
                    f.minInclusive = f.minInclusive == null ? minInclusive : f.minInclusive.max(minInclusive);
                }
                if (maxInclusive != null) {
                    f.maxInclusive = f.maxInclusive == null ? maxInclusive : f.maxInclusive.min(maxInclusive);
                }
                if (whiteSpace != null) {
                    f.whiteSpace = whiteSpace;
                }
                effective = f;
            }
            return effective;
        }
    }

    /** Effective (merged) facets of a simple type. */
    static final class Facets {
        final String builtin;
        /** Patterns per derivation step: within a step any pattern may match, all steps must match. */
        final List<List<String>> patternSteps = new ArrayList<>();
        /** {@code null} when the type is not enumerated. */
        Set<String> enumerations;
        Integer minLength;
        Integer maxLength;
        BigDecimal minInclusive;
        BigDecimal maxInclusive;
        String whiteSpace;

        Facets(String builtin) {
            this.builtin = builtin;
        }

        Facets copy() {
            Facets f = new Facets(builtin);
            f.patternSteps.addAll(patternSteps);
            f.enumerations = enumerations == null ? null : new LinkedHashSet<>(enumerations);
            f.minLength = minLength;
            f.maxLength = maxLength;
            f.minInclusive = minInclusive;
            f.maxInclusive = maxInclusive;
            f.whiteSpace = whiteSpace;
            return f;
        }

        boolean hasPatterns() {
            return !patternSteps.isEmpty();
        }

        /** Order-independent description, used to compare two schema sets. */
        String canonical() {
            StringBuilder sb = new StringBuilder("xs:").append(builtin);
            if (minLength != null || maxLength != null) {
                sb.append(" length[").append(minLength == null ? "" : minLength).append("..")
                        .append(maxLength == null ? "" : maxLength).append(']');
            }
            if (minInclusive != null || maxInclusive != null) {
                sb.append(" range[").append(minInclusive == null ? "" : minInclusive.toPlainString()).append("..")
                        .append(maxInclusive == null ? "" : maxInclusive.toPlainString()).append(']');
            }
            if (whiteSpace != null) {
                sb.append(" whiteSpace=").append(whiteSpace);
            }
            for (List<String> step : patternSteps) {
                sb.append(" pattern").append(new TreeSet<>(step));
            }
            if (enumerations != null) {
                sb.append(" enum").append(new TreeSet<>(enumerations));
            }
            return sb.toString();
        }
    }

    final Path file;
    final String targetNamespace;
    final Decl root;

    private final Map<QName, Element> complexTypeNodes = new HashMap<>();
    private final Map<QName, Element> simpleTypeNodes = new HashMap<>();
    private final Map<QName, ComplexDef> complexTypes = new HashMap<>();
    private final Map<QName, SimpleDef> simpleTypes = new HashMap<>();
    private final Map<Path, Boolean> loaded = new HashMap<>();
    private final Map<Element, Boolean> qualifiedBySchemaNode = new HashMap<>();

    private XsdModel(Path file) {
        this.file = file;
        Element schema = load(file);
        this.targetNamespace = schema.getAttribute("targetNamespace");
        List<Element> globals = new ArrayList<>();
        for (Element child : children(schema)) {
            if ("element".equals(child.getLocalName())) {
                globals.add(child);
            }
        }
        if (globals.size() != 1) {
            throw unsupported(schema, "expected exactly one global element, found " + globals.size());
        }
        this.root = decl(globals.get(0), targetNamespace, true);
    }

    /** Reads a message schema and every schema it imports. */
    static XsdModel load(String label, Path messageXsd) {
        if (!Files.isRegularFile(messageXsd)) {
            throw new IllegalStateException(label + ": schema file not found: " + messageXsd.toAbsolutePath());
        }
        return new XsdModel(messageXsd.toAbsolutePath().normalize());
    }

    // ---------------------------------------------------------------- loading

    private Element load(Path xsd) {
        loaded.put(xsd, Boolean.TRUE);
        Element schema = parse(xsd).getDocumentElement();
        if (!XS.equals(schema.getNamespaceURI()) || !"schema".equals(schema.getLocalName())) {
            throw new IllegalStateException(xsd + " is not an XML Schema document");
        }
        checkAttributes(schema, Set.of("targetNamespace", "elementFormDefault", "attributeFormDefault", "version"));
        if (schema.hasAttribute("attributeFormDefault")) {
            throw unsupported(schema, "attributeFormDefault (no attributes are supported)");
        }
        qualifiedBySchemaNode.put(schema, "qualified".equals(schema.getAttribute("elementFormDefault")));
        String tns = schema.getAttribute("targetNamespace");
        for (Element child : children(schema)) {
            String kind = child.getLocalName();
            switch (kind) {
                case "annotation" -> { }
                case "import" -> {
                    checkAttributes(child, Set.of("namespace", "schemaLocation"));
                    Path imported = xsd.resolveSibling(child.getAttribute("schemaLocation")).normalize();
                    if (!loaded.containsKey(imported)) {
                        Element importedSchema = load(imported);
                        String importedNs = importedSchema.getAttribute("targetNamespace");
                        if (!importedNs.equals(child.getAttribute("namespace"))) {
                            throw unsupported(child, "import namespace " + child.getAttribute("namespace")
                                    + " does not match targetNamespace " + importedNs + " of " + imported);
                        }
                    }
                }
                case "complexType" -> register(complexTypeNodes, tns, child);
                case "simpleType" -> register(simpleTypeNodes, tns, child);
                case "element" -> {
                    if (!xsd.equals(file)) {
                        throw unsupported(child, "global element outside the message schema");
                    }
                }
                default -> throw unsupported(child, "top-level xs:" + kind);
            }
        }
        return schema;
    }

    private static void register(Map<QName, Element> map, String tns, Element node) {
        QName name = new QName(tns, node.getAttribute("name"));
        if (name.local().isEmpty()) {
            throw unsupported(node, "top-level type without a name");
        }
        if (map.put(name, node) != null) {
            throw unsupported(node, "duplicate type " + name);
        }
    }

    private static Document parse(Path xsd) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
            dbf.setNamespaceAware(true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            dbf.setXIncludeAware(false);
            dbf.setExpandEntityReferences(false);
            DocumentBuilder builder = dbf.newDocumentBuilder();
            return builder.parse(xsd.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read schema " + xsd + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- components

    private Decl decl(Element node, String tns, boolean global) {
        checkAttributes(node, Set.of("name", "type", "minOccurs", "maxOccurs"));
        String name = node.getAttribute("name");
        if (name.isEmpty()) {
            throw unsupported(node, "element without a name (element references are not supported)");
        }
        if (global && (node.hasAttribute("minOccurs") || node.hasAttribute("maxOccurs"))) {
            throw unsupported(node, "occurrence on a global element");
        }
        int min = node.hasAttribute("minOccurs") ? Integer.parseInt(node.getAttribute("minOccurs")) : 1;
        String maxText = node.hasAttribute("maxOccurs") ? node.getAttribute("maxOccurs") : "1";
        int max = "unbounded".equals(maxText) ? -1 : Integer.parseInt(maxText);
        boolean qualified = global || qualifiedBySchemaNode.get(node.getOwnerDocument().getDocumentElement());
        String ns = qualified ? tns : "";

        QName typeName = node.hasAttribute("type") ? qname(node, node.getAttribute("type")) : null;
        Decl d = new Decl(ns, name, min, max, typeName);
        List<Element> inline = children(node).stream().filter(c -> !"annotation".equals(c.getLocalName())).toList();
        if (typeName != null) {
            if (!inline.isEmpty()) {
                throw unsupported(node, "element with both a type attribute and an inline type");
            }
            if (XS.equals(typeName.ns())) {
                d.simple = builtinStep(node, typeName.local());
            } else if (complexTypeNodes.containsKey(typeName)) {
                d.complex = complexType(typeName);
            } else if (simpleTypeNodes.containsKey(typeName)) {
                d.simple = simpleType(typeName);
            } else {
                throw unsupported(node, "unknown type " + typeName);
            }
        } else {
            if (inline.size() != 1) {
                throw unsupported(node, "element needs a type attribute or exactly one inline type");
            }
            Element t = inline.get(0);
            switch (t.getLocalName()) {
                case "simpleType" -> d.simple = simpleStep(t, null);
                case "complexType" -> d.complex = complexStep(t, null);
                default -> throw unsupported(t, "xs:" + t.getLocalName() + " inside an element");
            }
        }
        return d;
    }

    private ComplexDef complexType(QName name) {
        ComplexDef existing = complexTypes.get(name);
        if (existing != null) {
            return existing;
        }
        return complexStep(complexTypeNodes.get(name), name);
    }

    private ComplexDef complexStep(Element node, QName name) {
        checkAttributes(node, Set.of("name"));
        ComplexDef def = new ComplexDef(name);
        if (name != null) {
            complexTypes.put(name, def); // registered before the children: guards against recursion
        }
        String tns = node.getOwnerDocument().getDocumentElement().getAttribute("targetNamespace");
        List<Element> content = children(node).stream().filter(c -> !"annotation".equals(c.getLocalName())).toList();
        if (content.size() != 1 || !"sequence".equals(content.get(0).getLocalName())) {
            throw unsupported(node, "complexType must contain exactly one xs:sequence");
        }
        Element sequence = content.get(0);
        checkAttributes(sequence, Set.of());
        Set<String> names = new java.util.HashSet<>();
        for (Element particle : children(sequence)) {
            switch (particle.getLocalName()) {
                case "annotation" -> { }
                case "element" -> {
                    Decl child = decl(particle, tns, false);
                    if (!names.add(child.name)) {
                        throw unsupported(particle, "element name used twice in one sequence");
                    }
                    def.sequence.add(child);
                }
                default -> throw unsupported(particle, "xs:" + particle.getLocalName() + " inside a sequence");
            }
        }
        return def;
    }

    private SimpleDef simpleType(QName name) {
        SimpleDef existing = simpleTypes.get(name);
        if (existing != null) {
            return existing;
        }
        SimpleDef def = simpleStep(simpleTypeNodes.get(name), name);
        simpleTypes.put(name, def);
        return def;
    }

    private SimpleDef simpleStep(Element node, QName name) {
        checkAttributes(node, Set.of("name"));
        List<Element> content = children(node).stream().filter(c -> !"annotation".equals(c.getLocalName())).toList();
        if (content.size() != 1 || !"restriction".equals(content.get(0).getLocalName())) {
            throw unsupported(node, "simpleType must contain exactly one xs:restriction");
        }
        Element restriction = content.get(0);
        checkAttributes(restriction, Set.of("base"));
        SimpleDef def = new SimpleDef(name);
        QName base = qname(restriction, restriction.getAttribute("base"));
        if (XS.equals(base.ns())) {
            if (!SUPPORTED_BUILTINS.contains(base.local())) {
                throw unsupported(restriction, "built-in base type xs:" + base.local());
            }
            def.builtinBase = base.local();
        } else if (simpleTypeNodes.containsKey(base)) {
            def.base = simpleType(base);
        } else {
            throw unsupported(restriction, "unknown simple base type " + base);
        }
        for (Element facet : children(restriction)) {
            String kind = facet.getLocalName();
            if ("annotation".equals(kind)) {
                continue;
            }
            if (!SUPPORTED_FACETS.contains(kind)) {
                throw unsupported(facet, "facet xs:" + kind);
            }
            checkAttributes(facet, Set.of("value"));
            String value = facet.getAttribute("value");
            switch (kind) {
                case "enumeration" -> def.enumerations.add(value);
                case "pattern" -> def.patterns.add(value);
                case "minLength" -> def.minLength = Integer.valueOf(value);
                case "maxLength" -> def.maxLength = Integer.valueOf(value);
                case "length" -> def.length = Integer.valueOf(value);
                case "minInclusive" -> def.minInclusive = new BigDecimal(value);
                case "maxInclusive" -> def.maxInclusive = new BigDecimal(value);
                case "whiteSpace" -> def.whiteSpace = value;
                default -> throw new AssertionError(kind);
            }
        }
        return def;
    }

    private static SimpleDef builtinStep(Element node, String builtin) {
        if (!SUPPORTED_BUILTINS.contains(builtin)) {
            throw unsupported(node, "built-in type xs:" + builtin);
        }
        SimpleDef def = new SimpleDef(new QName(XS, builtin));
        def.builtinBase = builtin;
        return def;
    }

    // ---------------------------------------------------------------- structure listing

    /**
     * One line per element path (document order, first occurrence of repeated elements) with namespace,
     * cardinality, the basisschema type name where one is referenced, and the effective facets. Two schema
     * sets with the same listing accept exactly the same documents (for the constructs supported here).
     */
    List<String> structure() {
        List<String> out = new ArrayList<>();
        out.add("targetNamespace " + targetNamespace);
        listStructure(root, "/" + root.name, out);
        return out;
    }

    private void listStructure(Decl d, String path, List<String> out) {
        String nsLabel = d.ns.equals(targetNamespace) ? "message" : BASIS_NS.equals(d.ns) ? "basisschema" : "{" + d.ns + "}";
        String type;
        if (d.typeName == null) {
            type = "(anonymous)";
        } else if (BASIS_NS.equals(d.typeName.ns()) || XS.equals(d.typeName.ns())) {
            type = d.typeName.local();
        } else {
            type = "(message type)";
        }
        StringBuilder line = new StringBuilder(path).append(" ns=").append(nsLabel).append(" occurs=").append(d.occurs())
                .append(" type=").append(type);
        if (d.isSimple()) {
            line.append(' ').append(d.simple.facets().canonical());
            out.add(line.toString());
        } else {
            out.add(line.toString());
            for (Decl child : d.complex.sequence) {
                listStructure(child, path + "/" + child.name, out);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static QName qname(Element context, String prefixed) {
        int colon = prefixed.indexOf(':');
        String prefix = colon < 0 ? null : prefixed.substring(0, colon);
        String local = colon < 0 ? prefixed : prefixed.substring(colon + 1);
        String ns = context.lookupNamespaceURI(prefix);
        if (ns == null) {
            if (prefix != null) {
                throw unsupported(context, "undeclared prefix " + prefix);
            }
            ns = "";
        }
        return new QName(ns, local);
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                Element e = (Element) n;
                if (!XS.equals(e.getNamespaceURI())) {
                    throw unsupported(e, "foreign element " + e.getNodeName() + " in schema content");
                }
                out.add(e);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                throw unsupported(parent, "text content '" + n.getNodeValue().strip() + "'");
            }
        }
        return out;
    }

    private static void checkAttributes(Element e, Set<String> allowed) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                continue;
            }
            if (a.getNamespaceURI() != null || !allowed.contains(a.getLocalName())) {
                throw unsupported(e, "attribute " + a.getName() + "=\"" + a.getValue() + "\"");
            }
        }
    }

    private static IllegalStateException unsupported(Element e, String what) {
        String where = e.getOwnerDocument().getDocumentURI();
        String name = e.hasAttribute("name") ? " name=" + e.getAttribute("name") : "";
        return new IllegalStateException("Unsupported schema construct in " + where + " at xs:" + e.getLocalName()
                + name + ": " + what + " (extend XsdModel and the variant generator before relying on the test)");
    }
}
