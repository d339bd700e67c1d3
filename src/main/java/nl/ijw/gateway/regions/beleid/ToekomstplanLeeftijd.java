package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
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
public final class ToekomstplanLeeftijd extends InstelbareSoort<Integer> {

    static final String LEEFTIJD = "leeftijd";

    private static final ParameterLezer.Vorm JAREN = new ParameterLezer.Vorm("0?[1-9]|1\\d|2[0-3]", "leeftijd van 1 t/m 23 jaar");

    @Override
    public String soort() {
        return "toekomstplan-leeftijd";
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW301);
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        int leeftijd = instellingen(versie);
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
        Optional<LocalDate> datum = Bericht.datum(geboortedatum, "Datum");
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
        Optional<LocalDate> ingang = Bericht.datum(product, "Ingangsdatum");
        if (ingang.isEmpty() || verjaardag.laatst().isBefore(ingang.get())) {
            return false;
        }
        if (Bericht.kind(product, "Einddatum").isEmpty()) {
            return true;
        }
        return Bericht.datum(product, "Einddatum").map(eind -> !verjaardag.vroegst().isAfter(eind)).orElse(false);
    }

    @Override
    protected Integer lees(ParameterLezer lezer) {
        return lezer.getal(LEEFTIJD, JAREN, "de leeftijd in jaren, bijvoorbeeld \"17\"").orElse(0);
    }
}
