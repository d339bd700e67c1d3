package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;
import org.w3c.dom.Element;

/**
 * IJsselland 001-G1: severe dyslexia care is for children aged "7 tot 13". A dyslexia product whose
 * client is, on the product's start date, younger than the minimum age or at least the maximum age
 * holds. The protocol does not say whether 13 is included: read literally, "tot" excludes it (a
 * thirteen-year-old is out), which is how {@code max-leeftijd} works; a region that means "up to and
 * including 13" configures 14. The seed names no product codes for dyslexia care, so they are
 * required configuration rather than a guess. A birth date marked as entirely unknown
 * (DatumGebruik 3) gives no age and is not judged.
 */
public final class DyslexieLeeftijd implements BeleidsSoort {

    /** The product codes of dyslexia care. */
    public static final String PRODUCTEN = "producten";
    /** The youngest age (in whole years) on the start date. */
    public static final String MIN_LEEFTIJD = "min-leeftijd";
    /** The first age (in whole years) that is too old: exclusive. */
    public static final String MAX_LEEFTIJD = "max-leeftijd";

    private record Instelling(Set<String> producten, int minLeeftijd, int maxLeeftijd) {
    }

    /** Per message: the product element and the name of its start date. */
    private record Start(String product, String ingangsdatum) {
    }

    private static final Map<BerichtType, Start> STARTS = Map.of(
            BerichtType.JW301, new Start("ToegewezenProduct", "Ingangsdatum"),
            BerichtType.JW315, new Start("AangevraagdProduct", "ToewijzingIngangsdatum"));

    @Override
    public String soort() {
        return "dyslexie-leeftijd";
    }

    @Override
    public Set<BerichtType> berichten() {
        return STARTS.keySet();
    }

    @Override
    public List<String> controleer(Map<String, Object> parameters) {
        List<String> problemen = new ArrayList<>();
        lees(parameters, problemen);
        return problemen;
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        List<String> problemen = new ArrayList<>();
        Instelling instelling = lees(versie.parameters(), problemen);
        if (!problemen.isEmpty()) {
            throw new IllegalArgumentException(soort() + ": " + problemen);
        }
        Start start = STARTS.get(bericht.type());
        Optional<LocalDate> geboren = geboortedatum(bericht);
        if (start == null || geboren.isEmpty()) {
            return false;
        }
        for (Element product : bericht.alle(start.product())) {
            boolean dyslexie = Bericht.tekst(product, "Product", "Code").map(instelling.producten()::contains).orElse(false);
            Optional<LocalDate> ingang = Bericht.tekst(product, start.ingangsdatum()).flatMap(DyslexieLeeftijd::datum);
            if (dyslexie && ingang.isPresent()) {
                int leeftijd = Period.between(geboren.get(), ingang.get()).getYears();
                if (leeftijd < instelling.minLeeftijd() || leeftijd >= instelling.maxLeeftijd()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<LocalDate> geboortedatum(Bericht bericht) {
        Optional<Element> geboortedatum = Bericht.kind(bericht.root(), "Client")
                .flatMap(client -> Bericht.kind(client, "Geboortedatum"));
        if (geboortedatum.isEmpty() || Bericht.tekst(geboortedatum.get(), "DatumGebruik").map("3"::equals).orElse(false)) {
            return Optional.empty();
        }
        return Bericht.tekst(geboortedatum.get(), "Datum").flatMap(DyslexieLeeftijd::datum);
    }

    private static Instelling lees(Map<String, Object> parameters, List<String> problemen) {
        Set<String> producten = new LinkedHashSet<>();
        if (!(parameters.get(PRODUCTEN) instanceof List<?> items) || items.isEmpty()) {
            problemen.add(PRODUCTEN + ": verplicht; de productcodes van ernstige-dyslexiezorg (de regio stelt ze vast)");
        } else {
            for (Object item : items) {
                if (item instanceof String s && s.matches("[0-9A-Za-z]{1,5}")) {
                    producten.add(s);
                } else {
                    problemen.add(PRODUCTEN + ": '" + item + "' is geen productcode (een tot vijf letters of cijfers)");
                }
            }
        }
        Integer min = leeftijd(parameters, MIN_LEEFTIJD, problemen);
        Integer max = leeftijd(parameters, MAX_LEEFTIJD, problemen);
        if (min != null && max != null && min >= max) {
            problemen.add(MAX_LEEFTIJD + ": " + max + " moet groter zijn dan " + MIN_LEEFTIJD + " " + min);
        }
        return new Instelling(producten, min == null ? 0 : min, max == null ? 0 : max);
    }

    private static Integer leeftijd(Map<String, Object> parameters, String naam, List<String> problemen) {
        if (parameters.get(naam) instanceof String s && s.matches("\\d{1,2}")) {
            return Integer.parseInt(s);
        }
        problemen.add(naam + ": verplicht; een leeftijd in hele jaren, bijv. \"7\"");
        return null;
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
