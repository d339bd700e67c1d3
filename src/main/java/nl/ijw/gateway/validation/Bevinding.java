package nl.ijw.gateway.validation;

/**
 * One finding about a message: the iJw rule it breaks ({@code XML} and {@code XSD} for file and
 * schema problems), the retourcode that rule gives, where in the message (XPath from the root,
 * 1-based positions on repeating classes) and an explanation in Dutch for the sender's administrator.
 */
public record Bevinding(String regel, String retourcode, String locatie, String melding) {

    public static final String REGEL_XML = "XML";
    public static final String REGEL_XSD = "XSD";
    /** Not an iJw rule: a party the gateway's register does not know. */
    public static final String REGEL_PARTIJ = "PARTIJ";
    /** The Afzender is not a party its signed-in sender may send for. */
    public static final String REGEL_AFZENDER = "AFZENDER";
    public static final String AFGEKEURD = "0001";

    public static Bevinding xml(String melding) {
        return new Bevinding(REGEL_XML, AFGEKEURD, "/", melding);
    }
}
