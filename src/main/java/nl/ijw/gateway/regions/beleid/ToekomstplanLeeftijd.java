package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;
import org.w3c.dom.Element;

/**
 * Lochem 002-36: when a youth in care turns 17, a future plan (toekomstplan) is needed, and the
 * provider contacts the municipality in time. A JW301 meets the condition when the client reaches
 * {@code leeftijd} during one of its ToegewezenProducten: the birthday lies between Ingangsdatum and
 * Einddatum, both included, or on or after the Ingangsdatum when there is no Einddatum. A client who
 * already had that birthday before the Ingangsdatum does not meet it (a second policy at 18 catches
 * those).
 *
 * <p>The birthday is the birth date's anniversary; someone born on 29 February turns a year older on
 * 1 March in common years (the usual legal reading, and the age {@link java.time.Period#between}
 * gives, as the dyslexia age check counts it). Only the client's own Geboortedatum counts, not a
 * Relatie's. When it is partly unknown (DatumGebruik 1: the day, 2: day and month) the birthday is any
 * day of that month or year, and the condition holds when the allocation overlaps it: the youth may
 * turn 17 during it. A wholly unknown date (3) says nothing.
 *
 * <p>Parameter: {@code leeftijd}, the age in years, 1 to 23 (the Jeugdwet's reach).
 */
public final class ToekomstplanLeeftijd implements BeleidsSoort {

    static final String LEEFTIJD = "leeftijd";

    @Override
    public String soort() {
        return "toekomstplan-leeftijd";
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW301);
    }

    @Override
    public List<String> controleer(Map<String, Object> parameters) {
        List<String> problemen = new ArrayList<>();
        lees(parameters, problemen);
        return problemen;
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        int leeftijd = leeftijd(versie.parameters());
        if (bericht.type() != BerichtType.JW301) {
            return false;
        }
        Optional<Verjaardag> verjaardag = bericht.alle("Client").stream().findFirst()
                .flatMap(client -> Bericht.kind(client, "Geboortedatum"))
                .flatMap(geboortedatum -> verjaardag(geboortedatum, leeftijd));
        return verjaardag.isPresent() && bericht.alle("ToegewezenProduct").stream()
                .anyMatch(product -> valtIn(verjaardag.get(), product));
    }

    /** The days on which the client may have the birthday: one day when the birth date is fully known. */
    private record Verjaardag(LocalDate vroegst, LocalDate laatst) {
    }

    private static Optional<Verjaardag> verjaardag(Element geboortedatum, int leeftijd) {
        Optional<LocalDate> datum = datum(geboortedatum, "Datum");
        if (datum.isEmpty()) {
            return Optional.empty();
        }
        LocalDate geboren = datum.get();
        return switch (Bericht.tekst(geboortedatum, "DatumGebruik").orElse("")) {
            case "1" -> {
                YearMonth maand = YearMonth.from(geboren).plusYears(leeftijd);
                yield Optional.of(new Verjaardag(maand.atDay(1), maand.atEndOfMonth()));
            }
            case "2" -> {
                Year jaar = Year.from(geboren).plusYears(leeftijd);
                yield Optional.of(new Verjaardag(jaar.atDay(1), jaar.atMonth(12).atEndOfMonth()));
            }
            case "3" -> Optional.empty();
            default -> {
                LocalDate dag = geboren.plusYears(leeftijd);
                // plusYears turns 29 February into the 28th in a common year; the age is reached a day later.
                LocalDate verjaardag = dag.getDayOfMonth() < geboren.getDayOfMonth() ? dag.plusDays(1) : dag;
                yield Optional.of(new Verjaardag(verjaardag, verjaardag));
            }
        };
    }

    private static boolean valtIn(Verjaardag verjaardag, Element product) {
        Optional<LocalDate> ingang = datum(product, "Ingangsdatum");
        if (ingang.isEmpty() || verjaardag.laatst().isBefore(ingang.get())) {
            return false;
        }
        if (Bericht.kind(product, "Einddatum").isEmpty()) {
            return true;
        }
        return datum(product, "Einddatum").map(eind -> !verjaardag.vroegst().isAfter(eind)).orElse(false);
    }

    private int leeftijd(Map<String, Object> parameters) {
        List<String> problemen = new ArrayList<>();
        Integer leeftijd = lees(parameters, problemen);
        if (!problemen.isEmpty()) {
            // The region loader refuses such files, so this is a programming error, not bad input.
            throw new IllegalArgumentException(soort() + ": " + String.join("; ", problemen));
        }
        return leeftijd;
    }

    private static Integer lees(Map<String, Object> parameters, List<String> problemen) {
        Object waarde = parameters.get(LEEFTIJD);
        if (waarde == null) {
            problemen.add(LEEFTIJD + ": verplicht: de leeftijd in jaren, bijvoorbeeld \"17\"");
            return null;
        }
        if (waarde instanceof List<?> || waarde instanceof Map<?, ?>) {
            problemen.add(LEEFTIJD + ": hier hoort één waarde, geen lijst of map");
            return null;
        }
        String tekst = String.valueOf(waarde).trim();
        if (!tekst.matches("\\d{1,2}") || Integer.parseInt(tekst) < 1 || Integer.parseInt(tekst) > 23) {
            problemen.add(LEEFTIJD + ": '" + tekst + "' is geen leeftijd van 1 t/m 23 jaar");
            return null;
        }
        return Integer.parseInt(tekst);
    }

    private static Optional<LocalDate> datum(Element ouder, String naam) {
        try {
            return Bericht.tekst(ouder, naam).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
