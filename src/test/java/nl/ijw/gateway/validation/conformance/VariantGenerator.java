package nl.ijw.gateway.validation.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import nl.ijw.gateway.validation.conformance.SampleGenerator.Shape;
import nl.ijw.gateway.validation.conformance.XsdModel.Decl;
import nl.ijw.gateway.validation.conformance.XsdModel.Facets;

/**
 * Systematically derives valid and invalid variants of the sample messages of one message type.
 *
 * <p>Structural variants (remove, duplicate, swap, unknown element, namespaces) are applied to the maximal
 * sample; value variants replace the text of one simple element (first occurrence) in the maximal sample.
 */
final class VariantGenerator {

    /** What the generator intends; every variant is in any case compared between the two schema sets. */
    enum Expect { VALID, INVALID, EITHER }

    /** A variant; its XML is built on demand, so that thousands of variants do not sit in memory at once. */
    record Variant(String type, String category, String description, Supplier<String> xmlBuilder, Expect expect) {
        String displayName() {
            return type + " " + description;
        }

        String xml() {
            return xmlBuilder.get();
        }
    }

    /** One element of the maximal sample (first occurrence of repeated elements). */
    private record Site(List<Integer> indexPath, String path, Decl decl) {
        boolean isRoot() {
            return indexPath.isEmpty();
        }
    }

    private static final String OTHER_RELEASE_NS_PART = "/ijw/3_1/";

    private final String type;
    private final XsdModel model;
    private final String foreignMessageNs;
    private final XmlNode maximal;
    private final List<Variant> variants = new ArrayList<>();
    private final Set<String> enumTypesCovered = new HashSet<>();

    private VariantGenerator(String type, XsdModel model, String foreignMessageNs) {
        this.type = type;
        this.model = model;
        this.foreignMessageNs = foreignMessageNs;
        this.maximal = SampleGenerator.build(model, Shape.MAXIMAL);
    }

    /**
     * @param foreignMessageNs target namespace of another iJw message, used for the wrong-root-namespace variant
     */
    static List<Variant> generate(String type, XsdModel model, String foreignMessageNs) {
        VariantGenerator g = new VariantGenerator(type, model, foreignMessageNs);
        g.run();
        return List.copyOf(g.variants);
    }

    private void run() {
        XmlNode minimal = SampleGenerator.build(model, Shape.MINIMAL);
        add("sample", "sample minimal", () -> minimal, Expect.VALID);
        add("sample", "sample maximal", () -> maximal, Expect.VALID);

        List<Site> sites = new ArrayList<>();
        collectSites(maximal, model.root, new ArrayList<>(), "/" + model.root.name, sites);
        for (Site site : sites) {
            if (site.decl().isSimple()) {
                valueVariants(site);
            } else {
                complexVariants(site);
            }
            if (!site.isRoot()) {
                occurrenceVariants(site);
                namespaceVariant(site);
            }
        }
        rootVariants();
    }

    private void collectSites(XmlNode node, Decl decl, List<Integer> indexPath, String path, List<Site> out) {
        out.add(new Site(List.copyOf(indexPath), path, decl));
        if (decl.isSimple()) {
            return;
        }
        String previous = null;
        for (int i = 0; i < node.children.size(); i++) {
            XmlNode child = node.children.get(i);
            if (child.name.equals(previous)) {
                continue; // only the first occurrence of a repeated element
            }
            previous = child.name;
            Decl childDecl = decl.complex.sequence.stream().filter(d -> d.name.equals(child.name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no declaration for " + child.name));
            indexPath.add(i);
            collectSites(child, childDecl, indexPath, path + "/" + child.name, out);
            indexPath.remove(indexPath.size() - 1);
        }
    }

    // ---------------------------------------------------------------- structure

    private void occurrenceVariants(Site site) {
        Decl d = site.decl();
        List<Integer> parentPath = site.indexPath().subList(0, site.indexPath().size() - 1);
        int index = site.indexPath().get(site.indexPath().size() - 1);
        if (d.min >= 1) {
            mutate("remove", "remove " + site.path(), Expect.INVALID, root -> {
                XmlNode parent = root.at(parentPath);
                parent.children.removeIf(c -> c.name.equals(d.name) && c.ns.equals(d.ns));
            });
        } else {
            mutate("omit-optional", "omit optional " + site.path(), Expect.VALID, root -> {
                XmlNode parent = root.at(parentPath);
                parent.children.removeIf(c -> c.name.equals(d.name) && c.ns.equals(d.ns));
            });
        }
        if (d.max == 1) {
            mutate("duplicate", "duplicate " + site.path(), Expect.INVALID, root -> {
                XmlNode parent = root.at(parentPath);
                parent.children.add(index + 1, parent.children.get(index).deepCopy());
            });
        } else {
            int times = d.max == -1 ? 3 : d.max + 1;
            mutate("repeat", "repeat x" + times + " " + site.path(), d.max == -1 ? Expect.VALID : Expect.INVALID, root -> {
                XmlNode parent = root.at(parentPath);
                int present = (int) parent.children.stream().filter(c -> c.name.equals(d.name)).count();
                for (int i = present; i < times; i++) {
                    parent.children.add(index + 1, parent.children.get(index).deepCopy());
                }
            });
        }
    }

    private void complexVariants(Site site) {
        XmlNode original = maximal.at(site.indexPath());
        // swap every pair of adjacent, differently named children
        for (int i = 0; i + 1 < original.children.size(); i++) {
            String a = original.children.get(i).name;
            String b = original.children.get(i + 1).name;
            if (a.equals(b)) {
                continue;
            }
            int at = i;
            mutate("swap", "swap " + site.path() + ": " + a + "<->" + b, Expect.INVALID, root -> {
                List<XmlNode> children = root.at(site.indexPath()).children;
                children.add(at, children.remove(at + 1));
            });
        }
        String childNs = original.children.isEmpty() ? original.ns : original.children.get(0).ns;
        mutate("unknown-element", "unknown element at end of " + site.path(), Expect.INVALID,
                root -> root.at(site.indexPath()).children.add(new XmlNode(childNs, "OnbekendElement", "x")));
        mutate("unknown-element", "unknown element at start of " + site.path(), Expect.INVALID,
                root -> root.at(site.indexPath()).children.add(0, new XmlNode(childNs, "OnbekendElement", "x")));
        mutate("text-in-complex", "text content in " + site.path(), Expect.INVALID,
                root -> root.at(site.indexPath()).text = "tekst");
    }

    private void namespaceVariant(Site site) {
        String ns = site.decl().ns;
        String other = XsdModel.BASIS_NS.equals(ns) ? model.targetNamespace : XsdModel.BASIS_NS;
        String label = XsdModel.BASIS_NS.equals(ns) ? "basisschema->message" : "->basisschema";
        mutate("namespace", "namespace " + label + " " + site.path(), Expect.INVALID,
                root -> root.at(site.indexPath()).ns = other);
        mutate("namespace", "namespace none " + site.path(), Expect.INVALID,
                root -> root.at(site.indexPath()).ns = "");
    }

    private void rootVariants() {
        String ns = model.targetNamespace;
        mutate("root", "root namespace none", Expect.INVALID, root -> renameNs(root, ns, ""));
        mutate("root", "root namespace of other message " + foreignMessageNs, Expect.INVALID,
                root -> renameNs(root, ns, foreignMessageNs));
        mutate("root", "root namespace basisschema", Expect.INVALID, root -> root.ns = XsdModel.BASIS_NS);
        mutate("root", "root namespace iJw 3.1", Expect.INVALID,
                root -> renameNs(root, ns, ns.replace("/ijw/3_2/", OTHER_RELEASE_NS_PART)));
        mutate("root", "root only in wrong namespace", Expect.INVALID, root -> root.ns = foreignMessageNs);
        mutate("root", "root element name Berichten", Expect.INVALID, root -> root.name = "Berichten");
    }

    private static void renameNs(XmlNode node, String from, String to) {
        if (node.ns.equals(from)) {
            node.ns = to;
        }
        for (XmlNode c : node.children) {
            renameNs(c, from, to);
        }
    }

    // ---------------------------------------------------------------- values

    private void valueVariants(Site site) {
        Facets f = site.decl().simple.facets();
        String sample = maximal.at(site.indexPath()).text;
        String path = site.path();
        Set<String> used = new HashSet<>();
        used.add(sample);

        // valid: every enumeration value, once per enumerated type
        if (f.enumerations != null) {
            String named = SampleValues.namedType(site.decl().simple);
            String key = named != null && site.decl().simple.name != null ? named : path;
            if (enumTypesCovered.add(key)) {
                for (String e : f.enumerations) {
                    setValue("enum-value", "enum " + path + " = " + show(e), site, e, Expect.VALID);
                }
            }
        }

        // valid boundaries
        if (f.maxLength != null) {
            validBoundary("boundary", "boundary maxLength " + path + " (" + f.maxLength + ")", site, f,
                    fills(sample, f.maxLength), used);
        }
        if (f.minLength != null) {
            validBoundary("boundary", "boundary minLength " + path + " (" + f.minLength + ")", site, f,
                    fills(sample, f.minLength), used);
        }
        if (f.maxInclusive != null) {
            validBoundary("boundary", "boundary maxInclusive " + path, site, f, List.of(f.maxInclusive.toPlainString()), used);
        }
        if (f.minInclusive != null) {
            validBoundary("boundary", "boundary minInclusive " + path, site, f, List.of(f.minInclusive.toPlainString()), used);
        }

        // invalid: one facet at a time
        if (f.enumerations != null) {
            invalid("enumeration", "not in enumeration " + path, site, f, outsideEnumeration(f), used,
                    v -> SampleValues.lengthOk(f, v) && SampleValues.patternsOk(f, v));
        }
        if (f.maxLength != null) {
            List<String> c = new ArrayList<>(fills(sample, f.maxLength + 1));
            if (f.enumerations != null) {
                String first = f.enumerations.iterator().next();
                c.add(0, first + "9".repeat(Math.max(1, f.maxLength + 1 - length(first))));
            }
            invalid("maxLength", "maxLength+1 " + path, site, f, c, used, v -> length(v) == f.maxLength + 1);
        }
        if (f.minLength != null && f.minLength >= 1) {
            invalid("minLength", "minLength-1 " + path, site, f, fills(sample, f.minLength - 1), used,
                    v -> length(v) == f.minLength - 1);
        }
        if (f.maxInclusive != null) {
            invalid("maxInclusive", "maxInclusive+1 " + path, site, f,
                    List.of(f.maxInclusive.add(BigDecimal.ONE).toPlainString()), used, v -> true);
        }
        if (f.minInclusive != null) {
            invalid("minInclusive", "minInclusive-1 " + path, site, f,
                    List.of(f.minInclusive.subtract(BigDecimal.ONE).toPlainString()), used, v -> true);
        }
        if (f.hasPatterns()) {
            // up to three values that violate only the pattern, so that a looser pattern cannot slip through
            List<String> onlyPattern = patternViolations(sample).stream()
                    .filter(v -> !SampleValues.patternsOk(f, v) && SampleValues.lexicalOk(f, v) && SampleValues.lengthOk(f, v)
                            && SampleValues.enumOk(f, v) && SampleValues.rangeOk(f, v))
                    .limit(3).toList();
            if (onlyPattern.isEmpty()) {
                invalid("pattern", "pattern " + path, site, f, patternViolations(sample), used, v -> true);
            }
            for (String v : onlyPattern) {
                invalid("pattern", "pattern " + path, site, f, List.of(v), used, x -> true);
            }
            // probes at and just beyond the edges of every character range in the patterns
            for (int cp : rangeEdgeCodePoints(f)) {
                String v = new String(Character.toChars(cp)) + sample.substring(sample.isEmpty() ? 0 : sample.offsetByCodePoints(0, 1));
                probe("pattern-edge", "pattern edge " + path + " = " + show(v) + " (U+" + String.format("%04X", cp) + ")",
                        site, v, used);
            }
        }
        switch (f.builtin) {
            case "integer" -> {
                invalid("lexical", "lexical " + path, site, f, List.of("1.5"), used, v -> true);
                invalid("lexical", "lexical " + path, site, f, List.of("12a"), used, v -> true);
            }
            case "date" -> {
                invalid("lexical", "lexical " + path, site, f, List.of("2025-02-30"), used, v -> true);
                invalid("lexical", "lexical " + path, site, f, List.of("01-03-2025"), used, v -> true);
            }
            case "time" -> {
                invalid("lexical", "lexical " + path, site, f, List.of("24:30:00"), used, v -> true);
                invalid("lexical", "lexical " + path, site, f, List.of("9:30"), used, v -> true);
            }
            default -> { }
        }
        invalid("empty", "empty " + path, site, f, List.of(""), used, v -> true);

        // probes for whitespace handling: verdict decided by the reference, not by the generator
        probe("whitespace", "padded " + path, site, " " + sample + " ", used);
        if (f.maxLength != null) {
            fills(sample, f.maxLength).stream().filter(v -> SampleValues.isValid(f, v)).findFirst()
                    .ifPresent(v -> probe("whitespace", "padded maxLength " + path, site, " " + v + " ", used));
        }
        probe("whitespace", "tab-padded " + path, site, "\t" + sample + "\n", used);
    }

    private void validBoundary(String category, String description, Site site, Facets f, List<String> candidates,
            Set<String> used) {
        for (String c : candidates) {
            if (SampleValues.isValid(f, c)) {
                if (used.add(c)) {
                    setValue(category, description + " = " + show(c), site, c, Expect.VALID);
                }
                return;
            }
        }
    }

    /**
     * Adds the first candidate that the facet approximation considers invalid and that satisfies
     * {@code preferred} (typically: violates only the facet under test); falls back to any invalid candidate.
     */
    private void invalid(String category, String description, Site site, Facets f, List<String> candidates,
            Set<String> used, Predicate<String> preferred) {
        String chosen = null;
        for (String c : candidates) {
            if (!SampleValues.isValid(f, c) && preferred.test(c)) {
                chosen = c;
                break;
            }
        }
        if (chosen == null) {
            chosen = candidates.stream().filter(c -> !SampleValues.isValid(f, c)).findFirst().orElse(null);
        }
        if (chosen != null && used.add(chosen)) {
            setValue(category, description + " = " + show(chosen), site, chosen, Expect.INVALID);
        }
    }

    private void probe(String category, String description, Site site, String value, Set<String> used) {
        if (used.add(value)) {
            setValue(category, description, site, value, Expect.EITHER);
        }
    }

    private static List<String> outsideEnumeration(Facets f) {
        List<String> c = new ArrayList<>();
        List<String> values = new ArrayList<>(f.enumerations);
        int width = values.get(0).length();
        // numeric successor of the highest numeric code, same width ("code just outside the list")
        values.stream().filter(v -> v.matches("[0-9]+")).map(BigDecimal::new).max(BigDecimal::compareTo).ifPresent(max -> {
            String next = max.add(BigDecimal.ONE).toPlainString();
            while (next.length() < width) {
                next = "0" + next;
            }
            c.add(next);
        });
        for (String fill : List.of("Z", "9", "0", "X")) {
            c.add(fill.repeat(width));
        }
        c.add(values.get(0).toLowerCase());
        c.add("Z");
        return c;
    }

    private static List<String> patternViolations(String v) {
        List<String> c = new ArrayList<>();
        c.add(v + "Z");
        c.add("0" + v);
        c.add(" ".repeat(Math.max(1, v.length())));
        if (v.matches("[0-9]+")) {
            // numeric neighbours with the same width, e.g. another BerichtCode
            BigDecimal n = new BigDecimal(v);
            for (BigDecimal m : List.of(n.add(BigDecimal.ONE), n.subtract(BigDecimal.ONE))) {
                if (m.signum() >= 0) {
                    String t = m.toPlainString();
                    c.add(t.length() < v.length() ? "0".repeat(v.length() - t.length()) + t : t);
                }
            }
        }
        c.add(v + "+01:00");
        c.add(v + "-05:00");
        if (!v.isEmpty()) {
            c.add("A" + v.substring(1));
            c.add("-" + v.substring(1));
            c.add(v.substring(0, v.length() - 1) + "!");
            c.add(v.substring(0, v.length() - 1) + " ");
            c.add(v.substring(0, v.length() - 1));
        }
        c.add(v + ".");
        c.add(v.replace('.', ','));
        c.add("!");
        c.add("A");
        return SampleValues.distinct(c);
    }

    /**
     * For every range {@code a-b} inside a character class of the type's patterns: a-1, a, b and b+1
     * (only characters allowed in XML 1.0).
     */
    static List<Integer> rangeEdgeCodePoints(Facets f) {
        Set<Integer> out = new LinkedHashSet<>();
        for (List<String> step : f.patternSteps) {
            for (String p : step) {
                int[] cps = p.codePoints().toArray();
                boolean inClass = false;
                for (int i = 0; i < cps.length; i++) {
                    int c = cps[i];
                    if (c == '\\') {
                        i++; // skip the escaped character
                        continue;
                    }
                    if (!inClass) {
                        inClass = c == '[';
                        continue;
                    }
                    if (c == ']') {
                        inClass = false;
                    } else if (i + 2 < cps.length && cps[i + 1] == '-' && cps[i + 2] != ']' && cps[i + 2] != '['
                            && cps[i + 2] != '\\' && c != '^') {
                        int a = c;
                        int b = cps[i + 2];
                        for (int edge : new int[] {a - 1, a, b, b + 1}) {
                            if (isXmlChar(edge)) {
                                out.add(edge);
                            }
                        }
                        i += 2;
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Candidate strings of exactly {@code len} characters: the sample repeated/truncated, then single fill chars. */
    private static List<String> fills(String sample, int len) {
        List<String> c = new ArrayList<>();
        if (!sample.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < len) {
                sb.append(sample);
            }
            c.add(sb.substring(0, len));
        }
        for (String fill : List.of("A", "9", "a", "0", "x")) {
            c.add(fill.repeat(len));
        }
        return SampleValues.distinct(c);
    }

    private static int length(String v) {
        return v.codePointCount(0, v.length());
    }

    private static String show(String value) {
        String v = value.length() > 24 ? value.substring(0, 21) + "...(" + value.length() + ")" : value;
        return "'" + v.replace("\t", "\\t").replace("\n", "\\n") + "'";
    }

    // ---------------------------------------------------------------- plumbing

    private void setValue(String category, String description, Site site, String value, Expect expect) {
        mutate(category, description, expect, root -> root.at(site.indexPath()).text = value);
    }

    private void mutate(String category, String description, Expect expect, Consumer<XmlNode> change) {
        add(category, description, () -> {
            XmlNode copy = maximal.deepCopy(); // the maximal sample itself is never modified
            change.accept(copy);
            return copy;
        }, expect);
    }

    private final Set<String> names = new LinkedHashSet<>();

    private void add(String category, String description, Supplier<XmlNode> doc, Expect expect) {
        String unique = description;
        for (int i = 2; !names.add(unique); i++) {
            unique = description + " #" + i;
        }
        variants.add(new Variant(type, category, unique, () -> doc.get().toXml(), expect));
    }
}
