package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR019: a start (JW305) or stop (JW307) is linked to an allocation by its ToewijzingNummer. State
 * read: the allocations the receiving municipality sent this provider for this client in the JW301s
 * the gateway forwarded. A JW301 holds all of them (OP087); when the gateway never forwarded one
 * for this client it cannot know and does not reject (OP095). A product without a ToewijzingNummer
 * (not product-specific) is not judged.
 */
public final class Tr019GekoppeldAanToewijzing extends BerichtoverstijgendeRegel {

    public Tr019GekoppeldAanToewijzing(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR019", "9019", BerichtType.JW305, BerichtType.JW307);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Optional<Toewijzingen> bekend = toewijzingen(bericht);
        return bijAanleveringen(bericht, "ToewijzingNummer",
                a -> bekend.isPresent() && a.toewijzingNummer().filter(n -> bekend.get().met(n).isEmpty()).isPresent(),
                a -> "ToewijzingNummer " + a.toewijzingNummer().orElseThrow()
                        + " hoort niet bij een toewijzing van deze gemeente aan deze aanbieder voor deze cliënt.");
    }
}
