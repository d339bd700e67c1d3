package nl.ijw.gateway.regions.beleid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a policy version's parameters and collects every problem as "parameter: what is wrong", so
 * the region loader can report all of them at once with the parameter's path. Values arrive as the
 * region loader leaves them: a YAML scalar as text, a sequence as a list, a mapping as a map.
 */
final class ParameterLezer {

    /** What one value must look like, and what it is called in "'x' is geen ...". */
    record Vorm(Pattern patroon, String wat) {

        Vorm(String patroon, String wat) {
            this(Pattern.compile(patroon), wat);
        }

        boolean past(String tekst) {
            return patroon.matcher(tekst).matches();
        }
    }

    static final Vorm PRODUCTCODE = new Vorm("[0-9A-Za-z]{1,5}", "productcode (een tot vijf letters of cijfers)");
    static final Vorm PRODUCTCATEGORIE = new Vorm("\\d{2}", "productcategorie (twee cijfers, bijvoorbeeld \"46\")");
    /** LDT_Budget allows more, but eight digits (under a million euro) is what the regions configure. */
    static final Vorm BEDRAG = new Vorm("\\d{1,8}", "bedrag in eurocent (hele getallen, ten hoogste 8 cijfers)");

    private final Map<String, Object> parameters;
    private final List<String> problemen = new ArrayList<>();

    ParameterLezer(Map<String, Object> parameters) {
        this.parameters = parameters;
    }

    List<String> problemen() {
        return List.copyOf(problemen);
    }

    void probleem(String naam, String wat) {
        problemen.add(naam + ": " + wat);
    }

    /** A required single value of this form, trimmed; empty when it is missing or wrong. */
    Optional<String> waarde(String naam, Vorm vorm, String uitleg) {
        Object waarde = parameters.get(naam);
        if (waarde == null) {
            probleem(naam, "verplicht: " + uitleg);
            return Optional.empty();
        }
        Optional<String> gelezen = tekst(waarde);
        if (gelezen.isEmpty()) {
            probleem(naam, "hier hoort één waarde, geen lijst of map");
            return Optional.empty();
        }
        if (!vorm.past(gelezen.get())) {
            probleem(naam, "'" + gelezen.get() + "' is geen " + vorm.wat());
            return Optional.empty();
        }
        return gelezen;
    }

    /** A required whole number; its form must keep it within an int. */
    Optional<Integer> getal(String naam, Vorm vorm, String uitleg) {
        return waarde(naam, vorm, uitleg).map(Integer::parseInt);
    }

    /** A required list of at least one value of this form ({@code lijstVan} names the values). */
    Set<String> lijst(String naam, String lijstVan, Vorm vorm, String uitleg) {
        return lijst(naam, lijstVan, vorm, uitleg, false);
    }

    /**
     * A required list that may be empty: a region file then says explicitly that it names nothing
     * yet, where leaving the parameter out could be an oversight.
     */
    Set<String> lijstMagLeeg(String naam, String lijstVan, Vorm vorm, String uitleg) {
        return lijst(naam, lijstVan, vorm, uitleg, true);
    }

    /** A required, non-empty map from a key of one form to a value of another. */
    Map<String, String> map(String naam, Vorm sleutel, Vorm waarde, String uitleg) {
        Map<String, String> gelezen = new LinkedHashMap<>();
        Object map = parameters.get(naam);
        if (map == null || map instanceof Map<?, ?> leeg && leeg.isEmpty()) {
            probleem(naam, "verplicht: " + uitleg);
        } else if (!(map instanceof Map<?, ?> items)) {
            probleem(naam, "hier hoort een map: " + uitleg);
        } else {
            items.forEach((k, v) -> {
                Optional<String> gelezenSleutel = tekst(k).filter(sleutel::past);
                Optional<String> gelezenWaarde = tekst(v).filter(waarde::past);
                if (gelezenSleutel.isEmpty()) {
                    probleem(naam, "'" + k + "' is geen " + sleutel.wat());
                } else if (gelezenWaarde.isEmpty()) {
                    probleem(naam, "'" + v + "' bij " + k + " is geen " + waarde.wat());
                } else {
                    gelezen.put(gelezenSleutel.get(), gelezenWaarde.get());
                }
            });
        }
        return gelezen;
    }

    private Set<String> lijst(String naam, String lijstVan, Vorm vorm, String uitleg, boolean leegMag) {
        Set<String> gelezen = new LinkedHashSet<>();
        Object lijst = parameters.get(naam);
        if (lijst == null || !leegMag && lijst instanceof List<?> leeg && leeg.isEmpty()) {
            probleem(naam, "verplicht: " + uitleg);
        } else if (!(lijst instanceof List<?> items)) {
            probleem(naam, "hier hoort een lijst " + lijstVan + (leegMag ? "; leeg mag: []" : ""));
        } else {
            for (Object item : items) {
                Optional<String> gelezenItem = tekst(item).filter(vorm::past);
                if (gelezenItem.isPresent()) {
                    gelezen.add(gelezenItem.get());
                } else {
                    probleem(naam, "'" + item + "' is geen " + vorm.wat());
                }
            }
        }
        return gelezen;
    }

    /** A scalar as trimmed text; a nested list or map is not one value. */
    private static Optional<String> tekst(Object waarde) {
        if (waarde == null || waarde instanceof List<?> || waarde instanceof Map<?, ?>) {
            return Optional.empty();
        }
        return Optional.of(String.valueOf(waarde).trim());
    }
}
