package nl.ijw.gateway;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.ijw.gateway.intake.TrackingId;
import nl.ijw.gateway.operations.BrokerVerbinding;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.core.MessageCreator;

/**
 * What provider software and back offices do with the broker, for tests: put a message on
 * {@code ijw.in}, take the message about one tracking id from an outbox, count what is in a queue.
 */
@TestComponent
public class BrokerClient {

    private final JmsTemplate jms;

    public BrokerClient(JmsTemplate template) {
        // Without a consumer window, as the gateway's own dead-letter listing: a count by browsing then
        // sees the whole queue (see BrokerVerbinding.zonderVenster).
        this.jms = new JmsTemplate(new CachingConnectionFactory(BrokerVerbinding.zonderVenster(template.getConnectionFactory())));
        this.jms.setReceiveTimeout(Duration.ofSeconds(20).toMillis());
    }

    /** Sends one BytesMessage to ijw.in and returns the gateway's tracking id for it. */
    public String stuur(byte[] inhoud) {
        return stuur(inhoud, Map.of());
    }

    public String stuur(byte[] inhoud, Map<String, String> eigenschappen) {
        return stuur(session -> {
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(inhoud);
            for (var e : eigenschappen.entrySet()) {
                message.setStringProperty(e.getKey(), e.getValue());
            }
            return message;
        });
    }

    public String stuur(MessageCreator creator) {
        AtomicReference<Message> verstuurd = new AtomicReference<>();
        jms.send("ijw.in", session -> {
            Message m = creator.createMessage(session);
            verstuurd.set(m);
            return m;
        });
        try {
            return TrackingId.van(verstuurd.get().getJMSMessageID());
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Puts a message on ijw.dlq as the gateway dead-letters one whose processing failed on every
     * attempt (VERWERKINGSFOUT), with these properties besides; returns its tracking id.
     */
    public String alsVerwerkingsfout(byte[] inhoud, String berichtId, Map<String, String> eigenschappen) {
        jms.send("ijw.dlq", session -> {
            BytesMessage m = session.createBytesMessage();
            m.writeBytes(inhoud);
            m.setStringProperty("ijw_bericht_id", berichtId);
            m.setStringProperty("ijw_dlq_reden", "VERWERKINGSFOUT");
            m.setStringProperty("ijw_dlq_melding", "Verwerking mislukt na 3 pogingen: journaal tijdelijk niet bereikbaar");
            m.setStringProperty("ijw_kanaal", "jms");
            for (var e : eigenschappen.entrySet()) {
                m.setStringProperty(e.getKey(), e.getValue());
            }
            return m;
        });
        return berichtId;
    }

    /** The message about this tracking id from a queue, waiting up to 20 s; null when none came. */
    public Ontvangen ontvang(String queue, String berichtId) {
        return ontvangSelectie(queue, "ijw_bericht_id = '" + berichtId + "'");
    }

    /** Like {@link #ontvang} for one message type: the forwarded message and its retour share an id. */
    public Ontvangen ontvang(String queue, String berichtId, String berichttype) {
        return ontvang(queue, berichtId, berichttype, Duration.ofMillis(jms.getReceiveTimeout()));
    }

    /**
     * Like {@link #ontvang(String, String, String)}, waiting up to the given time: for a message that is
     * slow to judge by design (a hostile one), on a slow machine as well.
     */
    public Ontvangen ontvang(String queue, String berichtId, String berichttype, Duration wacht) {
        return ontvangSelectie(queue, "ijw_bericht_id = '" + berichtId + "' AND ijw_berichttype = '" + berichttype + "'",
                wacht.toMillis());
    }

    /** Receives and reads the message inside the session: a large message cannot be read after it closed. */
    public Ontvangen ontvangSelectie(String queue, String selector) {
        return ontvangSelectie(queue, selector, jms.getReceiveTimeout());
    }

    private Ontvangen ontvangSelectie(String queue, String selector, long wachtMillis) {
        return jms.execute(session -> {
            try (var consumer = session.createConsumer(session.createQueue(queue), selector)) {
                Message message = consumer.receive(wachtMillis);
                if (message == null) {
                    return null;
                }
                Map<String, String> eigenschappen = new java.util.HashMap<>();
                for (Object naam : Collections.list(message.getPropertyNames())) {
                    eigenschappen.put((String) naam, String.valueOf(message.getObjectProperty((String) naam)));
                }
                return new Ontvangen(inhoud(message), eigenschappen);
            }
        }, true);
    }

    /** A message taken from a queue: its payload and its properties as text. */
    public record Ontvangen(byte[] inhoud, Map<String, String> eigenschappen) {
        public String eigenschap(String naam) {
            return eigenschappen.get(naam);
        }
    }

    /** How many messages about this tracking id are in the queue now, without taking them. */
    public int tel(String queue, String berichtId) {
        return telSelectie(queue, "ijw_bericht_id = '" + berichtId + "'");
    }

    /** How many messages a queue holds now, whatever they are about. */
    public int telAlles(String queue) {
        return telSelectie(queue, null);
    }

    private int telSelectie(String queue, String selector) {
        try {
            return jms.browseSelected(queue, selector, (session, browser) -> Collections.list(browser.getEnumeration()).size());
        } catch (org.springframework.jms.InvalidDestinationException e) {
            // A queue nobody ever sent to does not exist yet: it holds nothing.
            return 0;
        }
    }

    private static byte[] inhoud(Message message) throws JMSException {
        BytesMessage bytes = (BytesMessage) message;
        byte[] inhoud = new byte[(int) bytes.getBodyLength()];
        bytes.readBytes(inhoud);
        return inhoud;
    }
}
