package nl.ijw.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time, between {@link #start()} and {@link #stop()}, of this load generator, of the gateway
 * processes (when their pids are given and they run on this machine) and of other processes of the
 * set-up, such as a standalone broker and a database server (with their child processes).
 */
final class CpuMeter {

    static final String JIT = "JIT compiler";

    /**
     * The gateway's threads by what they do, by the first characters of their names (Linux shows 15):
     * where a run's CPU went, and whether the JIT compiler was still busy (a run that is not warm yet).
     */
    private static final List<Map.Entry<String, List<String>>> GROUPS = List.of(
            Map.entry("intake consumers", List.of("Camel (camel-")),
            Map.entry("journal writer", List.of("journaal-groeps")),
            Map.entry("journal compaction", List.of("journaal-compac")),
            Map.entry("broker", List.of("Thread-", "activemq-")),
            Map.entry(JIT, List.of("C1 CompilerThre", "C2 CompilerThre")),
            Map.entry("GC", List.of("GC Thread", "G1 ", "VM Thread")));

    private final List<Long> gatewayPids;
    private final Map<String, Long> otherPids;
    private long wallStart;
    private long wallStop;
    private Snapshot begin;
    private Snapshot end;

    /**
     * @param gatewayPids the gateway processes to measure, none to measure only this load generator
     * @param otherPids   further processes by name (e.g. "broker", "database"), each with its children
     */
    CpuMeter(List<Long> gatewayPids, Map<String, Long> otherPids) {
        this.gatewayPids = List.copyOf(gatewayPids);
        this.otherPids = new LinkedHashMap<>(otherPids);
    }

    void start() {
        wallStart = System.nanoTime();
        begin = snapshot();
    }

    void stop() {
        wallStop = System.nanoTime();
        end = snapshot();
    }

    /**
     * E.g. "gateway 21.3 s CPU = 1.45 cores, load generator 4.1 s = 0.28 cores, over 14.7 s"; with
     * several gateways their sum, and then each other process.
     */
    String describe() {
        double wall = (wallStop - wallStart) / 1e9;
        String self = String.format("load generator %.1f s = %.2f cores", seconds(end.self - begin.self),
                seconds(end.self - begin.self) / wall);
        String gateway = begin.gateways < 0 || end.gateways < 0 ? "gateway n/a (pass --gateway-pid)"
                : String.format("%s %.1f s CPU = %.2f cores", gatewayPids.size() > 1 ? gatewayPids.size() + " gateways" : "gateway",
                seconds(end.gateways - begin.gateways), seconds(end.gateways - begin.gateways) / wall);
        StringBuilder others = new StringBuilder();
        end.others.forEach((name, nanos) -> {
            long before = begin.others.getOrDefault(name, -1L);
            if (nanos >= 0 && before >= 0) {
                others.append(String.format(", %s %.1f s = %.2f cores", name, seconds(nanos - before),
                        seconds(nanos - before) / wall));
            }
        });
        return String.format("%s, %s%s, over %.1f s (%d cores here)", gateway, self, others, wall,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * E.g. "intake consumers 23.5 s (1.42 ms/msg), journal writer 10.6 s ..., other 1.2 s": the gateways'
     * CPU of the run by thread group; empty when their threads cannot be read (not Linux, not this machine).
     */
    String describeThreads(int messages) {
        if (begin.groups.isEmpty() || end.groups.isEmpty() || begin.gateways < 0 || end.gateways < 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        long grouped = 0;
        for (Map.Entry<String, Long> group : end.groups.entrySet()) {
            long nanos = group.getValue() - begin.groups.getOrDefault(group.getKey(), 0L);
            grouped += nanos;
            out.append(String.format("%s %.1f s (%.2f ms/msg), ", group.getKey(), seconds(nanos), nanos / 1e6 / messages));
        }
        long other = Math.max(0, end.gateways - begin.gateways - grouped);
        return out.append(String.format("other %.1f s", seconds(other))).toString();
    }

    /** One thread group's CPU of the run per message, in ms; -1 when the gateways' threads could not be read. */
    double millisPerMessage(String group, int messages) {
        if (begin.groups.isEmpty() || end.groups.isEmpty() || !end.groups.containsKey(group)) {
            return -1;
        }
        return (end.groups.get(group) - begin.groups.getOrDefault(group, 0L)) / 1e6 / messages;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private Snapshot snapshot() {
        long gateways = gatewayPids.isEmpty() ? -1 : 0;
        Map<String, Long> groups = new LinkedHashMap<>();
        boolean threadsRead = !gatewayPids.isEmpty();
        for (long pid : gatewayPids) {
            long cpu = cpuNanos(pid);
            gateways = gateways < 0 || cpu < 0 ? -1 : gateways + cpu;
            Map<String, Long> own = threadGroups(pid);
            threadsRead &= !own.isEmpty();
            own.forEach((group, nanos) -> groups.merge(group, nanos, Long::sum));
        }
        Map<String, Long> others = new LinkedHashMap<>();
        otherPids.forEach((name, pid) -> others.put(name, treeCpuNanos(pid)));
        return new Snapshot(cpuNanos(ProcessHandle.current().pid()), gateways, threadsRead ? groups : Map.of(), others);
    }

    /** A process and its children, e.g. a database server's back-ends; -1 when the process is gone. */
    private static long treeCpuNanos(long pid) {
        long own = cpuNanos(pid);
        if (own < 0) {
            return -1;
        }
        return own + ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(p -> Math.max(0, cpuNanos(p.pid()))).sum();
    }

    private static long cpuNanos(long pid) {
        if (pid <= 0) {
            return -1;
        }
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
    }

    /** CPU nanoseconds per thread group of a process, from /proc; threads that ended are not counted. */
    private static Map<String, Long> threadGroups(long pid) {
        Map<String, Long> groups = new LinkedHashMap<>();
        GROUPS.forEach(g -> groups.put(g.getKey(), 0L));
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (pid <= 0 || !Files.isDirectory(tasks)) {
            return Map.of();
        }
        long nanosPerTick = 1_000_000_000L / 100; // USER_HZ, 100 on Linux
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                // After the name: state, then 10 fields, then utime and stime (fields 14 and 15 of stat).
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                GROUPS.stream().filter(g -> g.getValue().stream().anyMatch(name::startsWith)).findFirst()
                        .ifPresent(g -> groups.merge(g.getKey(), ticks * nanosPerTick, Long::sum));
            }
        } catch (IOException e) {
            return Map.of();
        }
        return groups;
    }

    private record Snapshot(long self, long gateways, Map<String, Long> groups, Map<String, Long> others) {
    }
}
