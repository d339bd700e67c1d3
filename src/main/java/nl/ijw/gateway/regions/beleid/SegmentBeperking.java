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
 * IJsselland 001-A2: a municipality that takes part in only some segments of the regional contract
 * (Hardenberg: Wonen/Verblijf only). A message with a product category outside those segments holds;
 * the municipality may still have a local contract for it, hence a signal rather than a rejection.
 * Products given without a category (non-product-specific, or a JW317 TeWijzigenProduct that only
 * names the allocation it changes) cannot be placed in a segment and are not judged.
 */
public final class SegmentBeperking implements BeleidsSoort {

    /** The product categories (two digits) of the segments the municipality takes part in. */
    public static final String CATEGORIEEN = "categorieen";

    @Override
    public String soort() {
        return "segment";
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW301, BerichtType.JW315, BerichtType.JW317);
    }

    @Override
    public List<String> controleer(Map<String, Object> parameters) {
        List<String> problemen = new ArrayList<>();
        categorieen(parameters, problemen);
        return problemen;
    }

    @Override
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        List<String> problemen = new ArrayList<>();
        Set<String> toegestaan = categorieen(versie.parameters(), problemen);
        if (!problemen.isEmpty()) {
            throw new IllegalArgumentException(soort() + ": " + problemen);
        }
        // Product is only ever the CDT_Product of ToegewezenProduct, AangevraagdProduct or NieuwProduct.
        return bericht.alle("Product").stream()
                .map(product -> Bericht.tekst(product, "Categorie"))
                .flatMap(Optional::stream)
                .anyMatch(categorie -> !toegestaan.contains(categorie));
    }

    private static Set<String> categorieen(Map<String, Object> parameters, List<String> problemen) {
        Object waarde = parameters.get(CATEGORIEEN);
        if (!(waarde instanceof List<?> lijst) || lijst.isEmpty()) {
            problemen.add(CATEGORIEEN + ": verplicht; een lijst van productcategorieën van twee cijfers, bijv. [43, 44]");
            return Set.of();
        }
        Set<String> categorieen = new LinkedHashSet<>();
        for (Object item : lijst) {
            if (item instanceof String s && s.matches("\\d{2}")) {
                categorieen.add(s);
            } else {
                problemen.add(CATEGORIEEN + ": '" + item + "' is geen productcategorie van twee cijfers");
            }
        }
        return categorieen;
    }
}
