package nl.ijw.gateway.journal;

import java.time.Instant;

/**
 * A search in the journal; every criterion is optional and they combine with AND. A BSN is hashed
 * before it reaches the database.
 */
public record Zoekvraag(
        String berichttype,
        String afzender,
        String ontvanger,
        String status,
        Instant van,
        Instant tot,
        String identificatie,
        String toewijzingNummer,
        String referentieAanbieder,
        String retourcode,
        String bsn,
        int pagina,
        int grootte) {

    public static Zoekvraag alles() {
        return new Zoekvraag(null, null, null, null, null, null, null, null, null, null, null, 0, 50);
    }
}
