package nl.ijw.gateway.routing;

import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.ExchangeProperties;
import org.apache.camel.Headers;
import org.apache.camel.component.jms.JmsConstants;

/**
 * Prepares an {@link Uitgaand} for the JMS producer: the message headers become exactly its JMS
 * properties (nothing of the incoming message leaks through), the body its payload, and header
 * {@value JmsConstants#JMS_DESTINATION_NAME} its queue. The producer takes that header away before it
 * sends (Camel's headers never become JMS properties anyway): one endpoint serves every queue, where a
 * URI per queue cost each message a URI to build, normalise and parse (about 3% of the consumers' CPU
 * in a profile).
 */
public final class Outbox {

    /** Exchange property listing what this message's processing sent, for the journal. */
    public static final String VERZONDEN = "verzonden";

    @SuppressWarnings("unchecked")
    public byte[] klaarzetten(Uitgaand uitgaand, @Headers Map<String, Object> headers,
                              @ExchangeProperties Map<String, Object> eigenschappen) {
        ((List<Uitgaand>) eigenschappen.computeIfAbsent(VERZONDEN, k -> new ArrayList<Uitgaand>())).add(uitgaand);
        headers.clear();
        headers.putAll(uitgaand.eigenschappen());
        headers.put(JmsConstants.JMS_DESTINATION_NAME, uitgaand.bestemming());
        return uitgaand.inhoud();
    }
}
