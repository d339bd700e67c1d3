package nl.ijw.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Artemis broker from the Maven distribution (unpacked by the build into
 * {@code target/artemis}, system property {@code artemis.home}): an instance made with sign-in
 * required, CORE only on a free loopback port and no web console, started and stopped as a process
 * of its own. Every wait has a time limit and {@link #close()} always stops it.
 */
public final class ArtemisProces implements AutoCloseable {

    private final Path instantie;
    private final int poort = GatewayProces.vrijePoort();
    private Process proces;
    private int starts;

    /** Makes the instance; {@code beheerder} is the broker's own administrator (role "amq"). */
    public ArtemisProces(Path instantie, String beheerder, String wachtwoord) throws Exception {
        String home = System.getProperty("artemis.home");
        assertThat(home).as("artemis.home (mvn verify pakt de Artemis-distributie uit vóór de integratietests)").isNotNull();
        assertThat(Path.of(home, "bin", "artemis")).exists();
        this.instantie = instantie;
        voer(List.of("bash", Path.of(home, "bin", "artemis").toString(), "create", "--silent", "--force",
                "--user", beheerder, "--password", wachtwoord, "--role", "amq", "--require-login",
                "--host", "127.0.0.1", "--default-port", String.valueOf(poort), "--no-web", "--no-amqp-acceptor",
                "--no-stomp-acceptor", "--no-hornetq-acceptor", "--no-mqtt-acceptor", instantie.toString()),
                instantie.resolveSibling(instantie.getFileName() + "-create.log"));
    }

    public String url() {
        return "tcp://127.0.0.1:" + poort;
    }

    /**
     * Puts the gateway's broker settings in place and adds users (plain passwords: a test broker)
     * and role lines to the broker's own files.
     */
    public void instellingen(String brokerProperties, String rollen, Map<String, String> gebruikers) throws IOException {
        Path etc = instantie.resolve("etc");
        Files.writeString(etc.resolve("broker.properties"), brokerProperties);
        StringBuilder regels = new StringBuilder("\n");
        gebruikers.forEach((naam, wachtwoord) -> regels.append(naam).append(" = ").append(wachtwoord).append('\n'));
        Files.writeString(etc.resolve("artemis-users.properties"), regels, StandardOpenOption.APPEND);
        Files.writeString(etc.resolve("artemis-roles.properties"), "\n" + rollen, StandardOpenOption.APPEND);
    }

    /** As an operator sets up the broker: the files a (not yet connected) gateway writes for it, and the users. */
    public void instellingenVan(GatewayProces gateway, Map<String, String> gebruikers) throws Exception {
        instellingen(gateway.haal("/api/v1/broker/artemis/broker.properties"),
                gateway.haal("/api/v1/broker/artemis/artemis-roles.properties"), gebruikers);
    }

    /** Starts the broker and waits until it is active. */
    public void start() throws IOException {
        Path log = instantie.resolveSibling(instantie.getFileName() + "-run-" + ++starts + ".log");
        proces = new ProcessBuilder("bash", instantie.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await("broker actief (log: " + log + ")").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!proces.isAlive()) {
                        throw new IllegalStateException("broker gestopt; zie " + log);
                    }
                    return Files.readString(log, StandardCharsets.UTF_8).contains("AMQ221007");
                });
    }

    /** An orderly stop (SIGTERM: the broker's own shutdown), forced after a minute. */
    public void stop() throws InterruptedException {
        if (proces != null && proces.isAlive()) {
            proces.destroy();
            if (!proces.waitFor(60, TimeUnit.SECONDS)) {
                proces.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static void voer(List<String> opdracht, Path log) throws Exception {
        Process p = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("te lang bezig: " + opdracht.get(1) + "; zie " + log);
        }
        assertThat(p.exitValue()).as("%s (log: %s)", opdracht.subList(1, 3), log).isZero();
    }
}
