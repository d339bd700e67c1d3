package nl.ijw.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Message;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The packaged gateway as a process of its own, for the tests that kill it: started on a data dir
 * with extra settings, killed with SIGKILL, started again on the same data dir, always stopped at
 * the end. Every wait has a time limit.
 */
public final class GatewayProces implements AutoCloseable {

    private static final Path JAR = Path.of("target/ijw-gateway.jar");

    private final Path data;
    private final int http = vrijePoort();
    private final List<String> instellingen;
    private final String heap;
    private final HttpClient client = HttpClient.newHttpClient();
    private Process proces;

    /** @param instellingen command-line settings beside the data dir and HTTP port */
    public GatewayProces(Path data, List<String> instellingen) {
        this(data, instellingen, "384m");
    }

    /** @param heap the most heap the gateway's JVM may use (-Xmx) */
    public GatewayProces(Path data, List<String> instellingen, String heap) {
        this.heap = heap;
        assertThat(JAR).as("het gebouwde jar (mvn verify bouwt het vóór de integratietests)").exists();
        this.data = map(data);
        this.instellingen = List.copyOf(instellingen);
    }

    /**
     * Starts the gateway and waits until it answers on HTTP: until it is healthy, or, when its broker
     * is not there yet, until it answers at all.
     */
    public void start(int keer, boolean gezond) {
        Path log = data.resolveSibling(data.getFileName() + "-gateway-" + keer + ".log");
        List<String> opdracht = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", JAR.toString(), "--ijw.data-dir=" + data, "--server.port=" + http));
        opdracht.addAll(instellingen);
        try {
            proces = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/actuator/health")).build();
        await("gateway " + (gezond ? "gezond" : "bereikbaar") + " (log: " + log + ")").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!proces.isAlive()) {
                        throw new IllegalStateException("gateway gestopt; zie " + log);
                    }
                    String antwoord = client.send(health, HttpResponse.BodyHandlers.ofString()).body();
                    return !gezond || isUp(antwoord);
                });
    }

    /** Until the gateway reports itself healthy (e.g. once its broker is back). */
    public void wachtTotGezond(Duration maximaal) {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/actuator/health")).build();
        await("gateway gezond").atMost(maximaal).pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> isUp(client.send(health, HttpResponse.BodyHandlers.ofString()).body()));
    }

    private static boolean isUp(String health) throws IOException {
        return "UP".equals(new ObjectMapper().readTree(health).path("status").asText());
    }

    /** SIGKILL: no shutdown hook, no orderly stop of anything. */
    public void dood() throws InterruptedException {
        proces.destroyForcibly().waitFor();
    }

    /** A GET as the operator the gateway made on its first start (its password is in the data dir). */
    public String haal(String pad) throws Exception {
        String beheerder = "Basic " + Base64.getEncoder().encodeToString(("beheerder:"
                + Files.readString(data.resolve("beheer-wachtwoord.txt")).trim()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> antwoord = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + pad))
                .header("Authorization", beheerder).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as("GET %s", pad).isEqualTo(200);
        return antwoord.body();
    }

    /** Identificatie → first status of every message of this type in the journal; each must be there once. */
    public Map<String, String> journaal(String type, int verwacht) throws Exception {
        Map<String, String> uitkomsten = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (int pagina = 0; pagina * 200 < verwacht + 200; pagina++) {
            JsonNode antwoord = json.readTree(haal("/api/v1/berichten?type=" + type + "&grootte=200&pagina=" + pagina));
            for (JsonNode bericht : antwoord.get("berichten")) {
                String eerder = uitkomsten.put(bericht.get("identificatie").asText(), bericht.at("/statussen/0/status").asText());
                assertThat(eerder).as("twee keer in het journaal: %s", bericht.get("identificatie")).isNull();
            }
        }
        return uitkomsten;
    }

    @Override
    public void close() throws InterruptedException {
        if (proces != null && proces.isAlive()) {
            proces.destroy();
            if (!proces.waitFor(20, TimeUnit.SECONDS)) {
                proces.destroyForcibly().waitFor();
            }
        }
    }

    /** The broker's own count of a queue (messages waiting and in delivery), asked over its management address. */
    public static int telIn(String url, String gebruiker, String wachtwoord, String queue) throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
             QueueConnection verbinding = factory.createQueueConnection(gebruiker, wachtwoord)) {
            verbinding.start();
            QueueSession session = verbinding.createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
            QueueRequestor vraag = new QueueRequestor(session, ActiveMQJMSClient.createQueue("activemq.management"));
            Message verzoek = session.createMessage();
            JMSManagementHelper.putAttribute(verzoek, ResourceNames.QUEUE + queue, "messageCount");
            return ((Number) JMSManagementHelper.getResult(vraag.request(verzoek))).intValue();
        }
    }

    /** Settings for a gateway on a standalone broker, signed in there as this broker user. */
    public static List<String> losseBroker(String url, String gebruiker, String wachtwoord) {
        return List.of("--spring.artemis.mode=native", "--spring.artemis.broker-url=" + url,
                "--spring.artemis.user=" + gebruiker, "--spring.artemis.password=" + wachtwoord);
    }

    /**
     * The broker users of the fault tests: one for the software of both parties of the test messages
     * (0193 and 12345678), and an operator; both with this (unhashed, test-only) password.
     */
    public static List<String> testgebruikers(String partijen, String beheer, String wachtwoord) {
        return List.of("--ijw.broker.gebruikers[0].naam=" + partijen, "--ijw.broker.gebruikers[0].wachtwoord={noop}" + wachtwoord,
                "--ijw.broker.gebruikers[0].partijen=0193,12345678",
                "--ijw.broker.gebruikers[1].naam=" + beheer, "--ijw.broker.gebruikers[1].wachtwoord={noop}" + wachtwoord,
                "--ijw.broker.gebruikers[1].beheer=true");
    }

    /** Several lists of settings as one. */
    @SafeVarargs
    public static List<String> samen(List<String>... delen) {
        return java.util.Arrays.stream(delen).flatMap(List::stream).toList();
    }

    public static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path map(Path map) {
        try {
            return Files.createDirectories(map);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
