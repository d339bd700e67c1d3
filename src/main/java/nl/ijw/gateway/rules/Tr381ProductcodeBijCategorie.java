package nl.ijw.gateway.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.referentie.Productcodes;
import nl.ijw.gateway.referentie.Referentielijsten;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR381: a ProductCode belongs to its ProductCategorie in the product code list in use: the national
 * list and any list a region adds. Codes in a category none of the lists covers are not judged.
 */
public final class Tr381ProductcodeBijCategorie extends BasisRegel {

    private final Referentielijsten lijsten;

    public Tr381ProductcodeBijCategorie(Referentielijsten lijsten) {
        super("TR381", "S329", BerichtType.JW301, BerichtType.JW305, BerichtType.JW307, BerichtType.JW315, BerichtType.JW317);
        this.lijsten = lijsten;
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Productcodes codes = lijsten.productcodes();
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Element product : bericht.alle("Product")) {
            Optional<String> categorie = Bericht.tekst(product, "Categorie");
            Optional<Element> code = Bericht.kind(product, "Code");
            if (categorie.isEmpty() || code.isEmpty() || !codes.dekt(categorie.get())) {
                continue;
            }
            String waarde = code.get().getTextContent().trim();
            if (!codes.pastBij(categorie.get(), waarde)) {
                bevindingen.add(bevinding(bericht, code.get(), "ProductCode " + waarde + " hoort volgens de productcodelijst niet bij "
                        + "ProductCategorie " + categorie.get() + codes.categorieenVan(waarde)
                                .map(c -> " maar bij " + String.join(", ", c)).orElse(": de lijst kent de code niet")
                        + ". Lijst: " + codes.versie() + "."));
            }
        }
        return bevindingen;
    }
}
