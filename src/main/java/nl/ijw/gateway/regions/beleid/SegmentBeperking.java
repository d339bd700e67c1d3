package nl.ijw.gateway.regions.beleid;

import java.time.LocalDate;
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
public final class SegmentBeperking extends InstelbareSoort<Set<String>> {

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
    public boolean geldt(Bericht bericht, BeleidVersie versie, LocalDate ontvangen) {
        Set<String> toegestaan = instellingen(versie);
        // Product is only ever the CDT_Product of ToegewezenProduct, AangevraagdProduct or NieuwProduct.
        return bericht.alle("Product").stream()
                .map(product -> Bericht.tekst(product, "Categorie"))
                .flatMap(Optional::stream)
                .anyMatch(categorie -> !toegestaan.contains(categorie));
    }

    @Override
    protected Set<String> lees(ParameterLezer lezer) {
        return lezer.lijst(CATEGORIEEN, "productcategorieën", ParameterLezer.PRODUCTCATEGORIE,
                "een lijst van productcategorieën van twee cijfers, bijv. [43, 44]");
    }
}
