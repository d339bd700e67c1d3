package nl.ijw.gateway.deadletter;

import java.time.Instant;

/** Which dead letters an operator means: every field that is set must match; null matches anything. */
public record DlqFilter(String reden, String berichttype, String afzender, String ontvanger, Instant van, Instant tot) {

    public static final DlqFilter ALLES = new DlqFilter(null, null, null, null, null, null);

    public boolean past(DodeLetter d) {
        return gelijk(reden, d.reden()) && gelijk(berichttype, d.berichttype()) && gelijk(afzender, d.afzender())
                && gelijk(ontvanger, d.ontvanger())
                && (van == null || !d.tijdstip().isBefore(van))
                && (tot == null || d.tijdstip().isBefore(tot));
    }

    private static boolean gelijk(String gevraagd, String waarde) {
        return gevraagd == null || gevraagd.isBlank() || gevraagd.equals(waarde);
    }
}
