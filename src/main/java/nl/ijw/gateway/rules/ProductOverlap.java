package nl.ijw.gateway.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * The check shared by TR302 (JW301), TR386 (JW315) and TR410 (JW317): one Product (Categorie and,
 * when given, Code) may appear more than once in the given class only when its periods do not
 * overlap. A period without end runs on indefinitely. The later of two overlapping ones is reported.
 */
final class ProductOverlap {

    private ProductOverlap() {
    }

    static List<Bevinding> toets(Regel regel, Bericht bericht, PeriodeVolgorde.Klasse k) {
        // Dates are read once and compared as day numbers: a message may hold tens of thousands of
        // products, and every pair of one product is compared.
        List<Element> klassen = bericht.alle(k.klasse());
        int n = klassen.size();
        int[] product = new int[n];
        long[] begin = new long[n];
        long[] eind = new long[n];
        Map<String, Integer> producten = new HashMap<>();
        for (int j = 0; j < n; j++) {
            Element klasse = klassen.get(j);
            Optional<String> p = product(klasse);
            Optional<LocalDate> b = Bericht.datum(klasse, k.begin());
            product[j] = p.isEmpty() || b.isEmpty() ? -1 : producten.computeIfAbsent(p.get(), x -> producten.size());
            begin[j] = b.map(LocalDate::toEpochDay).orElse(0L);
            eind[j] = Bericht.datum(klasse, k.eind()).map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
        }
        List<Bevinding> bevindingen = new ArrayList<>();
        for (int j = 1; j < n; j++) {
            if (product[j] < 0) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                if (product[i] == product[j] && eind[j] >= begin[i] && eind[i] >= begin[j]) {
                    Element later = klassen.get(j);
                    Element eerder = klassen.get(i);
                    bevindingen.add(regel.bevinding(bericht, later, melding(product(later).orElseThrow(),
                            LocalDate.ofEpochDay(begin[j]), Bericht.datum(later, k.eind()),
                            LocalDate.ofEpochDay(begin[i]), Bericht.datum(eerder, k.eind()))));
                    break;
                }
            }
        }
        return bevindingen;
    }

    private static Optional<String> product(Element klasse) {
        return Geschiedenis.Inhoud.product(klasse);
    }

    static boolean overlappen(LocalDate begin1, Optional<LocalDate> eind1, LocalDate begin2, Optional<LocalDate> eind2) {
        return eind1.map(e -> !e.isBefore(begin2)).orElse(true) && eind2.map(e -> !e.isBefore(begin1)).orElse(true);
    }

    /** The finding's text, shared with TR361: the product and both periods. */
    static String melding(String product, LocalDate begin, Optional<LocalDate> eind, LocalDate eerderBegin,
                          Optional<LocalDate> eerderEind) {
        return "Product " + product + " komt vaker voor met overlappende perioden: " + periode(begin, eind) + " en "
                + periode(eerderBegin, eerderEind) + ".";
    }

    private static String periode(LocalDate begin, Optional<LocalDate> eind) {
        return begin + " t/m " + eind.map(LocalDate::toString).orElse("open einde");
    }
}
