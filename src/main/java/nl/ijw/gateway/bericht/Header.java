package nl.ijw.gateway.bericht;

/**
 * The header fields every iJw message carries. Values are as found in the message (null when
 * absent), so a header of a message that failed XSD validation can still be inspected.
 */
public record Header(
        String berichtCode,
        String berichtVersie,
        String berichtSubversie,
        String afzender,
        String ontvanger,
        String identificatie,
        String dagtekening,
        String basisschemaXsdVersie,
        String berichtXsdVersie) {

    /** A gemeentecode (4 digits) or AGB code (8 digits); a broken header may hold anything else. */
    public static boolean isPartijcode(String waarde) {
        return waarde != null && waarde.matches("\\d{4}|\\d{8}");
    }
}
