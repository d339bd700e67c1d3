package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * CS050: the client's Naam with a Partnernaam has NaamGebruik 1, 2, 3 or 4 (which names, in which
 * order); without one, NaamGebruik 1 or 6.
 */
public final class Cs050NaamGebruikBijPartnernaam extends BasisRegel {

    private static final Set<String> MET_PARTNER = Set.of("1", "2", "3", "4");
    private static final Set<String> ZONDER_PARTNER = Set.of("1", "6");

    public Cs050NaamGebruikBijPartnernaam() {
        super("CS050", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Client", client -> Bericht.kind(client, "Naam").flatMap(naam -> {
            boolean partner = Voorwaarde.heeft(naam, "Partnernaam");
            Set<String> toegestaan = partner ? MET_PARTNER : ZONDER_PARTNER;
            return Bericht.tekst(naam, "NaamGebruik").filter(g -> !toegestaan.contains(g))
                    .map(g -> new Voorwaarde.Overtreding(Voorwaarde.kind(naam, "NaamGebruik"), "NaamGebruik " + g + " past niet "
                            + (partner ? "bij een Partnernaam (alleen 1, 2, 3 of 4)." : "zonder Partnernaam (alleen 1 of 6).")));
        }));
    }
}
