package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.rules.Toewijzingen.Genoemd;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * What TR375, TR411 and TR412 share: whether a TeWijzigenProduct holds an Omvang depends on the
 * product of the allocation it names, as CD041, CD080 and CD096 make it depend on a product in the
 * message itself. State read: that allocation as the municipality sent it; one the gateway does not
 * know, or whose content it did not keep, is not judged (OP095).
 */
final class OmvangBijToewijzing {

    private OmvangBijToewijzing() {
    }

    /** A finding at the Omvang of each TeWijzigenProduct that has one while its allocation's product says to leave it empty. */
    static List<Bevinding> leegLaten(BerichtoverstijgendeRegel regel, Bericht bericht, Predicate<Genoemd> leeg,
                                     Function<Genoemd, String> reden) {
        return teWijzigen(regel, bericht).stream()
                .filter(g -> leeg.test(g) && Productklassen.looptNa2020(g.klasse(), Productklassen.TE_WIJZIGEN))
                .flatMap(g -> Bericht.kind(g.klasse(), "Omvang").map(omvang -> regel.bevinding(bericht, omvang,
                        reden.apply(g) + ": Omvang leeg laten.")).stream())
                .toList();
    }

    /** Each TeWijzigenProduct with the allocation it names, where the gateway knows that allocation's content. */
    static List<Genoemd> teWijzigen(BerichtoverstijgendeRegel regel, Bericht bericht) {
        return regel.toewijzingen(bericht).map(t -> t.genoemd(bericht, "TeWijzigenProduct")).orElse(List.of());
    }

    static String nummer(Genoemd g) {
        return "Toewijzing " + g.toewijzing().nummer();
    }

    static Optional<Element> omvang(Genoemd g) {
        return Bericht.kind(g.klasse(), "Omvang");
    }
}
