package nl.ijw.gateway.referentie;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The product codes in use (TR381), from one or more lists: the national list and any a region adds.
 * Each list states the categories it covers; a code in a category no list covers is not judged, as
 * the gateway does not know the codes there.
 */
public final class Productcodes {

    private final Collection<Referentielijst> lijsten;
    private final Set<String> categorieen = new TreeSet<>();
    private final Map<String, Set<String>> categorieenPerCode = new HashMap<>();

    public Productcodes(Collection<Referentielijst> lijsten) throws IOException {
        this.lijsten = lijsten;
        for (Referentielijst lijst : lijsten) {
            String gedekt = lijst.eigenschap("categorieen")
                    .orElseThrow(() -> new IOException(lijst.naam() + ": '# categorieen:' ontbreekt (de categorieën die de lijst dekt)"));
            Set<String> vanLijst = Set.of(gedekt.split("[\\s,]+"));
            categorieen.addAll(vanLijst);
            for (Map<String, String> rij : lijst.rijen()) {
                String categorie = Referentielijst.verplicht(lijst, rij, "categorie");
                String code = Referentielijst.verplicht(lijst, rij, "productcode");
                if (!vanLijst.contains(categorie)) {
                    throw new IOException(lijst.naam() + ": " + code + " in categorie " + categorie + ", die de lijst niet dekt");
                }
                categorieenPerCode.computeIfAbsent(code, c -> new TreeSet<>()).add(categorie);
            }
        }
    }

    /** Whether the lists cover this category, so that its codes are judged. */
    public boolean dekt(String categorie) {
        return categorieen.contains(categorie);
    }

    /** Whether this code belongs to this category in a list in use. */
    public boolean pastBij(String categorie, String code) {
        return categorieenPerCode.getOrDefault(code, Set.of()).contains(categorie);
    }

    /** The categories the code does belong to, if any. */
    public Optional<Set<String>> categorieenVan(String code) {
        return Optional.ofNullable(categorieenPerCode.get(code));
    }

    public Collection<Referentielijst> lijsten() {
        return lijsten;
    }

    public String versie() {
        return String.join(" + ", lijsten.stream().map(Referentielijst::versie).toList());
    }
}
