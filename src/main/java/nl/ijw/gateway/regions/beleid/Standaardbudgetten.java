package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;

/**
 * IJsselland 001-C5/C6: ambulant care is allocated in standard budgets; only above the highest one
 * an offertebudget (of any amount) is used. A product of the category with a Budget that is neither
 * a standard amount nor above the offertebudget threshold holds. Amounts are in eurocent, as
 * {@code LDT_Budget} is.
 *
 * <p>A JW317 TeWijzigenProduct carries a Budget but no Product: its category is in the JW301 it
 * changes, which this check does not see, so only NieuwProduct is judged in a JW317.
 */
public final class Standaardbudgetten implements BeleidsSoort {

    /** The product category the standard budgets apply to (two digits, ambulant: 45). */
    public static final String CATEGORIE = "categorie";
    /** The standard budgets, in eurocent. */
    public static final String BEDRAGEN = "bedragen";
    /** Budgets above this amount (eurocent) are offertebudgets and may be anything. */
    public static final String OFFERTE_BOVEN = "offerte-boven";

    private static final String BEDRAG = "\\d{1,8}";

    private static final Map<BerichtType, String> PRODUCTEN = Map.of(
            BerichtType.JW301, "ToegewezenProduct",
            BerichtType.JW315, "AangevraagdProduct",
            BerichtType.JW317, "NieuwProduct");

    private record Instelling(String categorie, Set<Long> bedragen, long offerteBoven) {
    }

    @Override
    public String soort() {
        return "standaardbudgetten";
    }

    @Override
    public Set<BerichtType> berichten() {
        return PRODUCTEN.keySet();
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
        String productElement = PRODUCTEN.get(bericht.type());
        if (productElement == null) {
            return false;
        }
        return bericht.alle(productElement).stream()
                .filter(p -> Bericht.tekst(p, "Product", "Categorie").map(instelling.categorie()::equals).orElse(false))
                .map(p -> Bericht.tekst(p, "Budget").flatMap(Standaardbudgetten::eurocent))
                .flatMap(Optional::stream)
                .anyMatch(budget -> !instelling.bedragen().contains(budget) && budget <= instelling.offerteBoven());
    }

    private static Instelling lees(Map<String, Object> parameters, List<String> problemen) {
        Object categorie = parameters.get(CATEGORIE);
        if (!(categorie instanceof String c) || !c.matches("\\d{2}")) {
            problemen.add(CATEGORIE + ": verplicht; een productcategorie van twee cijfers, bijv. \"45\"");
        }
        Set<Long> bedragen = new LinkedHashSet<>();
        Object lijst = parameters.get(BEDRAGEN);
        if (!(lijst instanceof List<?> items) || items.isEmpty()) {
            problemen.add(BEDRAGEN + ": verplicht; een lijst van bedragen in eurocent, bijv. [100000, 200000]");
        } else {
            for (Object item : items) {
                if (item instanceof String s && s.matches(BEDRAG)) {
                    bedragen.add(Long.parseLong(s));
                } else {
                    problemen.add(BEDRAGEN + ": '" + item + "' is geen bedrag in eurocent (hele getallen, ten hoogste 8 cijfers)");
                }
            }
        }
        Object offerte = parameters.get(OFFERTE_BOVEN);
        long offerteBoven = 0;
        if (offerte instanceof String s && s.matches(BEDRAG)) {
            offerteBoven = Long.parseLong(s);
        } else {
            problemen.add(OFFERTE_BOVEN + ": verplicht; het bedrag in eurocent waarboven een offertebudget geldt, bijv. 2000000");
        }
        return new Instelling(categorie instanceof String c ? c : null, bedragen, offerteBoven);
    }

    /** A Budget as the schema allows it (xs:integer); anything else is left to XSD validation. */
    private static Optional<Long> eurocent(String budget) {
        try {
            return Optional.of(Long.parseLong(budget));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
