package nl.ijw.gateway.regions;

/** What a regional policy does when its condition holds (REGIONAL.md). */
public enum Actie {
    /** Answer the request with JW319 VerzoekAntwoord 1 on the municipality's behalf; not forwarded. */
    AFWIJZEN,
    /** Answer with JW319 VerzoekAntwoord 2 (in onderzoek); the request is forwarded. */
    ONDERZOEK,
    /** Forward with the policy's code in {@code ijw_signalen}. */
    SIGNAAL,
    /** Count only (a metric); the message goes on unchanged. */
    RAPPORT
}
