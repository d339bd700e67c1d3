package nl.ijw.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.intake.TrackingId;
import nl.ijw.gateway.journal.Journaal;
import nl.ijw.gateway.journal.JournaalBericht;
import nl.ijw.gateway.journal.JournaalStap;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The broker's sign-in and permissions, over TCP as provider software and back offices connect, with
 * the development users of the README (every party signs in as its code with the password
 * "ontwikkeling"): a party sends only to ijw.in and reads only its own outbox, and a message whose
 * Afzender is not the signed-in party's is refused with a retour to the party that really sent it.
 */
class BrokerToegangTest extends GatewayTest {

    private static final String AANBIEDER = "12345678";
    private static final String ZWOLLE = "0193";
    private static final String DEVENTER = "0150";

    @Autowired
    private Journaal journaal;

    private static Connection verbind(String naam, String wachtwoord) throws JMSException {
        Connection verbinding = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + brokerPort()).createConnection(naam, wachtwoord);
        verbinding.start();
        return verbinding;
    }

    /** Sends as this party user to this address; returns the gateway's tracking id. */
    private static String stuur(Connection verbinding, String adres, String xml, Map<String, String> eigenschappen) throws JMSException {
        try (Session session = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createQueue(adres))) {
            BytesMessage bericht = session.createBytesMessage();
            bericht.writeBytes(xml.getBytes(StandardCharsets.UTF_8));
            for (var e : eigenschappen.entrySet()) {
                bericht.setStringProperty(e.getKey(), e.getValue());
            }
            producer.send(bericht);
            return TrackingId.van(bericht.getJMSMessageID());
        }
    }

    private static Message ontvang(Connection verbinding, String outbox, String berichtId) throws JMSException {
        try (Session session = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
             var consumer = session.createConsumer(session.createQueue(outbox), "ijw_bericht_id = '" + berichtId + "'")) {
            return consumer.receive(Duration.ofSeconds(20).toMillis());
        }
    }

    @Test
    void withoutOrWithAWrongPasswordTheBrokerRefusesTheConnection() {
        assertThatThrownBy(() -> verbind(null, null).close()).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> verbind(AANBIEDER, "fout").close()).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> verbind("99999999", BrokerGebruikers.ONTWIKKELWACHTWOORD).close())
                .as("no party in the register").isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void aPartySendsToIjwInAndReadsItsOwnOutboxOnly() throws Exception {
        String xml = Voorbeelden.traject().tekst(BerichtType.JW315);
        try (Connection aanbieder = verbind(AANBIEDER, BrokerGebruikers.ONTWIKKELWACHTWOORD)) {
            String id = stuur(aanbieder, "ijw.in", xml, Map.of());

            await().atMost(Duration.ofSeconds(20)).until(() -> broker.tel("ijw.out." + ZWOLLE, id) == 1);
            Message retour = ontvang(aanbieder, "ijw.out." + AANBIEDER, id);
            assertThat(retour).as("its own retour, taken as itself").isNotNull();
            assertThat(retour.getStringProperty("ijw_berichttype")).isEqualTo("JW316");

            assertThatThrownBy(() -> stuur(aanbieder, "ijw.out." + ZWOLLE, xml, Map.of())).as("straight into an outbox")
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> ontvang(aanbieder, "ijw.out." + ZWOLLE, id)).as("another party's outbox")
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> ontvang(aanbieder, "ijw.dlq", id)).isInstanceOf(JMSSecurityException.class);
        }
    }

    @Test
    void anOperatorMayNotSendOrTake() throws Exception {
        try (Connection beheer = verbind(BrokerGebruikers.ONTWIKKELBEHEERDER, BrokerGebruikers.ONTWIKKELWACHTWOORD)) {
            assertThatThrownBy(() -> stuur(beheer, "ijw.in", Voorbeelden.tekst(BerichtType.JW315), Map.of()))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> ontvang(beheer, "ijw.out." + AANBIEDER, "x")).isInstanceOf(JMSSecurityException.class);
        }
    }

    /**
     * Deventer's software sends an allocation in Zwolle's name, with the gateway's own properties set
     * to pass for another sender and channel: refused, its retour (header only, no client) to
     * Deventer, nothing to the provider, journaled as a security event, and Zwolle's Identificatie
     * is not used up.
     */
    @Test
    void aMessageInAnotherPartysNameIsRefusedWithARetourToItsRealSender() throws Exception {
        String xml = Voorbeelden.traject().tekst(BerichtType.JW301);
        assertThat(xml).contains("<Afzender>" + ZWOLLE + "</Afzender>");
        String id;
        try (Connection deventer = verbind(DEVENTER, BrokerGebruikers.ONTWIKKELWACHTWOORD)) {
            id = stuur(deventer, "ijw.in", xml, Map.of("ijw_verzender", ZWOLLE, "ijw_kanaal", "http"));
            Message retour = ontvang(deventer, "ijw.out." + DEVENTER, id);
            assertThat(retour).as("the retour goes to the real sender").isNotNull();
            byte[] inhoud = new byte[(int) ((BytesMessage) retour).getBodyLength()];
            ((BytesMessage) retour).readBytes(inhoud);
            String tekst = new String(inhoud, StandardCharsets.UTF_8);
            assertThat(tekst).contains("<RetourCode>0001</RetourCode>").doesNotContain("<Client>").doesNotContain("Bsn");
        }
        assertThat(broker.tel("ijw.out." + AANBIEDER, id)).as("never forwarded").isZero();
        assertThat(broker.tel("ijw.out." + ZWOLLE, id)).isZero();
        JournaalBericht journaalregel = journaal.vind(id).orElseThrow();
        assertThat(journaalregel.status()).isEqualTo(JournaalStap.AFZENDER_GEWEIGERD);
        assertThat(journaalregel.kanaal()).as("the party's own ijw_kanaal is not believed").isEqualTo("jms");
        assertThat(journaalregel.statussen().get(0).toelichting()).contains("aangemelde verzender " + DEVENTER);

        String echt = broker.stuur(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(broker.ontvang("ijw.out." + AANBIEDER, echt, "JW301")).as("Zwolle's own message, same Identificatie")
                .isNotNull();
    }

    @Test
    void theGatewaysOwnConnectionsAreSignedInAsTheGateway() throws Exception {
        String id = broker.stuur(Voorbeelden.traject().tekst(BerichtType.JW315).getBytes(StandardCharsets.UTF_8));

        try (Connection aanbieder = verbind(AANBIEDER, BrokerGebruikers.ONTWIKKELWACHTWOORD)) {
            Message retour = ontvang(aanbieder, "ijw.out." + AANBIEDER, id);
            assertThat(retour).isNotNull();
            assertThat(retour.getStringProperty("_AMQ_VALIDATED_USER")).as("sent by the gateway").isEqualTo(BrokerToegang.GATEWAY);
        }
    }

    @Test
    void signingInAsTheGatewayFromOutsideIsRefused() {
        assertThatThrownBy(() -> verbind(BrokerToegang.GATEWAY, "").close()).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> verbind(BrokerToegang.GATEWAY, null).close()).isInstanceOf(JMSSecurityException.class);
    }
}
