package nl.ijw.gateway.rules;

import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import org.w3c.dom.Element;

/** What CD066, CD067 and CD068 ask of a Verwijzer: which of ZorgverlenerCode and Naam its Type asks for. */
final class VerwijzerRegels {

    /** Types of referrer that have an AGB code: huisarts, jeugdarts, gecertificeerde instelling, medisch specialist. */
    private static final Set<String> MET_ZORGVERLENERCODE = Set.of("02", "03", "04", "05");

    private VerwijzerRegels() {
    }

    static boolean metZorgverlenercode(Element verwijzer) {
        return Bericht.tekst(verwijzer, "Type").filter(MET_ZORGVERLENERCODE::contains).isPresent();
    }

    /** CD066: with a ZorgverlenerCode, no Naam. */
    static Optional<Voorwaarde.Overtreding> geenNaamBijCode(Element verwijzer) {
        return metZorgverlenercode(verwijzer) && Voorwaarde.heeft(verwijzer, "ZorgverlenerCode") && Voorwaarde.heeft(verwijzer, "Naam")
                ? Optional.of(new Voorwaarde.Overtreding(Voorwaarde.kind(verwijzer, "Naam"),
                        "Naam moet leeg blijven: de verwijzer heeft een ZorgverlenerCode."))
                : Optional.empty();
    }

    /** CD067: without a ZorgverlenerCode, a Naam. */
    static Optional<Voorwaarde.Overtreding> naamZonderCode(Element verwijzer) {
        return metZorgverlenercode(verwijzer) && !Voorwaarde.heeft(verwijzer, "ZorgverlenerCode") && !Voorwaarde.heeft(verwijzer, "Naam")
                ? Optional.of(new Voorwaarde.Overtreding(verwijzer, "Naam ontbreekt; die is verplicht zonder ZorgverlenerCode."))
                : Optional.empty();
    }

    /** CD068: another Type has no ZorgverlenerCode. */
    static Optional<Voorwaarde.Overtreding> geenCodeBijAnderType(Element verwijzer) {
        return !metZorgverlenercode(verwijzer) && Voorwaarde.heeft(verwijzer, "ZorgverlenerCode")
                ? Optional.of(new Voorwaarde.Overtreding(Voorwaarde.kind(verwijzer, "ZorgverlenerCode"), "ZorgverlenerCode moet leeg "
                        + "blijven bij Type " + Bericht.tekst(verwijzer, "Type").orElse("?") + "."))
                : Optional.empty();
    }
}
