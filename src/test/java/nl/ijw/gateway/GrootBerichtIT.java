package nl.ijw.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.ijw.gateway.access.BrokerGebruikers;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A message just under the 25 MB limit (OP179), valid, through the packaged gateway with its heap
 * limited to 512 MB: a JW301 with 60,000 allocations. It must be judged, journaled and forwarded
 * with its retour, and the gateway must stay healthy. Prints how long it took (a figure, not a target).
 */
class GrootBerichtIT {

    private static final int TOEWIJZINGEN = 60_000;
    private static final int GRENS = 25 * 1024 * 1024;

    private final int poort = GatewayProces.vrijePoort();
    private final GatewayProces gateway = new GatewayProces(Path.of("target/groot-it/data-" + System.nanoTime()),
            List.of("--ijw.broker.port=" + poort), "512m");

    @Test
    void aMessageOfNearly25MbIsProcessedWithA512MbHeap() throws Exception {
        byte[] groot = Voorbeelden.jw301MetToewijzingen(Voorbeelden.traject(), TOEWIJZINGEN).getBytes(StandardCharsets.UTF_8);
        assertThat(groot.length).as("just under the limit").isBetween(GRENS - 2 * 1024 * 1024, GRENS);
        gateway.start(1, true);
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + poort);
             Connection gemeente = factory.createConnection("0193", BrokerGebruikers.ONTWIKKELWACHTWOORD);
             Connection aanbieder = factory.createConnection("12345678", BrokerGebruikers.ONTWIKKELWACHTWOORD)) {
            gemeente.start();
            aanbieder.start();
            Session verzend = gemeente.createSession(false, Session.AUTO_ACKNOWLEDGE);
            long begin = System.nanoTime();
            try (MessageProducer producer = verzend.createProducer(verzend.createQueue("ijw.in"))) {
                BytesMessage bericht = verzend.createBytesMessage();
                bericht.writeBytes(groot);
                producer.send(bericht);
            }
            Session ontvang = aanbieder.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message doorgestuurd;
            try (MessageConsumer outbox = ontvang.createConsumer(ontvang.createQueue("ijw.out.12345678"))) {
                doorgestuurd = outbox.receive(300_000);
            }
            double seconden = (System.nanoTime() - begin) / 1e9;
            assertThat(doorgestuurd).as("forwarded").isNotNull();
            assertThat(doorgestuurd.getStringProperty("ijw_berichttype")).isEqualTo("JW301");
            assertThat(((BytesMessage) doorgestuurd).getBodyLength()).isEqualTo(groot.length);
            Session retour = gemeente.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer outbox = retour.createConsumer(retour.createQueue("ijw.out.0193"))) {
                Message jw302 = outbox.receive(60_000);
                assertThat(jw302).as("its retour").isNotNull();
                assertThat(jw302.getStringProperty("ijw_berichttype")).isEqualTo("JW302");
            }
            System.out.printf("groot bericht: JW301 van %.1f MB (%d toewijzingen), gateway met -Xmx512m: doorgestuurd na %.1f s%n",
                    groot.length / 1024.0 / 1024.0, TOEWIJZINGEN, seconden);
        }
        gateway.wachtTotGezond(java.time.Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() throws InterruptedException {
        gateway.close();
    }
}
