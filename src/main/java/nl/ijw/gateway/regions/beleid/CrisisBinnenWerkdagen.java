package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;
import nl.ijw.gateway.regions.Werkdagen;
import org.w3c.dom.Element;

/**
 * IJsselland 001-I2: the provider requests the toewijzing for crisis follow-up within 5 working days,
 * retroactively. A JW315 meets the condition when one of its AangevraagdProducten is of the crisis
 * category and its ToewijzingIngangsdatum lies more than {@code max-werkdagen} Dutch working days
 * ({@link Werkdagen}: public holidays excluded) before the day the request was received.
 *
 * <p>"Within n working days" is read as a deadline, the n-th working day after the requested start:
 * a request received after that day is late. Start Monday 2 November 2026, 5 working days: the
 * deadline is Monday 9 November; received on the 9th is in time, on the 10th late. A request received
 * on the Saturday after a Friday deadline is late too, although no working day has passed since: the
 * deadline ended on the Friday. A requested start on or after the receipt date is never late.
 *
 * <p>Parameters: {@code categorie}, the product category (two digits, "46" for crisis) and
 * {@code max-werkdagen}, a whole number of working days, 0 to 9999.
 */
public final class CrisisBinnenWerkdagen implements BeleidsSoort {

    static final String CATEGORIE = "categorie";
    static final String MAX_WERKDAGEN = "max-werkdagen";

    private record Instellingen(String categorie, int maxWerkdagen) {
    }

    private final Werkdagen werkdagen;

    public CrisisBinnenWerkdagen() {
        this(new Werkdagen());
    }

    public CrisisBinnenWerkdagen(Werkdagen werkdagen) {
        this.werkdagen = werkdagen;
    }

    @Override
    public String soort() {
        return "crisis-binnen-werkdagen";
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW315);
    }

    @Override
    public List<String> controleer(Map<String, Object> parameters) {
        List<String> problemen = new ArrayList<>();
        lees(parameters, problemen);
        return problemen;
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        Instellingen instellingen = instellingen(versie.parameters());
        return bericht.type() == BerichtType.JW315 && bericht.alle("AangevraagdProduct").stream()
                .filter(product -> Bericht.tekst(product, "Product", "Categorie").filter(instellingen.categorie()::equals).isPresent())
                .flatMap(product -> datum(product, "ToewijzingIngangsdatum").stream())
                .anyMatch(start -> ontvangen.isAfter(werkdagen.plusWerkdagen(start, instellingen.maxWerkdagen())));
    }

    private Instellingen instellingen(Map<String, Object> parameters) {
        List<String> problemen = new ArrayList<>();
        Instellingen instellingen = lees(parameters, problemen);
        if (!problemen.isEmpty()) {
            // The region loader refuses such files, so this is a programming error, not bad input.
            throw new IllegalArgumentException(soort() + ": " + String.join("; ", problemen));
        }
        return instellingen;
    }

    private static Instellingen lees(Map<String, Object> parameters, List<String> problemen) {
        String categorie = waarde(parameters, CATEGORIE, "de productcategorie, bijvoorbeeld \"46\"", problemen).orElse(null);
        if (categorie != null && !categorie.matches("\\d{2}")) {
            problemen.add(CATEGORIE + ": '" + categorie + "' is geen productcategorie (twee cijfers, bijvoorbeeld \"46\")");
            categorie = null;
        }
        String max = waarde(parameters, MAX_WERKDAGEN, "het aantal werkdagen, bijvoorbeeld \"5\"", problemen).orElse(null);
        Integer maxWerkdagen = null;
        if (max != null && max.matches("\\d{1,4}")) {
            maxWerkdagen = Integer.parseInt(max);
        } else if (max != null) {
            problemen.add(MAX_WERKDAGEN + ": '" + max + "' is geen geheel aantal werkdagen (0 t/m 9999)");
        }
        return categorie == null || maxWerkdagen == null ? null : new Instellingen(categorie, maxWerkdagen);
    }

    private static Optional<String> waarde(Map<String, Object> parameters, String naam, String uitleg, List<String> problemen) {
        Object waarde = parameters.get(naam);
        if (waarde == null) {
            problemen.add(naam + ": verplicht: " + uitleg);
            return Optional.empty();
        }
        if (waarde instanceof List<?> || waarde instanceof Map<?, ?>) {
            problemen.add(naam + ": hier hoort één waarde, geen lijst of map");
            return Optional.empty();
        }
        return Optional.of(String.valueOf(waarde).trim());
    }

    private static Optional<LocalDate> datum(Element ouder, String naam) {
        try {
            return Bericht.tekst(ouder, naam).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
