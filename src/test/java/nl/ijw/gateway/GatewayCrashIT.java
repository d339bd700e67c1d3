package nl.ijw.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueRequestor;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ijw.gateway.bericht.BerichtType;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway as its own process, killed with SIGKILL while it works through a backlog and
 * started again on the same data dir: afterwards every message has ended exactly once — each valid
 * one forwarded once with one retour, each rejected one with one retour, nothing dead-lettered.
 * Bounded: 1000 messages, one kill, every wait has a time limit, and the process is always stopped.
 */
class GatewayCrashIT {

    private static final int AANTAL = 1000;
    private static final Path JAR = Path.of("target/ijw-gateway.jar");

    private Process gateway;
    private final Path data = maak(Path.of("target/crash-it/data-" + System.nanoTime()));
    private final int http = vrijePoort();
    private final int poort = vrijePoort();

    @Test
    void killedGatewayLosesNothingAndDeliversNothingTwice() throws Exception {
        assertThat(JAR).as("het gebouwde jar (mvn verify bouwt het vóór de integratietests)").exists();
        start(1);
        Set<String> ongeldig = new HashSet<>();
        try (Connection verbinding = verbind()) {
            Session session = verbinding.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue("ijw.in"));
            for (int i = 0; i < AANTAL; i++) {
                String identificatie = "K" + i;
                boolean fout = i % 20 == 7;
                // Each message about a client of its own: a second start with the same key would be refused (TR074).
                String tekst = Voorbeelden.traject().bewerkt(BerichtType.JW305, sample -> sample
                        .replace("JW305-0001</ijw:Identificatie>", identificatie + "</ijw:Identificatie>")
                        .replace("999993653", fout ? "999993654" : "999993653"));
                if (fout) {
                    ongeldig.add(identificatie);
                }
                BytesMessage m = session.createBytesMessage();
                m.writeBytes(tekst.getBytes(StandardCharsets.UTF_8));
                producer.send(m);
            }
            // One commit: the whole backlog appears at once, so the kill below lands in the middle of it.
            session.commit();
        }

        Map<String, Set<String>> doorgestuurd = new HashMap<>();
        Map<String, Set<String>> retouren = new HashMap<>();
        // Kill the gateway halfway through the backlog, while it is committing and receiving.
        AtomicInteger wachtend = new AtomicInteger(AANTAL);
        await("verwerking begonnen").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    wachtend.set(telIn("ijw.in"));
                    return wachtend.get() < AANTAL / 2;
                });
        gateway.destroyForcibly().waitFor();
        int achterstand = wachtend.get();
        start(2);
        ontvang(doorgestuurd, retouren, () -> retouren.size() == AANTAL, Duration.ofSeconds(90));
        ontvang(doorgestuurd, retouren, () -> false, Duration.ofSeconds(2));
        int dood = telIn("ijw.dlq");
        Map<String, String> journaal = journaal();

        long dubbelDoorgestuurd = doorgestuurd.values().stream().filter(s -> s.size() > 1).count();
        long dubbeleRetouren = retouren.values().stream().filter(s -> s.size() > 1).count();
        System.out.printf("crash-test: verstuurd %d, nog in ijw.in vlak voor de kill %d, doorgestuurd %d, retouren %d,"
                        + " dead letters %d, dubbel doorgestuurd %d, dubbele retouren %d%n", AANTAL, achterstand,
                doorgestuurd.size(), retouren.size(), dood, dubbelDoorgestuurd, dubbeleRetouren);
        assertThat(achterstand).as("de kill viel midden in het werk").isPositive();
        assertThat(retouren).hasSize(AANTAL);
        assertThat(doorgestuurd.keySet()).hasSize(AANTAL - ongeldig.size()).doesNotContainAnyElementsOf(ongeldig);
        assertThat(dubbelDoorgestuurd).isZero();
        assertThat(dubbeleRetouren).isZero();
        assertThat(dood).isZero();
        // The journal agrees with the queues: every message once, with the outcome it had.
        assertThat(journaal).hasSize(AANTAL);
        journaal.forEach((identificatie, uitkomst) -> assertThat(uitkomst).as(identificatie)
                .isEqualTo(ongeldig.contains(identificatie) ? "AFGEKEURD" : "DOORGESTUURD"));
    }

    /** Identificatie → first outcome of every received JW305 in the journal, read over the tracking API. */
    private Map<String, String> journaal() throws Exception {
        Map<String, String> uitkomsten = new HashMap<>();
        // Started without configured operators, the gateway made one with a password in its data dir.
        String beheerder = "Basic " + java.util.Base64.getEncoder().encodeToString(("beheerder:"
                + java.nio.file.Files.readString(data.resolve("beheer-wachtwoord.txt")).trim())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int pagina = 0; pagina * 200 < AANTAL + 200; pagina++) {
            var antwoord = json.readTree(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http
                    + "/api/v1/berichten?type=JW305&grootte=200&pagina=" + pagina)).header("Authorization", beheerder).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (var bericht : antwoord.get("berichten")) {
                String eerder = uitkomsten.put(bericht.get("identificatie").asText(),
                        bericht.at("/statussen/0/status").asText());
                assertThat(eerder).as("twee keer in het journaal: %s", bericht.get("identificatie")).isNull();
            }
        }
        return uitkomsten;
    }

    /** Collects outputs by Identificatie; a copy is counted by its JMS message id, so a consumer-side redelivery is not a duplicate. */
    private void ontvang(Map<String, Set<String>> doorgestuurd, Map<String, Set<String>> retouren,
                         java.util.function.BooleanSupplier klaar, Duration maximaal) throws Exception {
        Instant einde = Instant.now().plus(maximaal);
        try (Connection verbinding = verbind()) {
            verbinding.start();
            Session session = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer gemeente = session.createConsumer(session.createQueue("ijw.out.0193"));
            MessageConsumer aanbieder = session.createConsumer(session.createQueue("ijw.out.12345678"));
            while (!klaar.getAsBoolean() && Instant.now().isBefore(einde)) {
                boolean iets = neem(gemeente, doorgestuurd) | neem(aanbieder, retouren);
                if (!iets && klaar.getAsBoolean()) {
                    break;
                }
            }
        } catch (jakarta.jms.JMSException e) {
            // The gateway (and its broker) was killed under this connection: what was read counts.
        }
    }

    private static boolean neem(MessageConsumer consumer, Map<String, Set<String>> per) throws Exception {
        Message m = consumer.receive(100);
        if (m == null) {
            return false;
        }
        per.computeIfAbsent(m.getStringProperty("ijw_identificatie"), k -> new HashSet<>()).add(m.getJMSMessageID());
        return true;
    }

    /** The broker's own count of a queue (messages waiting and in delivery), asked over its management address. */
    private int telIn(String queue) throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + poort);
        try (QueueConnection verbinding = factory.createQueueConnection(BEHEER, WACHTWOORD)) {
            verbinding.start();
            QueueSession session = verbinding.createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
            QueueRequestor vraag = new QueueRequestor(session, ActiveMQJMSClient.createQueue("activemq.management"));
            Message verzoek = session.createMessage();
            JMSManagementHelper.putAttribute(verzoek, ResourceNames.QUEUE + queue, "messageCount");
            return ((Number) JMSManagementHelper.getResult(vraag.request(verzoek))).intValue();
        }
    }

    /** Signed in as the software of both parties of the test messages (a broker user of the test). */
    private Connection verbind() throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + poort);
        return factory.createConnection(PARTIJEN, WACHTWOORD);
    }

    private static final String PARTIJEN = "crashtest-partijen";
    private static final String BEHEER = "crashtest-beheer";
    private static final String WACHTWOORD = "alleen-voor-tests";

    private void start(int keer) throws Exception {
        Path log = data.resolveSibling(data.getFileName() + "-gateway-" + keer + ".log");
        gateway = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", JAR.toString(), "--ijw.data-dir=" + data, "--server.port=" + http,
                "--ijw.broker.port=" + poort, "--ijw.intake.concurrent-consumers=1",
                "--ijw.broker.gebruikers[0].naam=" + PARTIJEN, "--ijw.broker.gebruikers[0].wachtwoord={noop}" + WACHTWOORD,
                "--ijw.broker.gebruikers[0].partijen=0193,12345678",
                "--ijw.broker.gebruikers[1].naam=" + BEHEER, "--ijw.broker.gebruikers[1].wachtwoord={noop}" + WACHTWOORD,
                "--ijw.broker.gebruikers[1].beheer=true")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/actuator/health")).build();
        await("gateway gezond (log: " + log + ")").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!gateway.isAlive()) {
                        throw new IllegalStateException("gateway gestopt; zie " + log);
                    }
                    return client.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"");
                });
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (gateway != null && gateway.isAlive()) {
            gateway.destroy();
            if (!gateway.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                gateway.destroyForcibly().waitFor();
            }
        }
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path maak(Path map) {
        try {
            return Files.createDirectories(map);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
