package nl.ijw.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import nl.ijw.gateway.bericht.BerichtType;
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
    private static final String PARTIJEN = "crashtest-partijen";
    private static final String BEHEER = "crashtest-beheer";
    private static final String WACHTWOORD = "alleen-voor-tests";

    private final int poort = GatewayProces.vrijePoort();
    private final GatewayProces gateway = new GatewayProces(Path.of("target/crash-it/data-" + System.nanoTime()),
            GatewayProces.samen(List.of("--ijw.broker.port=" + poort, "--ijw.intake.concurrent-consumers=1"),
                    GatewayProces.testgebruikers(PARTIJEN, BEHEER, WACHTWOORD)));

    @Test
    void killedGatewayLosesNothingAndDeliversNothingTwice() throws Exception {
        gateway.start(1, true);
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
        gateway.dood();
        int achterstand = wachtend.get();
        gateway.start(2, true);
        ontvang(doorgestuurd, retouren, () -> retouren.size() == AANTAL, Duration.ofSeconds(90));
        ontvang(doorgestuurd, retouren, () -> false, Duration.ofSeconds(2));
        int dood = telIn("ijw.dlq");
        Map<String, String> journaal = gateway.journaal("JW305", AANTAL);

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

    /** Collects outputs by Identificatie; a copy is counted by its JMS message id, so a consumer-side redelivery is not a duplicate. */
    private void ontvang(Map<String, Set<String>> doorgestuurd, Map<String, Set<String>> retouren,
                         BooleanSupplier klaar, Duration maximaal) throws Exception {
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
        } catch (JMSException e) {
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

    private int telIn(String queue) throws Exception {
        return GatewayProces.telIn("tcp://127.0.0.1:" + poort, BEHEER, WACHTWOORD, queue);
    }

    /** Signed in as the software of both parties of the test messages (a broker user of the test). */
    private Connection verbind() throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + poort);
        return factory.createConnection(PARTIJEN, WACHTWOORD);
    }

    @AfterEach
    void stop() throws InterruptedException {
        gateway.close();
    }
}
