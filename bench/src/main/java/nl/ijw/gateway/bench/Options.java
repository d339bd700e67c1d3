package nl.ijw.gateway.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Command-line options: {@code --name value} or {@code --name=value}. */
record Options(String url, int messages, Path samples, int producers, int commitEvery, int invalidPercent,
               int rate, int warmup, double warmJit, int warmupMax, Duration timeout, Duration idleTimeout, Duration drain, boolean skipRaw,
               java.util.List<Long> gatewayPids, Map<String, Long> otherPids, Path xsd, Path latencies) {

    static final String USAGE = """
            usage: java -jar ijw-gateway-bench.jar --url tcp://127.0.0.1:61616 [options]
              --messages N        messages through the gateway (default 5000); also the raw broker run
              --samples DIR       folder with JW301.xml JW305.xml JW307.xml JW315.xml JW317.xml JW319.xml
                                  (default src/test/resources/berichten)
              --producers P       producer threads, one connection each (default 2)
              --commit-every K    producer commits every K messages (default 10; 1 = per message)
              --invalid-percent X share of messages with a BSN failing the 11-proef (default 5)
              --rate R            total send rate in msg/s, 0 = as fast as possible (default 0)
              --warmup W          messages sent through the gateway first, not measured (default 2000)
              --warm-jit MS       after those, warm up on in rounds of 5000 until the JIT compiler took at most
                                  MS ms CPU per message in a round (needs --gateway-pid; default 0 = off): a
                                  fast gateway gets through a warm-up by count in less time, so its compiler
                                  had less time too
              --warmup-max M      the most warm-up messages in all with --warm-jit (default 85000); the warm-up
                                  also ends before a round that would take clients the measured run's requests
                                  need (a run holds about 96,000 messages)
              --timeout S         seconds allowed per phase (default 300)
              --idle-timeout S    give up when nothing arrives for S seconds after the last send (default 15)
              --drain S           seconds to keep consuming after completion, to catch duplicates (default 2)
              --skip-raw          skip the raw broker and raw validation runs
              --xsd DIR           the release's schemas for the raw validation run (default xsd/ijw-3.2)
              --gateway-pid PID   report the CPU time of this local gateway process during the measured run;
                                  several instances: PID,PID,...
              --other-pid N=PID   also report the CPU of these local processes (with their children),
                                  e.g. broker=123,database=456
              --latencies FILE    write each message of the measured run to FILE (CSV, in send order): when it
                                  was sent (ms since the epoch), its latency (ms) and its type, to line the
                                  slow ones up with the gateway's logs
            """;

    private static final Set<String> FLAGS = Set.of("skip-raw");

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (FLAGS.contains(name)) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("missing value for --" + name);
            }
            values.put(name, value);
        }
        Options options = new Options(
                required(values, "url"),
                positive(values, "messages", 5000),
                Path.of(values.getOrDefault("samples", "src/test/resources/berichten")),
                positive(values, "producers", 2),
                positive(values, "commit-every", 10),
                number(values, "invalid-percent", 5),
                number(values, "rate", 0),
                number(values, "warmup", 2000),
                decimal(values, "warm-jit", 0),
                number(values, "warmup-max", 85_000),
                Duration.ofSeconds(positive(values, "timeout", 300)),
                Duration.ofSeconds(positive(values, "idle-timeout", 15)),
                Duration.ofSeconds(number(values, "drain", 2)),
                Boolean.parseBoolean(values.getOrDefault("skip-raw", "false")),
                pids(values.getOrDefault("gateway-pid", "")),
                namedPids(values.getOrDefault("other-pid", "")),
                Path.of(values.getOrDefault("xsd", "xsd/ijw-3.2")),
                values.containsKey("latencies") ? Path.of(values.get("latencies")) : null);
        values.keySet().removeAll(Set.of("url", "messages", "samples", "producers", "commit-every", "invalid-percent",
                "rate", "warmup", "warm-jit", "warmup-max", "timeout", "idle-timeout", "drain", "skip-raw", "gateway-pid", "other-pid", "xsd", "latencies"));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): " + values.keySet());
        }
        if (options.invalidPercent() > 100) {
            throw new IllegalArgumentException("--invalid-percent must be 0..100");
        }
        return options;
    }

    private static double decimal(Map<String, String> values, String name, double fallback) {
        String value = values.get(name);
        try {
            double d = value == null ? fallback : Double.parseDouble(value);
            if (d < 0 || Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a number of at least 0, got " + value);
        }
    }

    private static java.util.List<Long> pids(String list) {
        try {
            return java.util.Arrays.stream(list.split(",")).map(String::trim).filter(p -> !p.isEmpty())
                    .map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--gateway-pid needs process ids separated by commas, got " + list);
        }
    }

    private static Map<String, Long> namedPids(String list) {
        Map<String, Long> named = new java.util.LinkedHashMap<>();
        for (String item : list.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || !parts[1].trim().matches("\\d+")) {
                throw new IllegalArgumentException("--other-pid needs NAME=PID,..., got " + list);
            }
            named.put(parts[0].trim(), Long.parseLong(parts[1].trim()));
        }
        return named;
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a non-negative whole number, got " + value);
        }
    }

    private static int positive(Map<String, String> values, String name, int fallback) {
        int n = number(values, name, fallback);
        if (n == 0) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return n;
    }
}
