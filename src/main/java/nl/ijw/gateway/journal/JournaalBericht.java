package nl.ijw.gateway.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A journaled message as operators and senders see it: metadata, status history, links; never a BSN. */
public record JournaalBericht(
        String id,
        String richting,
        String berichttype,
        String afzender,
        String ontvanger,
        String identificatie,
        LocalDate dagtekening,
        String kanaal,
        String status,
        String dlqReden,
        List<String> retourcodes,
        List<String> signalen,
        String heenberichtId,
        boolean payloadBewaard,
        Instant ontvangenOp,
        List<Status> statussen,
        Map<String, List<String>> sleutels) {

    /** One step in the status history. */
    public record Status(Instant tijdstip, String status, String toelichting) {
    }
}
