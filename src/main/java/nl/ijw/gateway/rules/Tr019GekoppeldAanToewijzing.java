package nl.ijw.gateway.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR019: a start (JW305) or stop (JW307) is linked to an allocation by its ToewijzingNummer
 * (retourcode 9019). State read: the allocation numbers of the JW301 messages the gateway forwarded
 * for this client to this provider. When the gateway never saw a JW301 for them it cannot know, and
 * does not reject (OP095); a product without a ToewijzingNummer (non-product-specific) is not judged.
 */
public final class Tr019GekoppeldAanToewijzing implements Regel {

    private final Geschiedenis geschiedenis;

    public Tr019GekoppeldAanToewijzing(Geschiedenis geschiedenis) {
        this.geschiedenis = geschiedenis;
    }

    @Override
    public String code() {
        return "TR019";
    }

    @Override
    public String retourcode() {
        return "9019";
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW305, BerichtType.JW307);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        String bsn = bericht.alle("Bsn").stream().findFirst().map(e -> e.getTextContent().trim()).orElse(null);
        if (bsn == null) {
            return List.of();
        }
        Optional<Set<String>> bekend = geschiedenis.toewijzingen(bericht.header().afzender(), bsn);
        if (bekend.isEmpty()) {
            return List.of();
        }
        List<Bevinding> bevindingen = new ArrayList<>();
        String klasse = bericht.type() == BerichtType.JW305 ? "StartProduct" : "StopProduct";
        for (Element product : bericht.alle(klasse)) {
            Optional<Element> nummer = Bericht.kind(product, "ToewijzingNummer");
            if (nummer.isPresent() && !bekend.get().contains(nummer.get().getTextContent().trim())) {
                bevindingen.add(bevinding(bericht, nummer.get(), "ToewijzingNummer " + nummer.get().getTextContent().trim()
                        + " hoort niet bij een toewijzing van deze cliënt aan deze aanbieder."));
            }
        }
        return bevindingen;
    }
}
