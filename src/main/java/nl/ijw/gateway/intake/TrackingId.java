package nl.ijw.gateway.intake;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The gateway's tracking ids. A received message's id follows from its JMS message id alone, so every
 * redelivery of it gets the same one. Where that JMS id is a time-based UUID (as every Artemis client
 * makes them), the tracking id starts with the moment in it, in the layout of a UUID version 7: 48 bits
 * of Unix milliseconds, then bits of a name-based hash. Ids of later messages then sort after those of
 * earlier ones, so the journal's keys and the keys of every table that refers to a message grow at
 * their end. Random ids made each new entry rewrite a page somewhere in the middle of every one of
 * those indexes: on the embedded database that was a third of the journal's cost.
 */
public final class TrackingId {

    /** 100-ns intervals between the start of the Gregorian calendar (UUID time) and the Unix epoch. */
    private static final long GREGORIAAN_TOT_UNIX = 0x01B21DD213814000L;
    private static final String JMS_PREFIX = "ID:";

    private TrackingId() {
    }

    /** The tracking id of a received message. */
    public static String van(String jmsMessageId) {
        long millis = tijdstip(jmsMessageId);
        UUID hash = naamUuid(jmsMessageId);
        return millis < 0 ? hash.toString() : versie7(millis, hash).toString();
    }

    /**
     * The id of a message the gateway writes for a received one (its retour, an answer): fixed by the
     * received message's id and the kind, and sorting with it.
     */
    public static String afgeleid(String berichtId, String soort) {
        UUID hash = naamUuid(berichtId + ":" + soort);
        UUID ouder;
        try {
            ouder = UUID.fromString(berichtId);
        } catch (IllegalArgumentException e) {
            return hash.toString();
        }
        return ouder.version() == 7 ? versie7(ouder.getMostSignificantBits() >>> 16, hash).toString() : hash.toString();
    }

    /** Milliseconds since the epoch in a JMS id "ID:" + time-based UUID; -1 for any other id. */
    private static long tijdstip(String jmsMessageId) {
        if (jmsMessageId == null || !jmsMessageId.startsWith(JMS_PREFIX)) {
            return -1;
        }
        try {
            UUID uuid = UUID.fromString(jmsMessageId.substring(JMS_PREFIX.length()));
            if (uuid.version() != 1) {
                return -1;
            }
            long millis = (uuid.timestamp() - GREGORIAAN_TOT_UNIX) / 10_000;
            return millis >= 0 && millis < (1L << 48) ? millis : -1;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return -1;
        }
    }

    private static UUID versie7(long millis, UUID hash) {
        long hoog = (millis << 16) | 0x7000L | (hash.getMostSignificantBits() & 0x0FFFL);
        long laag = (hash.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(hoog, laag);
    }

    private static UUID naamUuid(String naam) {
        return UUID.nameUUIDFromBytes(naam.getBytes(StandardCharsets.UTF_8));
    }
}
