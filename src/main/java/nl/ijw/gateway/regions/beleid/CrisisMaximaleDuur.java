package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
public final class CrisisMaximaleDuur implements BeleidsSoort {

    /** Product code to the maximum number of days of its allocation. */
    public static final String PRODUCTEN = "producten";

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
    public List<String> controleer(Map<String, Object> parameters) {
        List<String> problemen = new ArrayList<>();
        maxima(parameters, problemen);
        return problemen;
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        List<String> problemen = new ArrayList<>();
        Map<String, Long> maxima = maxima(versie.parameters(), problemen);
        if (!problemen.isEmpty()) {
            throw new IllegalArgumentException(soort() + ": " + problemen);
        }
        Periode periode = PERIODES.get(bericht.type());
        if (periode == null) {
            return false;
        }
        for (Element product : bericht.alle(periode.product())) {
            Optional<Long> max = Bericht.tekst(product, "Product", "Code").map(maxima::get);
            Optional<LocalDate> van = Bericht.tekst(product, periode.ingangsdatum()).flatMap(CrisisMaximaleDuur::datum);
            if (max.isEmpty() || van.isEmpty()) {
                continue;
            }
            Optional<String> tot = Bericht.tekst(product, periode.einddatum());
            if (tot.isEmpty()) {
                return true;
            }
            Optional<LocalDate> einde = datum(tot.get());
            if (einde.isPresent() && ChronoUnit.DAYS.between(van.get(), einde.get()) + 1 > max.get()) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Long> maxima(Map<String, Object> parameters, List<String> problemen) {
        Map<String, Long> maxima = new LinkedHashMap<>();
        if (!(parameters.get(PRODUCTEN) instanceof Map<?, ?> map) || map.isEmpty()) {
            problemen.add(PRODUCTEN + ": verplicht; per productcode het hoogste aantal dagen, bijv. {\"46A04\": \"28\"}");
            return maxima;
        }
        map.forEach((code, dagen) -> {
            if (!String.valueOf(code).matches("[0-9A-Za-z]{1,5}")) {
                problemen.add(PRODUCTEN + ": '" + code + "' is geen productcode (een tot vijf letters of cijfers)");
            } else if (!(dagen instanceof String d) || !d.matches("\\d{1,5}") || Long.parseLong(d) == 0) {
                problemen.add(PRODUCTEN + ": het aantal dagen van " + code + " ('" + dagen + "') is geen positief geheel getal");
            } else {
                maxima.put(String.valueOf(code), Long.parseLong(d));
            }
        });
        return maxima;
    }

    /** A date as the schema allows it; anything else is left to XSD validation. */
    private static Optional<LocalDate> datum(String tekst) {
        try {
            return Optional.of(LocalDate.parse(tekst));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
