package nl.ijw.gateway.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import org.w3c.dom.Element;

/** The product classes of the messages, each with the elements that hold its period. */
final class Productklassen {

    static final PeriodeVolgorde.Klasse TOEGEWEZEN = new PeriodeVolgorde.Klasse("ToegewezenProduct", "Ingangsdatum", "Einddatum");
    static final PeriodeVolgorde.Klasse AANGEVRAAGD =
            new PeriodeVolgorde.Klasse("AangevraagdProduct", "ToewijzingIngangsdatum", "ToewijzingEinddatum");
    static final PeriodeVolgorde.Klasse NIEUW = new PeriodeVolgorde.Klasse("NieuwProduct", "GewensteIngangsdatum", "Einddatum");
    static final PeriodeVolgorde.Klasse TE_WIJZIGEN =
            new PeriodeVolgorde.Klasse("TeWijzigenProduct", "GewensteIngangsdatum", "Einddatum");
    static final List<PeriodeVolgorde.Klasse> ALLE = List.of(TOEGEWEZEN, AANGEVRAAGD, NIEUW, TE_WIJZIGEN);

    /** Since 2021 a product's Omvang is set differently; the rules about it look at periods ending after 2020. */
    private static final LocalDate NIEUWE_OMVANG = LocalDate.of(2020, 12, 31);

    private Productklassen() {
    }

    /** Whether the product's period has no end or ends after 31-12-2020. */
    static boolean looptNa2020(Element product, PeriodeVolgorde.Klasse klasse) {
        Optional<LocalDate> eind = Bericht.datum(product, klasse.eind());
        return eind.isEmpty() || eind.get().isAfter(NIEUWE_OMVANG);
    }
}
