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
}
