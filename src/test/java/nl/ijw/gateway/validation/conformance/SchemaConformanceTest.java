package nl.ijw.gateway.validation.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import nl.ijw.gateway.validation.conformance.SchemaValidators.Verdict;
import nl.ijw.gateway.validation.conformance.VariantGenerator.Expect;
import nl.ijw.gateway.validation.conformance.VariantGenerator.Variant;

/**
 * Proves that the project's own iJw 3.2 schemas ({@code xsd/ijw-3.2}) accept and reject exactly the same
 * messages as the official reference schemas.
 *
 * <p>For every message type the sample messages and their variants are generated from the REFERENCE schemas
 * (so the project's schemas cannot lend themselves a pass) and validated against both schema sets; every
 * variant must get the same verdict from both. In addition the structural listings of both schema sets
 * (element paths, cardinalities, namespaces, basisschema type names, effective facets) must be equal.
 *
 * <p>The reference directory comes from the system property {@code ijw.reference.dir} (set by the pom),
 * falling back to {@code ../shared/reference/ijw-3.2}; when its {@code xsd} folder is missing the test fails.
 */
@Execution(ExecutionMode.SAME_THREAD) // the validators are reused and not thread-safe
class SchemaConformanceTest {

    static final List<String> MESSAGE_TYPES = List.of(
            "JW301", "JW302", "JW305", "JW306", "JW307", "JW308", "JW315", "JW316", "JW317", "JW318", "JW319", "JW320");

    /** Each type must yield at least this many intended-invalid variants (the total runs into the thousands). */
    private static final int MIN_INVALID_VARIANTS_PER_TYPE = 50;

    private static final Map<String, TypeStats> STATS = new ConcurrentHashMap<>();
    private static volatile long startNanos;
    private static SchemaValidators referenceSet;
    private static SchemaValidators projectSet;

    /** Counters per message type. */
    static final class TypeStats {
        final Map<String, Integer> generatedByCategory = new TreeMap<>();
        int generated;
        int intendedValid;
        int intendedInvalid;
        int probes;
        int executed;
        int referenceValid;
        int referenceInvalid;
        int disagreements;

        synchronized void record(Verdict reference, Verdict project) {
            executed++;
            if (reference.valid()) {
                referenceValid++;
            } else {
                referenceInvalid++;
            }
            if (reference.valid() != project.valid()) {
                disagreements++;
            }
        }

        String counts() {
            return generated + " variants (" + intendedValid + " valid, " + intendedInvalid + " invalid, " + probes
                    + " probes decided by the reference); by category " + generatedByCategory;
        }
    }

    @TestFactory
    Stream<DynamicNode> projectSchemasAgreeWithReference() {
        startNanos = System.nanoTime();
        STATS.clear();
        Path referenceXsd = referenceXsdDir();
        Path projectXsd = projectXsdDir();
        referenceSet = new SchemaValidators("reference", referenceXsd);
        projectSet = new SchemaValidators("project", projectXsd);
        return MESSAGE_TYPES.stream().map(type -> DynamicContainer.dynamicContainer(type,
                Stream.of(type).flatMap(t -> testsFor(t, referenceXsd, projectXsd))));
    }

    private Stream<DynamicNode> testsFor(String type, Path referenceXsd, Path projectXsd) {
        XsdModel reference = XsdModel.load("reference " + type, referenceXsd.resolve(type + ".xsd"));
        String expectedNs = namespaceOf(type);
        String foreignNs = namespaceOf(MESSAGE_TYPES.get((MESSAGE_TYPES.indexOf(type) + 1) % MESSAGE_TYPES.size()));
        List<Variant> variants = VariantGenerator.generate(type, reference, foreignNs);

        TypeStats stats = STATS.computeIfAbsent(type, t -> new TypeStats());
        for (Variant v : variants) {
            stats.generated++;
            stats.generatedByCategory.merge(v.category(), 1, Integer::sum);
            switch (v.expect()) {
                case VALID -> stats.intendedValid++;
                case INVALID -> stats.intendedInvalid++;
                case EITHER -> stats.probes++;
            }
        }

        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest(type + " structure matches reference", () -> {
            assertEquals(expectedNs, reference.targetNamespace, type + ": reference target namespace");
            XsdModel project = XsdModel.load("project " + type, projectXsd.resolve(type + ".xsd"));
            assertEquals(expectedNs, project.targetNamespace, type + ": project target namespace");
            assertEquals(String.join("\n", reference.structure()), String.join("\n", project.structure()),
                    type + ": element structure / facets of the project schema differ from the reference");
        }));
        for (Variant v : variants) {
            tests.add(DynamicTest.dynamicTest(v.displayName(), () -> checkVariant(v, stats)));
        }
        tests.add(DynamicTest.dynamicTest(type + " variant coverage", () -> {
            assertTrue(stats.intendedInvalid >= MIN_INVALID_VARIANTS_PER_TYPE,
                    type + ": only " + stats.intendedInvalid + " invalid variants generated (want >= "
                            + MIN_INVALID_VARIANTS_PER_TYPE + "): " + stats.counts());
            for (String category : List.of("sample", "remove", "swap", "unknown-element", "root", "enumeration",
                    "pattern", "maxLength", "minLength")) {
                assertTrue(stats.generatedByCategory.containsKey(category),
                        type + ": no variants of category '" + category + "': " + stats.counts());
            }
            assertEquals(stats.generated, stats.executed, type + ": not every generated variant was validated: " + stats.counts());
            assertEquals(0, stats.disagreements, type + ": " + stats.disagreements + " of " + stats.executed
                    + " variants got different verdicts from project and reference schema: " + stats.counts());
        }));
        return tests.stream();
    }

    private static void checkVariant(Variant variant, TypeStats stats) {
        String xml = variant.xml();
        Verdict reference = referenceSet.validate(variant.type(), xml);
        Verdict project = projectSet.validate(variant.type(), xml);
        stats.record(reference, project);
        if (variant.expect() == Expect.VALID && !reference.valid()) {
            fail(variant.displayName() + ": generator produced a variant meant to be valid, but the REFERENCE schema rejects it: "
                    + reference.error() + "\n" + xml);
        }
        if (variant.expect() == Expect.INVALID && reference.valid()) {
            fail(variant.displayName() + ": generator produced a variant meant to be invalid, but the REFERENCE schema accepts it\n"
                    + xml);
        }
        if (reference.valid() != project.valid()) {
            fail(variant.displayName() + ": verdicts differ - reference: " + reference + "; project: " + project + "\n" + xml);
        }
    }

    @AfterAll
    static void printSummary() {
        if (STATS.isEmpty()) {
            return;
        }
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        int total = STATS.values().stream().mapToInt(s -> s.executed).sum();
        int valid = STATS.values().stream().mapToInt(s -> s.referenceValid).sum();
        int invalid = STATS.values().stream().mapToInt(s -> s.referenceInvalid).sum();
        int disagreements = STATS.values().stream().mapToInt(s -> s.disagreements).sum();
        String perType = new TreeMap<>(STATS).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().executed + "/" + e.getValue().referenceInvalid + "inv")
                .collect(Collectors.joining(" "));
        long compile = (referenceSet == null ? 0 : referenceSet.compileMillis()) + (projectSet == null ? 0 : projectSet.compileMillis());
        System.out.println("iJw 3.2 schema conformance: " + STATS.size() + " message types, " + total + " variants ("
                + valid + " valid, " + invalid + " invalid per reference), " + disagreements + " disagreements, "
                + millis + " ms (schema compilation " + compile + " ms) [" + perType + "]");
    }

    @Test
    void testBsnIsASyntheticTestNumber() {
        long bsn = Long.parseLong(SampleValues.TEST_BSN);
        assertTrue(bsn >= 999_900_006L && bsn <= 999_999_990L, "test BSN must be in the test range 999900006-999999990");
        assertTrue(SampleValues.passesElfproef(SampleValues.TEST_BSN), "test BSN must pass the 11-check");
        assertFalse(SampleValues.passesElfproef("999911121"), "11-check sanity");
    }

    @Test
    void jdkBuiltInSchemaFactoryIsInUse() {
        String impl = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).getClass().getName();
        assertTrue(impl.startsWith("com.sun.org.apache.xerces.internal."),
                "SchemaFactory.newInstance resolves to " + impl + "; the JDK's built-in XML Schema implementation must be used");
    }

    // ---------------------------------------------------------------- locations

    static String namespaceOf(String type) {
        return "http://www.istandaarden.nl/ijw/3_2/" + type.toLowerCase() + "/schema";
    }

    static Path referenceXsdDir() {
        String property = System.getProperty("ijw.reference.dir");
        Path base = property != null && !property.isBlank() ? Path.of(property) : Path.of("../shared/reference/ijw-3.2");
        Path xsd = base.resolve("xsd").toAbsolutePath().normalize();
        if (!Files.isDirectory(xsd)) {
            fail("iJw 3.2 reference schemas not found: " + xsd + " (system property ijw.reference.dir="
                    + property + ", fallback ../shared/reference/ijw-3.2 relative to " + Path.of("").toAbsolutePath()
                    + "). The conformance test needs the official release schemas and does not skip without them.");
        }
        return xsd;
    }

    static Path projectXsdDir() {
        String override = System.getProperty("ijw.project.xsd.dir");
        Path dir;
        if (override != null && !override.isBlank()) {
            dir = Path.of(override);
        } else {
            String basedir = System.getProperty("basedir");
            dir = (basedir != null && !basedir.isBlank() ? Path.of(basedir) : Path.of("")).resolve("xsd/ijw-3.2");
        }
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            fail("project iJw 3.2 schemas not found: " + abs);
        }
        return abs;
    }
}
