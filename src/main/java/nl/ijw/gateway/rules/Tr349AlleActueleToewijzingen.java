package nl.ijw.gateway.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR349: a request for change (VOW) lists every current allocation of the client, as
 * OngewijzigdProduct or TeWijzigenProduct. State read: the allocations the receiving municipality
 * sent this provider for the client, current on the Dagtekening; the provider received each of them.
 */
public final class Tr349AlleActueleToewijzingen extends BerichtoverstijgendeRegel {

    public Tr349AlleActueleToewijzingen(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR349", "9349", BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Optional<Toewijzingen> toewijzingen = toewijzingen(bericht);
        if (toewijzingen.isEmpty()) {
            return List.of();
        }
        Set<String> genoemd = new HashSet<>();
        for (String klasse : List.of("OngewijzigdProduct", "TeWijzigenProduct")) {
            bericht.alle(klasse).forEach(p -> Bericht.tekst(p, "ToewijzingNummer").ifPresent(genoemd::add));
        }
        List<String> ontbrekend = toewijzingen.get().actueelOp(dagtekening(bericht)).stream().map(Geschiedenis.Toewijzing::nummer)
                .filter(nummer -> !genoemd.contains(nummer)).toList();
        return als(!ontbrekend.isEmpty(), bericht, bericht.alle("Verzoek").get(0),
                "Het verzoek noemt niet alle actuele toewijzingen; ontbrekend: " + String.join(", ", ontbrekend) + ".");
    }
}
