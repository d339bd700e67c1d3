package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR413: after a temporary stop (RedenBeeindiging 20) of a start, a next stop of that start is not
 * temporary again. State read: the stops standing for the same client, allocation and Begindatum,
 * sent by this provider.
 */
public final class Tr413NaTijdelijkeStopDefinitief extends BerichtoverstijgendeRegel {

    public Tr413NaTijdelijkeStopDefinitief(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR413", "9413", BerichtType.JW307);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Leveringen leveringen = Leveringen.van(geschiedenis, bericht);
        return bijAanleveringen(bericht, "RedenBeeindiging", a -> a.nieuwOfGewijzigd()
                && Leveringen.TIJDELIJK.equals(a.levering().redenBeeindiging())
                && leveringen.stops(a.levering()).anyMatch(s -> Leveringen.TIJDELIJK.equals(s.redenBeeindiging())),
                a -> "Deze start is al tijdelijk beëindigd; een volgende stop is definitief.");
    }
}
