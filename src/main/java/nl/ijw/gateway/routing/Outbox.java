package nl.ijw.gateway.routing;

import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.ExchangeProperties;
import org.apache.camel.Headers;

/**
 * Prepares an {@link Uitgaand} for the JMS producer: the message headers become exactly its JMS
 * properties (nothing of the incoming message leaks through), the body its payload, exchange
 * property {@value #BESTEMMING} its queue.
 */
public final class Outbox {

    /** Exchange property listing what this message's processing sent, for the journal. */
    public static final String VERZONDEN = "verzonden";

    /** Exchange property naming the queue the prepared message goes to. */
    public static final String BESTEMMING = "bestemming";

    @SuppressWarnings("unchecked")
    public byte[] klaarzetten(Uitgaand uitgaand, @Headers Map<String, Object> headers,
                              @ExchangeProperties Map<String, Object> eigenschappen) {
        ((List<Uitgaand>) eigenschappen.computeIfAbsent(VERZONDEN, k -> new ArrayList<Uitgaand>())).add(uitgaand);
        eigenschappen.put(BESTEMMING, uitgaand.bestemming());
        headers.clear();
        headers.putAll(uitgaand.eigenschappen());
        return uitgaand.inhoud();
    }
}
