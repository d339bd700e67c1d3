package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.access.BrokerGebruikers;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.intake.TrackingId;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * Two starts with the same key for one client, sent together so the gateway's two consumers take
 * them at the same moment: one is judged after the other, so exactly one of each pair stands and the
 * other is refused with 9074 (TR074). Without one-client-at-a-time both could be judged against a
 * state that holds neither, and both would be accepted.
 */
class KlantVolgordeFlowTest extends GatewayTest {

    private static final int PAREN = 15;

    @Test
    void twoConflictingStartsOfOneClientSentTogetherAreJudgedOneAfterTheOther() throws Exception {
        List<String[]> paren = new ArrayList<>();
        try (Connection verbinding = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + brokerPort())
                .createConnection("12345678", BrokerGebruikers.ONTWIKKELWACHTWOORD)) {
            Session session = verbinding.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue("ijw.in"));
            for (int i = 0; i < PAREN; i++) {
                Voorbeelden.Traject client = Voorbeelden.traject();
                String eerste = client.tekst(BerichtType.JW305);
                String tweede = client.tekst(BerichtType.JW305);
                assertThat(Voorbeelden.identificatie(tweede.getBytes(StandardCharsets.UTF_8)))
                        .isNotEqualTo(Voorbeelden.identificatie(eerste.getBytes(StandardCharsets.UTF_8)));
                paren.add(new String[] {stuur(session, producer, eerste), stuur(session, producer, tweede)});
            }
            // One commit: the pairs arrive together, and the two consumers take the two of a pair at once.
            session.commit();
        }
        for (String[] paar : paren) {
            List<String> codes = new ArrayList<>();
            for (String id : paar) {
                var retour = broker.ontvang("ijw.out.12345678", id, "JW306");
                assertThat(retour).as("retour of %s", id).isNotNull();
                String tekst = new String(retour.inhoud(), StandardCharsets.UTF_8);
                codes.add(tekst.contains("<RetourCode>9074</RetourCode>") ? "9074" : tekst.contains("<RetourCode>0200</RetourCode>") ? "0200"
                        : "anders");
            }
            assertThat(codes).as("one stands, the other repeats its key").containsExactlyInAnyOrder("0200", "9074");
        }
    }

    private static String stuur(Session session, MessageProducer producer, String tekst) throws Exception {
        BytesMessage bericht = session.createBytesMessage();
        bericht.writeBytes(tekst.getBytes(StandardCharsets.UTF_8));
        producer.send(bericht);
        return TrackingId.van(bericht.getJMSMessageID());
    }
}
