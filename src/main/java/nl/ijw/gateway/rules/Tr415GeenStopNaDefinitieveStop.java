package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR415: once a start was stopped for good (RedenBeeindiging other than 20), it gets no further stop.
 * State read: this provider's stops for the same client, allocation and Begindatum.
 */
public final class Tr415GeenStopNaDefinitieveStop extends BerichtoverstijgendeRegel {

    public Tr415GeenStopNaDefinitieveStop(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR415", "9415", BerichtType.JW307);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Leveringen leveringen = Leveringen.van(geschiedenis, bericht);
        return bijAanleveringen(bericht, "RedenBeeindiging", a -> a.nieuwOfGewijzigd()
                && leveringen.stops(a.levering()).anyMatch(s -> !Leveringen.TIJDELIJK.equals(s.redenBeeindiging())),
                a -> "Deze start is al definitief beëindigd.");
    }
}
