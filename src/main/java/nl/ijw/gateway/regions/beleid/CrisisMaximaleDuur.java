package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;
import org.w3c.dom.Element;

/**
 * IJsselland 001-I3..I5: crisis products are allocated for a limited time (crisis bed 46A04: 28 days,
 * crisis pleegzorg: 90 days). A product with such a code whose period, both days included, is longer
 * than its maximum holds; so does one without an end date, since an open period has no maximum.
 * The codes come from configuration because the seed redacts the crisis pleegzorg code.
 */
public final class CrisisMaximaleDuur extends InstelbareSoort<Map<String, Long>> {

    /** Product code to the maximum number of days of its allocation. */
    public static final String PRODUCTEN = "producten";

    /** At least one day: a maximum of zero would signal every allocation of the product. */
    private static final ParameterLezer.Vorm DAGEN = new ParameterLezer.Vorm("(?!0+$)\\d{1,5}", "positief geheel aantal dagen");

    /** Per message: the product element and the names of its period's first and last day. */
    private record Periode(String product, String ingangsdatum, String einddatum) {
    }

    private static final Map<BerichtType, Periode> PERIODES = Map.of(
            BerichtType.JW301, new Periode("ToegewezenProduct", "Ingangsdatum", "Einddatum"),
            BerichtType.JW315, new Periode("AangevraagdProduct", "ToewijzingIngangsdatum", "ToewijzingEinddatum"));

    @Override
    public String soort() {
        return "crisis-maximale-duur";
    }

    @Override
    public Set<BerichtType> berichten() {
        return PERIODES.keySet();
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        Map<String, Long> maxima = instellingen(versie);
        Periode periode = PERIODES.get(bericht.type());
        if (periode == null) {
            return false;
        }
        for (Element product : bericht.alle(periode.product())) {
            Optional<Long> max = Bericht.tekst(product, "Product", "Code").map(maxima::get);
            Optional<LocalDate> van = Bericht.datum(product, periode.ingangsdatum());
            if (max.isEmpty() || van.isEmpty()) {
                continue;
            }
            if (Bericht.kind(product, periode.einddatum()).isEmpty()) {
                return true;
            }
            Optional<LocalDate> einde = Bericht.datum(product, periode.einddatum());
            if (einde.isPresent() && ChronoUnit.DAYS.between(van.get(), einde.get()) + 1 > max.get()) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Map<String, Long> lees(ParameterLezer lezer) {
        Map<String, Long> maxima = new LinkedHashMap<>();
        lezer.map(PRODUCTEN, ParameterLezer.PRODUCTCODE, DAGEN,
                "per productcode het hoogste aantal dagen, bijv. {\"46A04\": \"28\"}")
                .forEach((code, dagen) -> maxima.put(code, Long.parseLong(dagen)));
        return Map.copyOf(maxima);
    }
}
