package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR414: a stop of a start that was stopped before ends on or after the Einddatum of the stops
 * standing for it. State read: this provider's stops for the same client, allocation and Begindatum.
 */
public final class Tr414EinddatumNaEerdereStop extends BerichtoverstijgendeRegel {

    public Tr414EinddatumNaEerdereStop(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR414", "9414", BerichtType.JW307);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Leveringen leveringen = Leveringen.van(geschiedenis, bericht);
        return bijAanleveringen(bericht, "Einddatum", a -> a.nieuwOfGewijzigd() && leveringen.stops(a.levering())
                .anyMatch(s -> s.einddatum() != null && a.levering().einddatum().isBefore(s.einddatum())),
                a -> "Einddatum ligt voor de Einddatum van een eerdere stop van deze start.");
    }
}
