package nl.ijw.gateway.bericht;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The iJw 3.2 message types the gateway handles, with the facts of the standard that routing and
 * retour building need: BerichtCode, the retour type of each heenbericht and the message classes
 * (berichtklassen) that carry their own RetourCodes in that retour.
 */
public enum BerichtType {
    JW302("437", null, List.of("Client", "Relatie", "Contact", "ToegewezenProduct")),
    JW306("439", null, List.of("Client", "StartProduct")),
    JW308("441", null, List.of("Client", "StopProduct")),
    JW316("447", null, List.of("Client", "AangevraagdProduct")),
    JW318("487", null, List.of("Client", "Verzoek", "OngewijzigdProduct", "TeWijzigenProduct", "NieuwProduct")),
    JW320("489", null, List.of("Antwoord", "Woonplaatsbeginsel")),
    JW301("436", JW302, JW302.klassen),
    JW305("438", JW306, JW306.klassen),
    JW307("440", JW308, JW308.klassen),
    JW315("446", JW316, JW316.klassen),
    JW317("486", JW318, JW318.klassen),
    JW319("488", JW320, JW320.klassen);

    public static final String RELEASE_NAMESPACE = "http://www.istandaarden.nl/ijw/3_2/";
    public static final String BASISSCHEMA_NAMESPACE = RELEASE_NAMESPACE + "basisschema/schema";
    public static final String BERICHT_VERSIE = "3";
    public static final String BERICHT_SUBVERSIE = "2";

    private final String berichtCode;
    private final BerichtType retourType;
    private final List<String> klassen;

    BerichtType(String berichtCode, BerichtType retourType, List<String> klassen) {
        this.berichtCode = berichtCode;
        this.retourType = retourType;
        this.klassen = klassen;
    }

    public String berichtCode() {
        return berichtCode;
    }

    public String namespace() {
        return RELEASE_NAMESPACE + name().toLowerCase() + "/schema";
    }

    /** Heenberichten are answered with a retour; retour messages themselves are not. */
    public boolean isHeenbericht() {
        return retourType != null;
    }

    public Optional<BerichtType> retourType() {
        return Optional.ofNullable(retourType);
    }

    /** Element names of the classes that get RetourCodes in the retour of this message (OP065). */
    public List<String> klassen() {
        return klassen;
    }

    /** For a retour message: the heenbericht it answers. */
    public Optional<BerichtType> heenType() {
        return Arrays.stream(values()).filter(t -> t.retourType == this).findFirst();
    }

    public static Optional<BerichtType> vanNamespace(String namespace) {
        return Arrays.stream(values()).filter(t -> t.namespace().equals(namespace)).findFirst();
    }
}
