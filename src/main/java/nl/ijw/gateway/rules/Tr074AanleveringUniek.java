package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR074: a new delivery (StatusAanlevering 1) has a logical key that no delivery standing from
 * earlier messages has. State read: this provider's starts and stops for this client at the
 * municipality, after removals; the sender made them itself.
 */
public final class Tr074AanleveringUniek extends BerichtoverstijgendeRegel {

    public Tr074AanleveringUniek(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR074", "9074", BerichtType.JW305, BerichtType.JW307);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Leveringen leveringen = Leveringen.van(geschiedenis, bericht);
        return bijAanleveringen(bericht, "Begindatum", a -> Leveringen.NIEUW.equals(a.levering().statusAanlevering())
                && leveringen.staat(a.levering()), a -> "Er is al een aanlevering met dezelfde sleutel.");
    }
}
