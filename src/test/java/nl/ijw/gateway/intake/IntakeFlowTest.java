package nl.ijw.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.xml.transform.stream.StreamSource;
import nl.ijw.gateway.BrokerClient;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.access.BrokerGebruikers;
import nl.ijw.gateway.bericht.BerichtType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.model.ModelCamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** The intake flow over the real embedded broker: from ijw.in to outboxes, retours and dead letters. */
class IntakeFlowTest extends GatewayTest {

    /** JMS property the test's advice looks at to make processing fail; production never reads it. */
    private static final String FOUT = "test_fout";

    /** The shared context is advised once; later test classes reuse it as it is. */
    private static CamelContext geadviseerd;

    @Autowired
    private CamelContext camel;

    @Autowired
    private EmbeddedActiveMQ embedded;

    @Autowired
    private nl.ijw.gateway.journal.Journaal journaal;

    @BeforeEach
    void processingFailsForMessagesMarkedByTheTest() throws Exception {
        if (geadviseerd == camel) {
            return;
        }
        geadviseerd = camel;
        AdviceWith.adviceWith((ModelCamelContext) camel, "intake", a -> a.weaveById("verwerking-loggen").before()
                .process(exchange -> {
                    Ontvangst o = exchange.getProperty("ontvangst", Ontvangst.class);
                    Object fout = o.eigenschappen().get(FOUT);
                    boolean verwerkt = o.ongeldig() == null;
                    if (verwerkt && ("altijd".equals(fout) || ("eerste".equals(fout) && o.poging() == 1))) {
                        throw new IllegalStateException("faalVoorTest");
                    }
                }).id("faalVoorTest"));
    }

    @ParameterizedTest
    @EnumSource(value = BerichtType.class, names = {"JW301", "JW305", "JW307", "JW315", "JW317", "JW319"})
    void acceptedMessageIsDeliveredUnchangedToOntvangerWithRetour0200ToAfzender(BerichtType type) throws Exception {
        byte[] heen = Voorbeelden.bytes(type);
        String id = broker.stuur(heen);

        String afzender = type == BerichtType.JW301 || type == BerichtType.JW319 ? "0193" : "12345678";
        String ontvanger = afzender.equals("0193") ? "12345678" : "0193";
        BrokerClient.Ontvangen doorgestuurd = broker.ontvang("ijw.out." + ontvanger, id, type.name());
        assertThat(doorgestuurd).as("doorgestuurd %s", type).isNotNull();
        assertThat(doorgestuurd.inhoud()).isEqualTo(heen);
        assertThat(doorgestuurd.eigenschap("ijw_afzender")).isEqualTo(afzender);
        assertThat(doorgestuurd.eigenschap("ijw_ontvanger")).isEqualTo(ontvanger);
        assertThat(doorgestuurd.eigenschap("ijw_identificatie")).isEqualTo(Voorbeelden.identificatie(heen));
        assertThat(doorgestuurd.eigenschap("ijw_signalen")).isEmpty();

        String retourType = type.retourType().orElseThrow().name();
        BrokerClient.Ontvangen retour = broker.ontvang("ijw.out." + afzender, id, retourType);
        assertThat(retour).as("retour %s", retourType).isNotNull();
        assertThat(new String(retour.inhoud(), StandardCharsets.UTF_8)).contains(Voorbeelden.identificatie(heen));
        assertSimilar(retourType + "-geaccepteerd", retour.inhoud());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "JW302-bsn|JW301|999993653|999993654|0193",
            "JW302-xsd|JW301|<Geslacht>2</Geslacht>|<Geslacht>7</Geslacht>|0193",
            "JW306-bsn|JW305|999993653|999993654|12345678",
            "JW308-einddatum|JW307|<Einddatum>2026-11-02</Einddatum>|<Einddatum>2026-11-01</Einddatum>|12345678",
            "JW316-einddatum|JW315|<ToewijzingEinddatum>2027-04-30</ToewijzingEinddatum>|<ToewijzingEinddatum>2026-01-01</ToewijzingEinddatum>|12345678",
            "JW318-einddatum|JW317|<Einddatum>2027-04-30</Einddatum>|<Einddatum>2026-11-15</Einddatum>|12345678",
            "JW320-dagtekening|JW319|<ijw:Dagtekening>2026-11-02</ijw:Dagtekening>|<ijw:Dagtekening>2099-12-01</ijw:Dagtekening>|0193"})
    void rejectedMessageIsAnsweredWithItsRetourAndNotForwarded(String verwacht, BerichtType type, String was,
                                                                String wordt, String afzender) throws Exception {
        String id = broker.stuur(Voorbeelden.met(type, was, wordt));

        BrokerClient.Ontvangen retour = broker.ontvang("ijw.out." + afzender, id, type.retourType().orElseThrow().name());
        assertThat(retour).isNotNull();
        assertSimilar(verwacht, retour.inhoud());
        String ontvanger = afzender.equals("0193") ? "12345678" : "0193";
        assertThat(broker.tel("ijw.out." + ontvanger, id)).as("niet doorgestuurd").isZero();
    }

    @Test
    void retourWrittenByAPartyGoesBackToTheSenderOfItsHeenbericht() throws Exception {
        byte[] retour = Voorbeelden.bytes(BerichtType.JW306);
        String id = broker.stuur(retour);

        BrokerClient.Ontvangen doorgestuurd = broker.ontvang("ijw.out.12345678", id, "JW306");
        assertThat(doorgestuurd).isNotNull();
        assertThat(doorgestuurd.inhoud()).isEqualTo(retour);
    }

    /** A party naming another queue as JMSReplyTo gets nothing sent there by the gateway. */
    @Test
    void aSendersReplyToAddressIsNotAnswered() throws Exception {
        String antwoordadres = "ijw.out.88888888";
        String id = broker.stuur(session -> {
            BytesMessage m = session.createBytesMessage();
            m.writeBytes(Voorbeelden.bytes(BerichtType.JW305));
            m.setJMSReplyTo(session.createQueue(antwoordadres));
            return m;
        });

        // The retour commits in the same transaction as a reply would.
        assertThat(broker.ontvang("ijw.out.12345678", id, "JW306")).isNotNull();
        assertThat(broker.ontvang("ijw.out.0193", id, "JW305")).isNotNull();
        assertThat(broker.telAlles(antwoordadres)).isZero();
    }

    /** The JMS properties a sender sets stay with the gateway: what it sends carries its own only. */
    @Test
    void propertiesOfTheReceivedMessageAreNotPassedOn() {
        String id = broker.stuur(Voorbeelden.bytes(BerichtType.JW305), Map.of("x_eigen", "van de afzender",
                "ijw_signalen", "VERZONNEN"));

        BrokerClient.Ontvangen doorgestuurd = broker.ontvang("ijw.out.0193", id, "JW305");
        BrokerClient.Ontvangen retour = broker.ontvang("ijw.out.12345678", id, "JW306");
        for (BrokerClient.Ontvangen verstuurd : java.util.List.of(doorgestuurd, retour)) {
            assertThat(verstuurd.eigenschappen()).doesNotContainKey("x_eigen");
            // Nor the gateway's own routing: the queue it names for the JMS producer.
            assertThat(verstuurd.eigenschappen().keySet()).noneMatch(naam -> naam.startsWith("Camel") || naam.contains("Destination"));
        }
        assertThat(doorgestuurd.eigenschap("ijw_signalen")).isEmpty();
        assertThat(retour.eigenschap("ijw_signalen")).isEmpty();
        assertThat(broker.telAlles("ijw.outbox.zonder.bestemming")).as("the outbox endpoint's own queue").isZero();
    }

    @Test
    void objectMessageIsDeadLetteredWithoutBeingDeserialised() throws Exception {
        String id = broker.stuur(session -> session.createObjectMessage(new java.util.ArrayList<>(java.util.List.of("x"))));

        BrokerClient.Ontvangen dood = broker.ontvang("ijw.dlq", id);
        assertThat(dood).isNotNull();
        assertThat(dood.eigenschap("ijw_dlq_reden")).isEqualTo("ONGELDIG_JMS_BERICHT");
    }

    @Test
    void textMessageIsProcessedLikeBytes() {
        String id = broker.stuur(session -> session.createTextMessage(Voorbeelden.tekst(BerichtType.JW305)));

        assertThat(broker.ontvang("ijw.out.0193", id, "JW305")).isNotNull();
    }

    /**
     * The failure comes after the journal committed and before the JMS commit: the worst moment. The
     * redelivery finds the message in the journal and sends what was sent, exactly once.
     */
    @Test
    void failureBetweenJournalAndBrokerCommitIsRepairedByTheRedeliveryExactlyOnce() {
        String id = broker.stuur(Voorbeelden.bytes(BerichtType.JW305), Map.of(FOUT, "eerste"));

        assertThat(broker.ontvang("ijw.out.12345678", id, "JW306")).isNotNull();
        assertThat(broker.tel("ijw.out.0193", id)).isEqualTo(1);
        assertThat(broker.tel("ijw.dlq", id)).isZero();
        assertThat(journaal.vind(id)).get().extracting(b -> b.statussen().stream().map(s -> s.status()).toList())
                .isEqualTo(java.util.List.of("DOORGESTUURD", "OPNIEUW_VERSTUURD"));
    }

    @Test
    void messageFailingOnEveryAttemptIsDeadLetteredIntactWithTheReason() throws Exception {
        byte[] heen = Voorbeelden.bytes(BerichtType.JW307);
        String id = broker.stuur(heen, Map.of(FOUT, "altijd", "provider_ref", "abc"));

        BrokerClient.Ontvangen dood = broker.ontvang("ijw.dlq", id);
        assertThat(dood).isNotNull();
        assertThat(dood.inhoud()).isEqualTo(heen);
        assertThat(dood.eigenschap("ijw_dlq_reden")).isEqualTo("VERWERKINGSFOUT");
        assertThat(dood.eigenschap("ijw_dlq_melding")).contains("3 pogingen").contains("faalVoorTest");
        assertThat(dood.eigenschap("provider_ref")).isEqualTo("abc");
        assertThat(broker.tel("ijw.out.0193", id)).isZero();
        assertThat(broker.tel("ijw.out.12345678", id)).isZero();
    }

    /** A poison message is retried and dead-lettered while the messages sent after it go through. */
    @Test
    void aPoisonMessageDoesNotHoldUpOtherTraffic() {
        String gif = broker.stuur(Voorbeelden.traject().tekst(BerichtType.JW305).getBytes(StandardCharsets.UTF_8), Map.of(FOUT, "altijd"));
        java.util.List<String> anderen = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            anderen.add(broker.stuur(Voorbeelden.traject().tekst(BerichtType.JW305).getBytes(StandardCharsets.UTF_8)));
        }

        for (String id : anderen) {
            assertThat(broker.ontvang("ijw.out.0193", id, "JW305")).as("forwarded despite the poison message").isNotNull();
        }
        BrokerClient.Ontvangen dood = broker.ontvang("ijw.dlq", gif);
        assertThat(dood).isNotNull();
        assertThat(dood.eigenschap("ijw_dlq_reden")).isEqualTo("VERWERKINGSFOUT");
        assertThat(broker.tel("ijw.out.0193", gif)).isZero();
    }

    /**
     * A message whose processing committed but whose acknowledgement was lost (a broker failover
     * mid-commit) arrives again with the same message id: the broker's duplicate detection refuses
     * its second forward, the attempt rolls back, and the redelivery is only acknowledged.
     */
    @Test
    void messageArrivingAgainWithTheSameIdIsNotForwardedTwice() throws Exception {
        byte[] heen = Voorbeelden.bytes(BerichtType.JW315);
        org.apache.activemq.artemis.utils.UUID userId =
                org.apache.activemq.artemis.utils.UUIDGenerator.getInstance().generateUUID();
        String id = TrackingId.van("ID:" + userId);
        try (ServerLocator locator = ActiveMQClient.createServerLocator("tcp://127.0.0.1:" + brokerPort());
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession("12345678", BrokerGebruikers.ONTWIKKELWACHTWOORD, false, true, true,
                     false, ActiveMQClient.DEFAULT_ACK_BATCH_SIZE)) {
            var producer = session.createProducer("ijw.in");
            for (int i = 0; i < 2; i++) {
                ClientMessage message = session.createMessage(org.apache.activemq.artemis.api.core.Message.BYTES_TYPE, true);
                message.setUserID(userId);
                message.getBodyBuffer().writeBytes(heen);
                producer.send(message);
                if (i == 0) {
                    await().atMost(Duration.ofSeconds(20)).until(() -> broker.tel("ijw.out.12345678", id) == 1);
                }
            }
        }
        var in = embedded.getActiveMQServer().locateQueue("ijw.in");
        await().atMost(Duration.ofSeconds(20)).until(() -> in.getMessageCount() == 0 && in.getDeliveringCount() == 0);

        assertThat(broker.tel("ijw.out.0193", id)).as("doorgestuurd").isEqualTo(1);
        assertThat(broker.tel("ijw.out.12345678", id)).as("retour").isEqualTo(1);
        assertThat(broker.tel("ijw.dlq", id)).as("dead letter").isZero();
    }

    static void assertSimilar(String verwacht, byte[] retour) {
        Diff diff = DiffBuilder.compare(new StreamSource(new java.io.File("src/test/resources/retouren/" + verwacht + ".xml")))
                .withTest(Voorbeelden.origineel(retour))
                .ignoreWhitespace()
                .checkForSimilar()
                .withNodeFilter(n -> !(n instanceof org.w3c.dom.Element e)
                        || !(e.getLocalName().equals("IdentificatieRetour") || e.getLocalName().equals("DagtekeningRetour")
                                || e.getLocalName().equals("Identificatie")))
                .build();
        assertThat(diff.hasDifferences()).as("%s: %s", verwacht, diff).isFalse();
    }
}
