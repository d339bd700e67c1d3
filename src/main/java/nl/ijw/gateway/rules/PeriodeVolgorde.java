package nl.ijw.gateway.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * The date-order check shared by CS003 and TR018: in each class of the given name, the end date
 * must not lie before the start date. Only the pair of element names differs per class.
 */
final class PeriodeVolgorde {

    record Klasse(String klasse, String begin, String eind) {
    }

    private PeriodeVolgorde() {
    }

    static List<Bevinding> toets(Regel regel, Bericht bericht, List<Klasse> klassen) {
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Klasse k : klassen) {
            for (Element klasse : bericht.alle(k.klasse())) {
                Optional<LocalDate> begin = Bericht.datum(klasse, k.begin());
                Optional<LocalDate> eind = Bericht.datum(klasse, k.eind());
                if (begin.isPresent() && eind.isPresent() && eind.get().isBefore(begin.get())) {
                    Element eindElement = Bericht.kind(klasse, k.eind()).orElseThrow();
                    bevindingen.add(regel.bevinding(bericht, eindElement, k.eind() + " " + eind.get()
                            + " ligt vóór " + k.begin() + " " + begin.get() + "."));
                }
            }
        }
        return bevindingen;
    }
}
