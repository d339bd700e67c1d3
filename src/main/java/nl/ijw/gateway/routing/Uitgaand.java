package nl.ijw.gateway.routing;

import java.util.Map;

/** One message the gateway writes: to which queue, the payload, and its JMS properties. */
public record Uitgaand(String bestemming, byte[] inhoud, Map<String, Object> eigenschappen) {
}
