package nl.ijw.gateway.validation.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Minimal mutable element tree used to build sample messages and their variants. */
final class XmlNode {

    String ns;
    String name;
    /** Text content; {@code null} for an element without text. */
    String text;
    final List<XmlNode> children = new ArrayList<>();

    XmlNode(String ns, String name, String text) {
        this.ns = ns;
        this.name = name;
        this.text = text;
    }

    XmlNode deepCopy() {
        XmlNode copy = new XmlNode(ns, name, text);
        for (XmlNode child : children) {
            copy.children.add(child.deepCopy());
        }
        return copy;
    }

    /** Follows child indexes from this node. */
    XmlNode at(List<Integer> indexPath) {
        XmlNode n = this;
        for (int i : indexPath) {
            n = n.children.get(i);
        }
        return n;
    }

    /** Serializes the tree; namespaces get prefixes declared on the root, no-namespace elements stay unprefixed. */
    String toXml() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        collectNamespaces(this, prefixes);
        StringBuilder sb = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write(sb, prefixes, true, 0);
        return sb.toString();
    }

    private static void collectNamespaces(XmlNode n, Map<String, String> prefixes) {
        if (!n.ns.isEmpty() && !prefixes.containsKey(n.ns)) {
            String prefix;
            if (n.ns.endsWith("/basisschema/schema")) {
                prefix = "ijw";
            } else {
                String[] parts = n.ns.split("/");
                prefix = parts.length >= 2 && parts[parts.length - 2].matches("[a-z]+[0-9]+") ? parts[parts.length - 2] : "ns";
            }
            String unique = prefix;
            for (int i = 2; prefixes.containsValue(unique); i++) {
                unique = prefix + i;
            }
            prefixes.put(n.ns, unique);
        }
        for (XmlNode c : n.children) {
            collectNamespaces(c, prefixes);
        }
    }

    private void write(StringBuilder sb, Map<String, String> prefixes, boolean root, int depth) {
        String qname = ns.isEmpty() ? name : prefixes.get(ns) + ":" + name;
        sb.append("  ".repeat(depth)).append('<').append(qname);
        if (root) {
            prefixes.forEach((uri, prefix) -> sb.append(" xmlns:").append(prefix).append("=\"").append(escape(uri)).append('"'));
        }
        if (text == null && children.isEmpty()) {
            sb.append("/>\n");
            return;
        }
        sb.append('>');
        if (text != null) {
            sb.append(escape(text));
        }
        if (!children.isEmpty()) {
            sb.append('\n');
            for (XmlNode c : children) {
                c.write(sb, prefixes, false, depth + 1);
            }
            sb.append("  ".repeat(depth));
        }
        sb.append("</").append(qname).append(">\n");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\t' -> sb.append("&#9;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
