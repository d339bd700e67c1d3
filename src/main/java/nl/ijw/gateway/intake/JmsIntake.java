package nl.ijw.gateway.intake;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.ijw.gateway.access.BrokerToegang;
import nl.ijw.gateway.deadletter.DlqReden;
import nl.ijw.gateway.journal.JournaalStap;
import nl.ijw.gateway.validation.Volgorde;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Turns what arrives on {@code ijw.in} into an {@link Ontvangst}. The route hands over the raw JMS
 * message, so an ObjectMessage is never deserialised: only bytes and text are read.
 */
public final class JmsIntake {

    /** Set by the broker on every message: the user its sender signed in as (populate-validated-user). */
    static final String GEVALIDEERDE_GEBRUIKER = "_AMQ_VALIDATED_USER";

    /** JMS property naming the intake channel; set by the gateway's own HTTP and folder intake. */
    public static final String KANAAL = "ijw_kanaal";

    private final Set<String> gateway;
    private final long maxBytes;
    private final int maxPogingen;
    private final Verwerkingsfouten fouten;
    private final JournaalStap journaal;
    private final Volgorde volgorde;

    public JmsIntake(long maxBytes, int maxPogingen, Verwerkingsfouten fouten, JournaalStap journaal) {
        this(maxBytes, maxPogingen, fouten, journaal, Set.of(BrokerToegang.GATEWAY), Volgorde.GEEN);
    }

    /**
     * @param gateway  the broker user names the gateway itself sends as: on its own broker
     *                 {@link BrokerToegang#GATEWAY}, on an external broker also spring.artemis.user
     * @param volgorde what validation takes per client; let go when the message's exchange ends
     */
    public JmsIntake(long maxBytes, int maxPogingen, Verwerkingsfouten fouten, JournaalStap journaal, Set<String> gateway,
                     Volgorde volgorde) {
        this.volgorde = volgorde;
        this.gateway = Set.copyOf(gateway);
        this.maxBytes = maxBytes;
        this.maxPogingen = maxPogingen;
        this.fouten = fouten;
        this.journaal = journaal;
    }

    public Ontvangst ontvang(Message message, Exchange exchange) throws JMSException {
        // Whatever validation takes for this message's client is let go when the exchange ends, after
        // the journal step committed its state, on success and failure alike.
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange klaar) {
                volgorde.ontgrendel();
            }
        });
        // The JMS message id stays the same across redeliveries, and so does the tracking id.
        String berichtId = TrackingId.van(message.getJMSMessageID());
        fouten.begin(berichtId);
        int poging = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        Map<String, Object> eigenschappen = eigenschappen(message);
        String kanaal = message.propertyExists(KANAAL) ? message.getStringProperty(KANAAL) : "jms";
        // The broker names who signed in to send it. The gateway's own properties are believed only
        // from the gateway itself: a party's software cannot pass itself off as another sender or channel.
        String gevalideerd = message.getStringProperty(GEVALIDEERDE_GEBRUIKER);
        if (gevalideerd != null && !gateway.contains(gevalideerd)) {
            eigenschappen.put(Ontvangst.VERZENDER, gevalideerd);
            kanaal = "jms";
        } else if (gevalideerd == null) {
            eigenschappen.remove(Ontvangst.VERZENDER);
        }
        // A client may switch message timestamps off; then the moment of intake is the receipt time.
        Instant ontvangen = message.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(message.getJMSTimestamp()) : Instant.now();
        if (poging > maxPogingen) {
            // The attempts are used up: this delivery only dead-letters, in a transaction of its own,
            // so nothing a failed attempt sent can ever be committed beside the dead letter.
            return new Ontvangst(berichtId, leesInhoud(message), kanaal, ontvangen, poging, eigenschappen,
                    DlqReden.VERWERKINGSFOUT, "Verwerking mislukt na " + maxPogingen + " pogingen: "
                            + fouten.laatste(berichtId), Ontvangst.Eerder.NIET);
        }
        if (message instanceof BytesMessage bytes) {
            long lengte = bytes.getBodyLength();
            // Somewhat too large is read, so the dead-letter queue keeps it intact; far too large is
            // not read into memory at all and is dead-lettered without its payload.
            if (lengte > 2 * maxBytes) {
                return new Ontvangst(berichtId, new byte[0], kanaal, ontvangen, poging, eigenschappen, DlqReden.TE_GROOT,
                        "Het bericht is " + lengte + " bytes, meer dan twee keer de grens van " + maxBytes
                                + " bytes (OP179), en is daarom niet gelezen.", Ontvangst.Eerder.NIET);
            }
        }
        if (message instanceof BytesMessage || message instanceof TextMessage) {
            return new Ontvangst(berichtId, leesInhoud(message), kanaal, ontvangen, poging, eigenschappen, null, null,
                    eerder(berichtId, poging));
        }
        return new Ontvangst(berichtId, new byte[0], kanaal, ontvangen, poging, eigenschappen,
                DlqReden.ONGELDIG_JMS_BERICHT,
                "Alleen een JMS BytesMessage of TextMessage met één iJw-bericht wordt verwerkt.", Ontvangst.Eerder.NIET);
    }

    /**
     * Whether this very message was seen before. The journal is asked on every delivery, not only on
     * redeliveries: after a broker restart the delivery count starts again at 1 (the crash test
     * found a message journaled before the crash and then judged as new, and so refused by TR056).
     */
    private Ontvangst.Eerder eerder(String berichtId, int poging) {
        if (poging > 1 && fouten.isAlAfgeleverd(berichtId)) {
            return Ontvangst.Eerder.AFGELEVERD;
        }
        return journaal.eerderVerwerkt(berichtId) ? Ontvangst.Eerder.VERWERKT : Ontvangst.Eerder.NIET;
    }

    /** The body of a BytesMessage or TextMessage (as UTF-8); empty for any other kind. */
    public static byte[] leesInhoud(Message message) throws JMSException {
        if (message instanceof BytesMessage bytes) {
            bytes.reset();
            byte[] inhoud = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(inhoud);
            return inhoud;
        }
        if (message instanceof TextMessage text && text.getText() != null) {
            return text.getText().getBytes(StandardCharsets.UTF_8);
        }
        return new byte[0];
    }

    /** The properties a client set; not the JMS-defined (JMSX) nor the broker's own (_AMQ) ones. */
    public static Map<String, Object> eigenschappen(Message message) throws JMSException {
        Map<String, Object> eigenschappen = new LinkedHashMap<>();
        for (Object naam : Collections.list(message.getPropertyNames())) {
            String n = (String) naam;
            if (!n.startsWith("JMSX") && !n.startsWith("_AMQ")) {
                eigenschappen.put(n, message.getObjectProperty(n));
            }
        }
        return eigenschappen;
    }
}
