package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR071: a start may not be removed (StatusAanlevering 3) once a stop was sent for it. State read:
 * the stops this provider sent the municipality for this client and start; the provider sent them
 * itself, so a stop the gateway saw is one the sender knows of.
 */
public final class Tr071GeenVerwijderingNaStop extends BerichtoverstijgendeRegel {

    public Tr071GeenVerwijderingNaStop(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR071", "9071", BerichtType.JW305);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Leveringen leveringen = Leveringen.van(geschiedenis, bericht);
        return bijAanleveringen(bericht, "StatusAanlevering", a -> Leveringen.VERWIJDERD.equals(a.levering().statusAanlevering())
                && leveringen.stops(a.levering()).findAny().isPresent(),
                a -> "Voor deze start is al een stop verstuurd; de start kan niet meer verwijderd worden.");
    }
}
