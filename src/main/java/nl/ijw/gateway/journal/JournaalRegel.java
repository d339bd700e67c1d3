package nl.ijw.gateway.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the journal records about one message when it first sees it. BSNs arrive in clear and are
 * hashed on the way in; the payload arrives in clear and is encrypted or dropped on the way in.
 *
 * @param sleutels keys linking messages of one trajectory, by kind: ToewijzingNummer, ReferentieAanbieder
 */
public record JournaalRegel(
        String id,
        Richting richting,
        String berichttype,
        String afzender,
        String ontvanger,
        String identificatie,
        LocalDate dagtekening,
        String kanaal,
        String status,
        String toelichting,
        String dlqReden,
        List<String> retourcodes,
        List<String> signalen,
        String heenberichtId,
        byte[] payload,
        Instant ontvangenOp,
        List<String> bsns,
        Map<String, List<String>> sleutels) {

    public enum Richting {
        /** Received by the gateway. */
        IN,
        /** Written by the gateway: a retour, or an answer on a municipality's behalf. */
        UIT
    }
}
