package nl.ijw.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ijw.gateway.bericht.BerichtType;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The production shape under faults: a standalone Artemis broker (the Maven distribution, set up
 * with the files the gateway writes for it) and the packaged gateway as a process of its own on it.
 * 10,000 messages go in, in four rounds; the gateway is killed with SIGKILL in the middle of three of
 * them and the broker is stopped and started again in the middle of the fourth. Afterwards every
 * message has ended exactly once: a valid one forwarded once with one retour, an invalid one with
 * one retour, an unreadable one once in the dead-letter queue; and the journal agrees. Prints the
 * counts; bounded in count and time, and stops both processes whatever happens.
 */
class StandaloneBrokerStoringIT {

    private static final int RONDES = 4;
    private static final int PER_RONDE = 2_500;
    private static final int AANTAL = RONDES * PER_RONDE;
    private static final String GATEWAY = "ijw-gateway-storingstest";
    private static final String PARTIJEN = "storingstest-partijen";
    private static final String BEHEER = "storingstest-beheer";
    private static final String WACHTWOORD = "alleen-voor-tests";
    private static final String OUT_GEMEENTE = "ijw.out.0193";
    private static final String OUT_AANBIEDER = "ijw.out.12345678";

    private final Path map = GatewayProces.map(Path.of("target/storing-it/" + System.nanoTime()));
    private ArtemisProces broker;
    private GatewayProces gateway;

    private final Set<String> ongeldig = new HashSet<>();
    private final Set<String> onleesbaar = new HashSet<>();

    @Test
    void killedGatewaysAndABrokerRestartLoseNothingAndDeliverNothingTwice() throws Exception {
        broker = new ArtemisProces(map.resolve("broker"), "storingstest-admin", WACHTWOORD);
        gateway = new GatewayProces(map.resolve("gateway"), GatewayProces.samen(
                GatewayProces.losseBroker(broker.url(), GATEWAY, WACHTWOORD),
                List.of("--ijw.intake.concurrent-consumers=4", "--ijw.intake.redelivery-vertraging=100ms"),
                GatewayProces.testgebruikers(PARTIJEN, BEHEER, WACHTWOORD)));
        // As an operator sets up a broker: the gateway (not yet connected) writes the broker's files.
        int start = 1;
        gateway.start(start, false);
        broker.instellingenVan(gateway, Map.of(GATEWAY, WACHTWOORD, PARTIJEN, WACHTWOORD, BEHEER, WACHTWOORD));
        broker.start();
        gateway.wachtTotGezond(Duration.ofSeconds(120));

        int[] achterstand = new int[RONDES];
        for (int ronde = 0; ronde < RONDES; ronde++) {
            stuur(ronde * PER_RONDE, PER_RONDE);
            // The fault lands while the round's messages are being worked through.
            achterstand[ronde] = wachtTotHalf(PER_RONDE);
            if (ronde == 2) {
                broker.stop();
                broker.start();
                gateway.wachtTotGezond(Duration.ofSeconds(120));
            } else {
                gateway.dood();
                gateway.start(++start, true);
            }
        }
        await("ijw.in leeg").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> telIn("ijw.in") == 0);

        Map<String, Integer> doorgestuurd = new HashMap<>();
        Map<String, Integer> retouren = new HashMap<>();
        Map<String, Integer> dood = new HashMap<>();
        int verwachtDoorgestuurd = AANTAL - ongeldig.size() - onleesbaar.size();
        int verwachtRetouren = AANTAL - onleesbaar.size();
        Afloop.leeg(broker.url(), PARTIJEN, WACHTWOORD, OUT_GEMEENTE, doorgestuurd, verwachtDoorgestuurd, "ijw_identificatie");
        Afloop.leeg(broker.url(), PARTIJEN, WACHTWOORD, OUT_AANBIEDER, retouren, verwachtRetouren, "ijw_identificatie");
        // Operators only look into the dead-letter queue; the test takes from it as the gateway does when it re-drives.
        Afloop.leeg(broker.url(), GATEWAY, WACHTWOORD, "ijw.dlq", dood, onleesbaar.size(), "storingstest_id");
        Map<String, String> journaal = gateway.journaal("JW305", AANTAL);
        // The gateway reads the broker's management too (queue depths, alarms), with the rights it was given.
        JsonNode wachtrijen = new ObjectMapper().readTree(gateway.haal("/api/v1/beheer/wachtrijen"));

        long dubbel = Afloop.dubbel(doorgestuurd) + Afloop.dubbel(retouren) + Afloop.dubbel(dood);
        long ontbrekend = Afloop.ontbrekend(verwachtDoorgestuurd, doorgestuurd) + Afloop.ontbrekend(verwachtRetouren, retouren)
                + Afloop.ontbrekend(onleesbaar.size(), dood);
        System.out.printf("storingstest (losse broker): verstuurd %d (%d ongeldig, %d onleesbaar), 3x SIGKILL van de gateway"
                        + " (nog in ijw.in: %d, %d, %d), 1x herstart van de broker (nog in ijw.in: %d); doorgestuurd %d, retouren %d,"
                        + " dead letters %d, dubbel %d, ontbrekend %d, in het journaal %d%n",
                AANTAL, ongeldig.size(), onleesbaar.size(), achterstand[0], achterstand[1], achterstand[3], achterstand[2],
                doorgestuurd.size(), retouren.size(), dood.size(), dubbel, ontbrekend, journaal.size());

        assertThat(wachtrijen.hasNonNull("fout")).as("wachtrijen gelezen: %s", wachtrijen).isFalse();
        assertThat(wachtrijen.findValuesAsText("naam")).contains("ijw.in", "ijw.dlq", OUT_GEMEENTE, OUT_AANBIEDER);
        assertThat(achterstand).as("elke storing viel midden in het werk").doesNotContain(0);
        assertThat(dubbel).as("dubbel afgeleverd").isZero();
        assertThat(ontbrekend).as("ontbrekend").isZero();
        assertThat(doorgestuurd.keySet()).doesNotContainAnyElementsOf(ongeldig).doesNotContainAnyElementsOf(onleesbaar);
        assertThat(retouren.keySet()).doesNotContainAnyElementsOf(onleesbaar);
        assertThat(dood.keySet()).containsExactlyInAnyOrderElementsOf(onleesbaar);
        // The journal agrees with the queues: every readable message once, with the outcome it had.
        assertThat(journaal).hasSize(AANTAL - onleesbaar.size());
        journaal.forEach((identificatie, uitkomst) -> assertThat(uitkomst).as(identificatie)
                .isEqualTo(ongeldig.contains(identificatie) ? "AFGEKEURD" : "DOORGESTUURD"));
    }

    /**
     * Sends one round as the provider's software, a commit per 100: JW305s, each with its own
     * Identificatie; one in twenty with a BSN that fails its check digit (rejected), one in 500 cut
     * off halfway (unreadable, dead-lettered).
     */
    private void stuur(int vanaf, int aantal) throws Exception {
        try (Connection verbinding = verbind(PARTIJEN)) {
            Session session = verbinding.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue("ijw.in"));
            for (int i = vanaf; i < vanaf + aantal; i++) {
                String identificatie = "S" + i;
                boolean fout = i % 20 == 7;
                String tekst = Voorbeelden.traject().bewerkt(BerichtType.JW305, sample -> sample
                        .replace("JW305-0001</ijw:Identificatie>", identificatie + "</ijw:Identificatie>")
                        .replace("999993653", fout ? "999993654" : "999993653"));
                if (i % 500 == 499) {
                    tekst = tekst.substring(0, tekst.length() / 2);
                    onleesbaar.add(identificatie);
                } else if (fout) {
                    ongeldig.add(identificatie);
                }
                BytesMessage m = session.createBytesMessage();
                m.writeBytes(tekst.getBytes(StandardCharsets.UTF_8));
                m.setStringProperty("storingstest_id", identificatie);
                producer.send(m);
                if ((i + 1) % 100 == 0) {
                    session.commit();
                }
            }
            session.commit();
        }
    }

    /** Waits until less than half of a round waits in ijw.in; returns how many still waited. */
    private int wachtTotHalf(int ronde) {
        AtomicInteger wachtend = new AtomicInteger();
        await("verwerking halverwege").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    wachtend.set(telIn("ijw.in"));
                    return wachtend.get() < ronde / 2;
                });
        return wachtend.get();
    }

    private int telIn(String queue) throws Exception {
        return GatewayProces.telIn(broker.url(), BEHEER, WACHTWOORD, queue);
    }

    /** Signed in as a broker user of the test: the software of both parties of the test messages, or the gateway. */
    private Connection verbind(String gebruiker) throws JMSException {
        return new ActiveMQConnectionFactory(broker.url()).createConnection(gebruiker, WACHTWOORD);
    }

    @AfterEach
    void stop() throws Exception {
        try (ArtemisProces b = broker; GatewayProces g = gateway) {
            // Both stopped, the gateway first.
        }
    }
}
