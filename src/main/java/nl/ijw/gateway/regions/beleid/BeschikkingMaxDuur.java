package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;
import org.w3c.dom.Element;

/**
 * Lochem 002-08..10: a decision is issued for at most a year; some products (dyslexia and EPA by the
 * regionally agreed duration, pleegzorg until majority) may run longer. A JW301 meets the condition
 * when one of its ToegewezenProducten, not exempt, runs longer than {@code max-maanden} months.
 *
 * <p>Ingangsdatum and Einddatum both belong to the period (iJw dates are inclusive). A period of n
 * months ends on the day before the same day number n months later, or, when that month has no such
 * day, on its last day: 12 months from 1 November 2026 run to 31 October 2027, from 1 March 2023 to
 * 29 February 2024, from 29 February 2024 to 28 February 2025. An Einddatum after that last day is too
 * long. So is no Einddatum at all: an open-ended allocation outlasts any maximum, and the policy only
 * signals, so the municipality can confirm it was meant (002-08 allows longer with a good reason).
 *
 * <p>Parameters: {@code max-maanden}, a whole number of months, 1 or more; {@code uitgezonderd}, a
 * list of product codes that may run longer. The list is required but may be empty, so a region file
 * says explicitly which products 002-09/10 exempt, or that it has not named them yet.
 */
public final class BeschikkingMaxDuur extends InstelbareSoort<BeschikkingMaxDuur.Instellingen> {

    static final String MAX_MAANDEN = "max-maanden";
    static final String UITGEZONDERD = "uitgezonderd";

    private static final ParameterLezer.Vorm MAANDEN = new ParameterLezer.Vorm("0*[1-9]\\d{0,3}", "geheel aantal maanden (1 t/m 9999)");
    /** Wider than {@link ParameterLezer#PRODUCTCODE}: narrowing it could refuse a region file that loads today. */
    private static final ParameterLezer.Vorm PRODUCTCODE = new ParameterLezer.Vorm("\\S{1,5}", "productcode (1 tot 5 tekens, zonder spaties)");

    record Instellingen(int maxMaanden, Set<String> uitgezonderd) {
    }

    @Override
    public String soort() {
        return "beschikking-max-duur";
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW301);
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        Instellingen instellingen = instellingen(versie);
        return bericht.type() == BerichtType.JW301 && bericht.alle("ToegewezenProduct").stream()
                .filter(product -> Bericht.tekst(product, "Product", "Code").filter(instellingen.uitgezonderd()::contains).isEmpty())
                .anyMatch(product -> teLang(product, instellingen.maxMaanden()));
    }

    private static boolean teLang(Element product, int maxMaanden) {
        Optional<LocalDate> ingang = Bericht.datum(product, "Ingangsdatum");
        if (ingang.isEmpty()) {
            return false;
        }
        if (Bericht.kind(product, "Einddatum").isEmpty()) {
            return true;
        }
        return Bericht.datum(product, "Einddatum").map(eind -> eind.isAfter(laatsteDag(ingang.get(), maxMaanden))).orElse(false);
    }

    /** The last day of a period of {@code maanden} months that starts on {@code ingang}. */
    static LocalDate laatsteDag(LocalDate ingang, int maanden) {
        LocalDate zelfdeDag = ingang.plusMonths(maanden);
        // plusMonths clamps to the month's last day when the day number does not exist there.
        return zelfdeDag.getDayOfMonth() < ingang.getDayOfMonth() ? zelfdeDag : zelfdeDag.minusDays(1);
    }

    @Override
    protected Instellingen lees(ParameterLezer lezer) {
        int maxMaanden = lezer.getal(MAX_MAANDEN, MAANDEN, "het aantal maanden, bijvoorbeeld \"12\"").orElse(0);
        Set<String> uitgezonderd = lezer.lijstMagLeeg(UITGEZONDERD, "productcodes", PRODUCTCODE,
                "de productcodes die langer mogen (dyslexie, EPA, pleegzorg), of [] zolang de regio ze niet heeft genoemd");
        return new Instellingen(maxMaanden, Set.copyOf(uitgezonderd));
    }
}
