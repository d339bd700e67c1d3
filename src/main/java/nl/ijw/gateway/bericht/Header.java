package nl.ijw.gateway.bericht;

import java.util.regex.Pattern;

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

    private static final Pattern PARTIJCODE = Pattern.compile("\\d{4}|\\d{8}");

    /** A gemeentecode (4 digits) or AGB code (8 digits); a broken header may hold anything else. */
    public static boolean isPartijcode(String waarde) {
        return waarde != null && PARTIJCODE.matcher(waarde).matches();
    }
}
