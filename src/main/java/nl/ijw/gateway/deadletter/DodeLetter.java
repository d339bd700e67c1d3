package nl.ijw.gateway.deadletter;

import java.time.Instant;

/**
 * One message on {@code ijw.dlq}, as operators see it in a list: why it is there, what it is and where
 * it came from. Its payload is read only for the details of one dead letter.
 *
 * @param id        the dead letter's own id on the queue (its JMS message id without "ID:")
 * @param berichtId the gateway's tracking id of the message it concerns
 * @param herkomst  the queue it came from: ijw.in for the gateway's own dead letters, an outbox for
 *                  a message the broker moved after its receiver failed to take it
 */
public record DodeLetter(String id, String berichtId, String reden, String melding, String berichttype,
                         String afzender, String ontvanger, String identificatie, String herkomst,
                         Instant tijdstip, long grootte) {
}
