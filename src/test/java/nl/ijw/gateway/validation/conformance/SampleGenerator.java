package nl.ijw.gateway.validation.conformance;

import nl.ijw.gateway.validation.conformance.XsdModel.Decl;

/**
 * Builds sample messages ("sample shapes") by walking a {@link XsdModel}: the minimal shape holds only the
 * mandatory elements (each as often as minOccurs requires), the maximal shape every optional element with
 * repeatable elements twice.
 */
final class SampleGenerator {

    enum Shape { MINIMAL, MAXIMAL }

    private static final int MAX_DEPTH = 40;

    private SampleGenerator() {
    }

    static XmlNode build(XsdModel model, Shape shape) {
        return build(model.root, shape, 0);
    }

    /** Builds one occurrence of {@code decl} with the typical sample values. */
    static XmlNode build(Decl decl, Shape shape, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("schema nesting deeper than " + MAX_DEPTH + " at " + decl.name + " (recursive type?)");
        }
        XmlNode node = new XmlNode(decl.ns, decl.name, null);
        if (decl.isSimple()) {
            node.text = SampleValues.validValue(decl.simple);
            return node;
        }
        for (Decl child : decl.complex.sequence) {
            int count = shape == Shape.MINIMAL ? child.min : Math.max(child.min, child.repeatable() ? 2 : 1);
            for (int i = 0; i < count; i++) {
                node.children.add(build(child, shape, depth + 1));
            }
        }
        return node;
    }
}
