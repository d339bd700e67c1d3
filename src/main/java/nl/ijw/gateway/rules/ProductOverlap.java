package nl.ijw.gateway.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        List<Bevinding> bevindingen = new ArrayList<>();
        List<Element> klassen = bericht.alle(k.klasse());
        for (int j = 1; j < klassen.size(); j++) {
            Element later = klassen.get(j);
            Optional<String> product = product(later);
            Optional<LocalDate> begin = Bericht.datum(later, k.begin());
            if (product.isEmpty() || begin.isEmpty()) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                Element eerder = klassen.get(i);
                Optional<LocalDate> eerderBegin = Bericht.datum(eerder, k.begin());
                if (product.equals(product(eerder)) && eerderBegin.isPresent()
                        && overlappen(begin.get(), Bericht.datum(later, k.eind()), eerderBegin.get(), Bericht.datum(eerder, k.eind()))) {
                    bevindingen.add(regel.bevinding(bericht, later, "Product " + product.get() + " komt vaker voor met "
                            + "overlappende perioden: " + periode(begin.get(), Bericht.datum(later, k.eind())) + " en "
                            + periode(eerderBegin.get(), Bericht.datum(eerder, k.eind())) + "."));
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

    static String periode(LocalDate begin, Optional<LocalDate> eind) {
        return begin + " t/m " + eind.map(LocalDate::toString).orElse("open einde");
    }
}
