package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR326: a start on an allocation only when no start on it stands that has not been stopped. State
 * read: this provider's starts and stops for this client at the municipality; the sender made them.
 * A start with the same Begindatum is TR074's case, not this rule's.
 */
public final class Tr326GeenTweedeActueleStart extends BerichtoverstijgendeRegel {

    public Tr326GeenTweedeActueleStart(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR326", "9326", BerichtType.JW305);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Leveringen leveringen = Leveringen.van(geschiedenis, bericht);
        return bijAanleveringen(bericht, "Begindatum", a -> a.nieuwOfGewijzigd() && leveringen.starts(a.levering().sleutel())
                .anyMatch(s -> !s.begindatum().equals(a.levering().begindatum()) && leveringen.stops(s).findAny().isEmpty()),
                a -> "Er loopt al een start op deze toewijzing die niet gestopt is.");
    }
}
