package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR382 (retourcode 9069; the "TR069"): a stop takes over the key of the start it ends
 * unchanged, so a stop names an allocation and Begindatum of a start that stands. State read: this
 * provider's starts for this client at the municipality. It rejects on what is absent, so like
 * TR063 it only judges allocations whose every start the gateway saw (OP095).
 */
public final class Tr382StopVolgtStart extends BerichtoverstijgendeRegel {

    public Tr382StopVolgtStart(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR382", "9069", BerichtType.JW307);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Optional<Toewijzingen> toewijzingen = toewijzingen(bericht);
        Leveringen leveringen = Leveringen.van(geschiedenis, bericht);
        return bijAanleveringen(bericht, "Begindatum", a -> a.nieuwOfGewijzigd() && volledigBekend(toewijzingen, a)
                && leveringen.starts(a.levering().sleutel()).noneMatch(s -> s.begindatum().equals(a.levering().begindatum())),
                a -> "Er is geen start met deze ToewijzingNummer en Begindatum.");
    }
}
