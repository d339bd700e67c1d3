package nl.ijw.gateway.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * The shape of most conditions (CD) and constraints (CS): in every class of one name, a check that
 * either passes or says where and why it fails. Each rule gives only the class and its check.
 */
final class Voorwaarde {

    /** A violation in one class: the element it is found at, and the explanation. */
    record Overtreding(Element waar, String melding) {
    }

    private Voorwaarde() {
    }

    static List<Bevinding> toets(Regel regel, Bericht bericht, String klasse, Function<Element, Optional<Overtreding>> controle) {
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Element element : bericht.alle(klasse)) {
            controle.apply(element).ifPresent(o -> bevindingen.add(regel.bevinding(bericht, o.waar(), o.melding())));
        }
        return bevindingen;
    }

    /** The same check over several product classes, each with its own period elements. */
    static List<Bevinding> toets(Regel regel, Bericht bericht, List<PeriodeVolgorde.Klasse> klassen,
                                 java.util.function.BiFunction<Element, PeriodeVolgorde.Klasse, Optional<Overtreding>> controle) {
        List<Bevinding> bevindingen = new ArrayList<>();
        for (PeriodeVolgorde.Klasse klasse : klassen) {
            bevindingen.addAll(toets(regel, bericht, klasse.klasse(), element -> controle.apply(element, klasse)));
        }
        return bevindingen;
    }

    /** A class holding both elements breaks a rule that says the second stays empty when the first is there. */
    static Optional<Overtreding> nietSamen(Element klasse, String aanwezig, String leeg) {
        return heeft(klasse, aanwezig) && heeft(klasse, leeg)
                ? Optional.of(new Overtreding(kind(klasse, leeg), leeg + " moet leeg blijven: er is een " + aanwezig + "."))
                : Optional.empty();
    }

    static boolean heeft(Element klasse, String naam) {
        return Bericht.kind(klasse, naam).isPresent();
    }

    static Element kind(Element klasse, String naam) {
        return Bericht.kind(klasse, naam).orElseThrow();
    }
}
