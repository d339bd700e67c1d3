package nl.ijw.gateway.rules;

import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import org.w3c.dom.Element;

/** The Omvang checks that several rules make on several product classes (CD080/CD095/CD096, CS338/CS343). */
final class OmvangRegels {

    /** Eenheden that since 2021 are only given per week, per month or over the whole allocation. */
    private static final Set<String> EENHEDEN = Set.of("14", "16", "83", "84");
    private static final Set<String> FREQUENTIES = Set.of("2", "4", "6");

    private OmvangRegels() {
    }

    static Optional<Voorwaarde.Overtreding> geenOmvangZonderCode(Element product, PeriodeVolgorde.Klasse klasse) {
        return Voorwaarde.heeft(product, "Omvang") && Bericht.tekst(product, "Product", "Code").isEmpty()
                && Productklassen.looptNa2020(product, klasse)
                ? Optional.of(new Voorwaarde.Overtreding(Voorwaarde.kind(product, "Omvang"),
                        "Omvang moet leeg blijven: het product heeft geen Code en loopt na 31-12-2020."))
                : Optional.empty();
    }

    static Optional<Voorwaarde.Overtreding> frequentieBijEenheid(Element product, PeriodeVolgorde.Klasse klasse) {
        Optional<Element> omvang = Bericht.kind(product, "Omvang");
        if (omvang.isEmpty() || !Productklassen.looptNa2020(product, klasse)) {
            return Optional.empty();
        }
        Optional<String> eenheid = Bericht.tekst(omvang.get(), "Eenheid").filter(EENHEDEN::contains);
        Optional<String> frequentie = Bericht.tekst(omvang.get(), "Frequentie");
        return eenheid.isPresent() && frequentie.filter(FREQUENTIES::contains).isEmpty()
                ? Optional.of(new Voorwaarde.Overtreding(Voorwaarde.kind(omvang.get(), "Frequentie"), "Frequentie "
                        + frequentie.orElse("(leeg)") + " past niet bij Eenheid " + eenheid.get() + "; alleen 2, 4 of 6."))
                : Optional.empty();
    }
}
