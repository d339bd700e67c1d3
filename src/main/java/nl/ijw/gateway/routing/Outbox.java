package nl.ijw.gateway.routing;

import java.util.Map;
import org.apache.camel.Headers;

/**
 * Prepares an {@link Uitgaand} for the JMS producer: the message headers become exactly its JMS
 * properties (nothing of the incoming message leaks through), the body its payload.
 */
public final class Outbox {

    public byte[] klaarzetten(Uitgaand uitgaand, @Headers Map<String, Object> headers) {
        headers.clear();
        headers.putAll(uitgaand.eigenschappen());
        return uitgaand.inhoud();
    }
}
