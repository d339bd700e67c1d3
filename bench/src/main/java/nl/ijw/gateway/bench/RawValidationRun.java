package nl.ijw.gateway.bench;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

/**
 * The yardstick R_v: how fast the JDK alone parses and XSD-validates the same messages, on two
 * threads, with nothing else (no rules, no journal, no broker). Each thread keeps a validator per
 * message type; the payloads are made before the clock starts. One unmeasured pass warms up the JIT.
 */
final class RawValidationRun {

    static final int THREADS = 2;

    record Result(int messages, double seconds, int invalid) {
        double rate() {
            return messages / seconds;
        }
    }

    static Result run(Workload workload, Path xsdFolder) throws Exception {
        Map<String, Schema> schemas = new HashMap<>();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // The message schemas include basisschema.xsd beside them; nothing else is fetched.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        for (String type : Workload.HEENBERICHTEN) {
            Path xsd = xsdFolder.resolve(type + ".xsd");
            if (!Files.exists(xsd)) {
                throw new IllegalArgumentException("no schema " + xsd + " (--xsd names the release folder)");
            }
            schemas.put(type, factory.newSchema(xsd.toFile()));
        }
        int n = workload.size();
        List<byte[]> payloads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            payloads.add(workload.payload(i));
        }
        pass(workload, payloads, schemas);
        long start = System.nanoTime();
        int invalid = pass(workload, payloads, schemas);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(n, seconds, invalid);
    }

    /** Validates every payload once, the two threads taking the next one in turn; returns how many failed the schema. */
    private static int pass(Workload workload, List<byte[]> payloads, Map<String, Schema> schemas) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger invalid = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                Map<String, Validator> validators = new HashMap<>();
                for (int i = next.getAndIncrement(); i < payloads.size(); i = next.getAndIncrement()) {
                    String type = workload.sample(i).berichttype();
                    Validator validator = validators.computeIfAbsent(type, k -> schemas.get(k).newValidator());
                    try {
                        validator.validate(new StreamSource(new ByteArrayInputStream(payloads.get(i))));
                    } catch (org.xml.sax.SAXException e) {
                        invalid.incrementAndGet();
                    } catch (Exception e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                        return;
                    }
                }
            }, "raw-validation-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return invalid.get();
    }
}
