package nl.ijw.gateway.bench;

import java.time.Duration;

/**
 * CPU time of this load generator and (when its pid is given and it runs on this machine) of the
 * gateway process, between {@link #start()} and {@link #stop()}.
 */
final class CpuMeter {

    private final long gatewayPid;
    private long wallStart;
    private long wallStop;
    private long selfStart;
    private long selfStop;
    private long gatewayStart;
    private long gatewayStop;

    CpuMeter(long gatewayPid) {
        this.gatewayPid = gatewayPid;
    }

    void start() {
        wallStart = System.nanoTime();
        selfStart = cpuNanos(ProcessHandle.current().pid());
        gatewayStart = cpuNanos(gatewayPid);
    }

    void stop() {
        wallStop = System.nanoTime();
        selfStop = cpuNanos(ProcessHandle.current().pid());
        gatewayStop = cpuNanos(gatewayPid);
    }

    /** E.g. "gateway 21.3 s CPU = 1.45 cores, load generator 4.1 s = 0.28 cores, over 14.7 s". */
    String describe() {
        double wall = (wallStop - wallStart) / 1e9;
        String self = String.format("load generator %.1f s = %.2f cores", (selfStop - selfStart) / 1e9,
                (selfStop - selfStart) / 1e9 / wall);
        String gateway = gatewayStart < 0 || gatewayStop < 0 ? "gateway n/a (pass --gateway-pid)"
                : String.format("gateway %.1f s CPU = %.2f cores", (gatewayStop - gatewayStart) / 1e9,
                (gatewayStop - gatewayStart) / 1e9 / wall);
        return String.format("%s, %s, over %.1f s (%d cores here)", gateway, self, wall,
                Runtime.getRuntime().availableProcessors());
    }

    private static long cpuNanos(long pid) {
        if (pid <= 0) {
            return -1;
        }
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
    }
}
