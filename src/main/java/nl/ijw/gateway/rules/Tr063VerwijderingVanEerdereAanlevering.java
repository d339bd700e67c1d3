package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR063: StatusAanlevering 3 (remove) only for a delivery with the same logical key that was sent
 * before. State read: the starts and stops this provider sent the municipality for this client.
 * This rule rejects on what is absent, so it only judges an allocation whose every start and stop
 * the gateway saw ({@link Toewijzingen#leveringenVolledigBekend}); not product-specific deliveries
 * and allocations from before the gateway's journal are not judged (OP095).
 */
public final class Tr063VerwijderingVanEerdereAanlevering extends BerichtoverstijgendeRegel {

    public Tr063VerwijderingVanEerdereAanlevering(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR063", "9063", BerichtType.JW305, BerichtType.JW307);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Optional<Toewijzingen> toewijzingen = toewijzingen(bericht);
        Leveringen leveringen = Leveringen.van(geschiedenis, bericht);
        return bijAanleveringen(bericht, "StatusAanlevering", a -> Leveringen.VERWIJDERD.equals(a.levering().statusAanlevering())
                && volledigBekend(toewijzingen, a) && !leveringen.ooitGeleverd(a.levering()),
                a -> "Er is geen eerdere aanlevering met dezelfde sleutel om te verwijderen.");
    }
}
