package nl.ijw.gateway.regions;

/**
 * A municipality the gateway serves.
 *
 * @param code     CBS gemeentecode, four digits
 * @param regio    code of the region whose agreements apply
 * @param outbox   the queue its messages go to
 * @param retouren who writes the retours of messages sent to it
 */
public record Gemeente(String code, String naam, String regio, String outbox, RetourSchrijver retouren) {

    public enum RetourSchrijver {
        /** The gateway answers every heenbericht (the default). */
        GATEWAY,
        /** The municipality writes its own retours; the gateway checks and routes them. */
        ZELF
    }
}
