package nl.ijw.gateway.intake;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.ijw.gateway.deadletter.DlqReden;

/**
 * A message as it came in, before anything is known about its content.
 *
 * @param berichtId  the gateway's tracking id; stable across redeliveries of the same message
 * @param inhoud     the payload exactly as received
 * @param kanaal     how it came in: jms, http or map (drop folder)
 * @param poging     delivery attempt, 1 on first delivery
 * @param eigenschappen the JMS properties it arrived with, kept for the dead-letter queue
 * @param ongeldig   set when the message is not to be processed: unreadable transport, or its
 *                   attempts used up
 * @param melding    the explanation that goes with {@code ongeldig}
 * @param eerder     whether this message was seen before: journaled (send again) or delivered
 */
public record Ontvangst(
        String berichtId,
        byte[] inhoud,
        String kanaal,
        Instant ontvangen,
        int poging,
        Map<String, Object> eigenschappen,
        DlqReden ongeldig,
        String melding,
        Eerder eerder) {

    /** What the gateway knows about an earlier delivery of this very message. */
    public enum Eerder {
        /** Not seen before. */
        NIET,
        /** Journaled, but the JMS commit did not follow: what was sent is sent again. */
        VERWERKT,
        /** Delivered: the broker refused its output as a duplicate, so it is only acknowledged. */
        AFGELEVERD
    }

    /**
     * The signed-in party user that sent it, when it came from a party over the broker (or the gateway
     * passed on who sent it): its Afzender must be one of that user's parties. Empty for the gateway's
     * own intake and for a broker that does not say who sent.
     */
    public Optional<String> verzender() {
        return Optional.ofNullable(eigenschappen.get(VERZENDER)).map(Object::toString);
    }

    /** JMS property: the signed-in sender, set by the gateway only (a party's own value is replaced). */
    public static final String VERZENDER = "ijw_verzender";

    public Optional<DlqReden> ongeldigReden() {
        return Optional.ofNullable(ongeldig);
    }
}
