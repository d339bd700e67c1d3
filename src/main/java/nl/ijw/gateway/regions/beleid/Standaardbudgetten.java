package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
public final class Standaardbudgetten extends InstelbareSoort<Standaardbudgetten.Instelling> {

    /** The product category the standard budgets apply to (two digits, ambulant: 45). */
    public static final String CATEGORIE = "categorie";
    /** The standard budgets, in eurocent. */
    public static final String BEDRAGEN = "bedragen";
    /** Budgets above this amount (eurocent) are offertebudgets and may be anything. */
    public static final String OFFERTE_BOVEN = "offerte-boven";

    private static final Map<BerichtType, String> PRODUCTEN = Map.of(
            BerichtType.JW301, "ToegewezenProduct",
            BerichtType.JW315, "AangevraagdProduct",
            BerichtType.JW317, "NieuwProduct");

    record Instelling(String categorie, Set<Long> bedragen, long offerteBoven) {
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
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        Instelling instelling = instellingen(versie);
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

    @Override
    protected Instelling lees(ParameterLezer lezer) {
        String categorie = lezer.waarde(CATEGORIE, ParameterLezer.PRODUCTCATEGORIE,
                "een productcategorie van twee cijfers, bijv. \"45\"").orElse(null);
        Set<Long> bedragen = lezer.lijst(BEDRAGEN, "bedragen in eurocent", ParameterLezer.BEDRAG,
                "een lijst van bedragen in eurocent, bijv. [100000, 200000]").stream()
                .map(Long::parseLong)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        long offerteBoven = lezer.getal(OFFERTE_BOVEN, ParameterLezer.BEDRAG,
                "het bedrag in eurocent waarboven een offertebudget geldt, bijv. 2000000").orElse(0);
        return new Instelling(categorie, bedragen, offerteBoven);
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
