package nl.ijw.gateway.validation.conformance;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;

/**
 * One schema set (a directory with basisschema.xsd and JWxxx.xsd files): compiles each message schema once
 * with the JDK's built-in W3C XML Schema implementation and keeps one reusable {@link Validator} per type.
 * Not thread-safe; the conformance test runs its dynamic tests sequentially.
 */
final class SchemaValidators {

    record Verdict(boolean valid, String error) {
        @Override
        public String toString() {
            return valid ? "valid" : "invalid (" + error + ")";
        }
    }

    final String label;
    final Path dir;
    private final Map<String, Validator> validators = new HashMap<>();
    private final Map<String, RuntimeException> failures = new HashMap<>();
    private long compileNanos;

    SchemaValidators(String label, Path dir) {
        this.label = label;
        this.dir = dir;
    }

    Verdict validate(String type, String xml) {
        RuntimeException failure = failures.get(type);
        if (failure != null) {
            throw failure; // compile once, also when compiling fails
        }
        Validator validator;
        try {
            validator = validators.computeIfAbsent(type, this::newValidator);
        } catch (RuntimeException e) {
            failures.put(type, e);
            throw e;
        }
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
            return new Verdict(true, null);
        } catch (SAXException e) {
            return new Verdict(false, e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(label + " " + type + ": " + e.getMessage(), e);
        }
        // no validator.reset(): on JDK 17 it drops the security property manager and the next validate() fails
        // with a NullPointerException; the validator keeps no document state between validate() calls anyway
    }

    long compileMillis() {
        return compileNanos / 1_000_000;
    }

    private Validator newValidator(String type) {
        try {
            Validator v = compile(type).newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return v;
        } catch (SAXException e) {
            throw new IllegalStateException(label + " " + type + ": cannot configure validator: " + e.getMessage(), e);
        }
    }

    /** Compiles {@code <dir>/<type>.xsd}; its import of basisschema.xsd is resolved relative to the file. */
    Schema compile(String type) {
        Path xsd = dir.resolve(type + ".xsd").toAbsolutePath().normalize();
        if (!Files.isRegularFile(xsd)) {
            throw new IllegalStateException(label + " schema for " + type + " not found: " + xsd);
        }
        long start = System.nanoTime();
        try {
            SchemaFactory factory = newSchemaFactory();
            StreamSource source = new StreamSource(xsd.toFile());
            source.setSystemId(xsd.toUri().toString());
            return factory.newSchema(source);
        } catch (SAXException e) {
            throw new IllegalStateException(label + " schema " + xsd + " does not compile: " + e.getMessage(), e);
        } finally {
            compileNanos += System.nanoTime() - start;
        }
    }

    static SchemaFactory newSchemaFactory() throws SAXException {
        // newDefaultInstance: always the JDK's built-in implementation, whatever is on the classpath
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        return factory;
    }
}
