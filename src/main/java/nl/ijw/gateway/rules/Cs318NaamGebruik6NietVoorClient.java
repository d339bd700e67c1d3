package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CS318: the client is a natural person: the Naam of the Client never has NaamGebruik 6 (niet-natuurlijk persoon). */
public final class Cs318NaamGebruik6NietVoorClient extends BasisRegel {

    public Cs318NaamGebruik6NietVoorClient() {
        super("CS318", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Client", client -> Bericht.kind(client, "Naam")
                .flatMap(naam -> Bericht.kind(naam, "NaamGebruik"))
                .filter(gebruik -> "6".equals(gebruik.getTextContent().trim()))
                .map(gebruik -> new Voorwaarde.Overtreding(gebruik, "NaamGebruik 6 (niet-natuurlijk persoon) is voor een cliënt niet toegestaan.")));
    }
}
