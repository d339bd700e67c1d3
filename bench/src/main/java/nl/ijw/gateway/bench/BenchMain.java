package nl.ijw.gateway.bench;

import jakarta.jms.Connection;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Benchmark of a running gateway over its JMS interface: first the raw broker rate on the same broker,
 * then N iJw messages through the gateway with latency and an exactly-once check.
 * Exit code 0 when every message completed exactly once, 1 when not, 2 on bad usage or a setup error.
 * Never prints message content: only counts, types, party codes and timings.
 */
public final class BenchMain {

    private static final String DLQ = "ijw.dlq";

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        int code;
        try {
            code = run(options) ? 0 : 1;
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e);
            code = 2;
        }
        System.out.flush();
        System.exit(code);
    }

    private static boolean run(Options options) throws Exception {
        List<Sample> samples = Workload.loadSamples(options.samples());
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(options.url())) {
            Workload measured = Workload.create(samples, options.messages(), options.invalidPercent());
            // Made now, so a warm-up that would take the measured run's clients is refused before anything is sent.
            Workload firstWarmup = Workload.create(samples, options.warmup(), options.invalidPercent());
            System.out.printf("broker %s, %d producer(s), commit every %d, rate %s, %d messages (%d invalid), "
                            + "mean size %.1f KB, %d cores here%n",
                    options.url(), options.producers(), options.commitEvery(),
                    options.rate() == 0 ? "unlimited" : options.rate() + " msg/s", measured.size(),
                    measured.invalidCount(), meanSize(measured) / 1024.0, Runtime.getRuntime().availableProcessors());

            RawBrokerRun.Result raw = null;
            RawValidationRun.Result validation = null;
            if (!options.skipRaw()) {
                validation = RawValidationRun.run(measured, options.xsd());
                System.out.printf("raw validation run: %d messages parsed and XSD-validated by the JDK on %d threads%n",
                        validation.messages(), RawValidationRun.THREADS);
                System.out.println("raw broker run: " + measured.size() + " messages via " + RawBrokerRun.QUEUE
                        + (options.warmup() > 0 ? " after " + options.warmup() + " warm-up messages" : ""));
                if (options.warmup() > 0) {
                    RawBrokerRun.run(factory, Workload.createRaw(samples, options.warmup()), options.timeout());
                }
                raw = RawBrokerRun.run(factory, Workload.createRaw(samples, options.messages()), options.timeout());
            }
            int deadLettersBefore = countDeadLetters(factory);

            if (!warmUp(factory, samples, firstWarmup, options, deadLettersBefore)) {
                return false;
            }

            System.out.println("gateway run: " + measured.size() + " messages");
            CpuMeter meter = new CpuMeter(options.gatewayPids(), options.otherPids());
            GatewayRun run = new GatewayRun(factory, measured, options);
            GatewayRun.Result result = run.run(true, meter);
            printSummary("gateway", result, raw, meter, options, deadLettersBefore, countDeadLetters(factory));
            if (options.latencies() != null) {
                run.writeLatencies(options.latencies());
                System.out.println("latencies: " + options.latencies());
            }
            if (raw != null && validation != null) {
                printCeiling(result, raw, validation);
            }
            return result.ok();
        }
    }

    /** Messages per further warm-up round with {@code --warm-jit}. */
    private static final int WARM_ROUND = 5000;

    /**
     * The unmeasured warm-up: {@code --warmup} messages, then with {@code --warm-jit} further rounds until
     * the JIT compiler is quiet or {@code --warmup-max} is reached. False when a message went missing.
     */
    private static boolean warmUp(ActiveMQConnectionFactory factory, List<Sample> samples, Workload first,
                                  Options options, int deadLettersBefore) throws Exception {
        int sent = 0;
        Workload warmup = first;
        while (warmup.size() > 0) {
            System.out.println("warm-up: " + warmup.size() + " messages through the gateway (not measured)");
            CpuMeter meter = new CpuMeter(options.gatewayPids(), options.otherPids());
            GatewayRun.Result result = new GatewayRun(factory, warmup, options).run(false, meter);
            if (!result.ok()) {
                printSummary("warm-up", result, null, meter, options, deadLettersBefore, countDeadLetters(factory));
                return false;
            }
            sent += warmup.size();
            if (options.warmJit() <= 0) {
                return true;
            }
            double jit = meter.millisPerMessage(CpuMeter.JIT, warmup.size());
            if (jit < 0) {
                throw new IllegalStateException("--warm-jit needs the gateway's threads: pass --gateway-pid");
            }
            boolean warm = jit <= options.warmJit();
            System.out.printf("  JIT compiler %.2f ms CPU per message in it: %s%n", jit,
                    warm ? "warm" : sent >= options.warmupMax() ? "still busy, but --warmup-max reached" : "on");
            if (warm) {
                return true;
            }
            int round = Math.min(WARM_ROUND, options.warmupMax() - sent);
            if (round <= 0) {
                return true;
            }
            if (!Workload.fits(samples, round, options.invalidPercent())) {
                System.out.println("  warm-up ends: another round would use up the clients of the run's requests");
                return true;
            }
            warmup = Workload.create(samples, round, options.invalidPercent());
        }
        return true;
    }

    private static void printSummary(String label, GatewayRun.Result r, RawBrokerRun.Result raw, CpuMeter meter,
                                     Options options, int deadLettersBefore, int deadLettersAfter) {
        int n = r.workload().size();
        int invalid = r.workload().invalidCount();
        System.out.println();
        System.out.println("==================== iJw gateway benchmark ====================");
        System.out.printf("%s: %s, %.0f msg/s, p50 %s ms, p95 %s ms, p99 %s ms, max %s ms%n", label,
                r.completed() == n ? n + " msgs" : r.completed() + " of " + n + " msgs completed", r.throughput(), ms(r.percentileMillis(50)), ms(r.percentileMillis(95)), ms(r.percentileMillis(99)),
                ms(r.percentileMillis(100)));
        if (raw != null) {
            System.out.printf("raw broker (same run): %.0f msg/s  (%d persistent msgs, 1 producer + 1 consumer, "
                    + "commit per 100, %.2f s)%n", raw.rate(), raw.messages(), raw.seconds());
        }
        System.out.printf("  outcome    accepted %d, rejected %d (expected %d / %d)%n",
                r.accepted(), r.rejected(), n - invalid, invalid);
        System.out.printf("  timing     sent %d in %.2f s (%.0f msg/s offered), last completion after %.2f s; "
                        + "%d producer(s), commit every %d%n",
                r.sent(), (r.lastSend() - r.firstSend()) / 1e9, r.offeredRate(), (r.lastCompletion() - r.firstSend()) / 1e9,
                options.producers(), options.commitEvery());
        System.out.printf("  check      completed %d/%d; no retour %d, valid not forwarded %d, invalid forwarded %d, "
                        + "duplicate forwards %d, duplicate retours %d, wrong properties %d%n",
                r.completed(), n, r.missingRetour(), r.validNotForwarded(), r.invalidForwarded(),
                r.duplicateForwarded(), r.duplicateRetour(), r.wrongProperties());
        System.out.printf("  other      dead letters added %s, unrelated messages consumed %d, stopped: %s%n",
                deadLettersBefore < 0 || deadLettersAfter < 0 ? "n/a" : deadLettersAfter - deadLettersBefore,
                r.unrelated(), r.stopReason());
        System.out.println("  cpu        " + meter.describe());
        String threads = meter.describeThreads(n);
        if (!threads.isEmpty()) {
            System.out.println("  threads    " + threads);
        }
        System.out.println("RESULT: " + (r.ok() ? "OK - every message completed exactly once"
                : "FAILED - messages missing, duplicated or misrouted"));
        System.out.println("===============================================================");
    }

    /**
     * The machine's ceiling for this work, from the two yardsticks of the same run: each accepted
     * message crosses the broker three times (in, forward, retour) and is validated once, so
     * C = 1 / (3 / R_b + 1 / R_v).
     */
    private static void printCeiling(GatewayRun.Result r, RawBrokerRun.Result raw, RawValidationRun.Result validation) {
        double rb = raw.rate();
        double rv = validation.rate();
        double c = 1 / (3 / rb + 1 / rv);
        System.out.printf("raw validation (same run): %.0f msg/s  (%d msgs, JDK parse + XSD, %d threads, %.2f s, %d schema-invalid)%n",
                rv, validation.messages(), RawValidationRun.THREADS, validation.seconds(), validation.invalid());
        System.out.printf("CEILING: C = 1 / (3/R_b + 1/R_v) = 1 / (3/%.0f + 1/%.0f) = %.0f msg/s; gateway %.0f msg/s = %.2f of C%n",
                rb, rv, c, r.throughput(), r.throughput() / c);
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "-" : millis < 10 ? String.format("%.1f", millis) : String.format("%.0f", millis);
    }

    private static double meanSize(Workload workload) {
        long total = 0;
        for (int i = 0; i < workload.size(); i++) {
            total += workload.payload(i).length;
        }
        return (double) total / workload.size();
    }

    /** Messages now on ijw.dlq, or -1 when it cannot be browsed. */
    private static int countDeadLetters(ActiveMQConnectionFactory factory) {
        try (Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (QueueBrowser browser = session.createBrowser(session.createQueue(DLQ))) {
                return Collections.list(browser.getEnumeration()).size();
            }
        } catch (Exception e) {
            return -1;
        }
    }

    private BenchMain() {
    }
}
