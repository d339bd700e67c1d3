package nl.ijw.gateway.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.rules.Geschiedenis.Levering;
import org.w3c.dom.Element;

/**
 * The starts and stops of one provider for one client at one municipality as they stand: every
 * delivery replayed in the order received, where StatusAanlevering 3 takes back the earlier delivery
 * with the same logical key (OP033). The logical key of a start is its allocation (ToewijzingNummer,
 * or product and ToewijzingIngangsdatum when not product-specific) and Begindatum; a stop adds its
 * Einddatum, because one start can be stopped temporarily (RedenBeeindiging 20) and again later.
 */
public final class Leveringen {

    public static final String NIEUW = "1";
    public static final String GEWIJZIGD = "2";
    public static final String VERWIJDERD = "3";
    /** RedenBeeindiging 20: the delivery is stopped for a while, not ended. */
    public static final String TIJDELIJK = "20";

    private final List<Levering> geleverd = new ArrayList<>();
    private final List<Levering> actueel = new ArrayList<>();

    private Leveringen(List<Levering> historie, String gemeente) {
        for (Levering l : historie) {
            if (!l.gemeente().equals(gemeente)) {
                continue;
            }
            actueel.removeIf(a -> zelfdeSleutel(a, l));
            if (!VERWIJDERD.equals(l.statusAanlevering())) {
                actueel.add(l);
                geleverd.add(l);
            }
        }
    }

    /** The deliveries of this provider for the message's client to the message's receiver. */
    public static Leveringen van(Geschiedenis geschiedenis, Bericht bericht) {
        return bericht.afgeleid(List.of(Leveringen.class, geschiedenis), () -> new Leveringen(bericht.bsn()
                .map(bsn -> geschiedenis.leveringen(bericht.header().afzender(), bsn)).orElse(List.of()), bericht.header().ontvanger()));
    }

    /** Whether a delivery with this logical key was ever made (and not only taken back). */
    public boolean ooitGeleverd(Levering l) {
        return geleverd.stream().anyMatch(g -> zelfdeSleutel(g, l));
    }

    /** Whether a delivery with this logical key stands now. */
    public boolean staat(Levering l) {
        return actueel.stream().anyMatch(a -> zelfdeSleutel(a, l));
    }

    /** The starts that stand on this allocation. */
    public Stream<Levering> starts(String sleutel) {
        return actueel.stream().filter(a -> a.soort() == BerichtType.JW305 && a.sleutel().equals(sleutel));
    }

    /** The stops that stand for the start with this allocation and Begindatum. */
    public Stream<Levering> stops(Levering start) {
        return actueel.stream().filter(a -> a.soort() == BerichtType.JW307 && a.sleutel().equals(start.sleutel())
                && a.begindatum().equals(start.begindatum()));
    }

    /** Every StartProduct or StopProduct of a message, with what it delivers. */
    public static List<Aanlevering> lees(Bericht bericht) {
        String klasse = bericht.type() == BerichtType.JW305 ? "StartProduct" : "StopProduct";
        String gemeente = bericht.header().ontvanger();
        return bericht.alle(klasse).stream().map(e -> new Aanlevering(e, new Levering(bericht.type(), gemeente,
                sleutel(e), Bericht.datum(e, "Begindatum").orElseThrow(), Bericht.datum(e, "Einddatum").orElse(null),
                Bericht.tekst(e, "RedenBeeindiging").orElse(null), Bericht.tekst(e, "StatusAanlevering").orElseThrow())))
                .toList();
    }

    /** A StartProduct or StopProduct element and what it delivers. */
    public record Aanlevering(Element element, Levering levering) {

        /** The allocation number, when the product is product-specific. */
        public Optional<String> toewijzingNummer() {
            return Bericht.tekst(element, "ToewijzingNummer");
        }

        public boolean nieuwOfGewijzigd() {
            return NIEUW.equals(levering.statusAanlevering()) || GEWIJZIGD.equals(levering.statusAanlevering());
        }
    }

    private static String sleutel(Element product) {
        return Bericht.tekst(product, "ToewijzingNummer").orElseGet(() -> "P" + Bericht.tekst(product, "Product", "Categorie")
                .orElse("") + "/" + Bericht.tekst(product, "Product", "Code").orElse("") + "@"
                + Bericht.tekst(product, "ToewijzingIngangsdatum").orElse(""));
    }

    private static boolean zelfdeSleutel(Levering a, Levering b) {
        return a.soort() == b.soort() && a.sleutel().equals(b.sleutel()) && a.begindatum().equals(b.begindatum())
                && (a.soort() == BerichtType.JW305 || java.util.Objects.equals(a.einddatum(), b.einddatum()));
    }
}
