package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD085: an answer that refuses the request (VerzoekAntwoord 1) gives the RedenAfwijzingVerzoek. */
public final class Cd085RedenBijAfwijzing extends BasisRegel {

    public Cd085RedenBijAfwijzing() {
        super("CD085", Bevinding.AFGEKEURD, BerichtType.JW319);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Antwoord", klasse ->
                Bericht.tekst(klasse, "VerzoekAntwoord").filter("1"::equals).isPresent() && !Voorwaarde.heeft(klasse, "RedenAfwijzingVerzoek")
                        ? Optional.of(new Voorwaarde.Overtreding(klasse, "RedenAfwijzingVerzoek ontbreekt; die is verplicht bij VerzoekAntwoord 1 (verzoek afgewezen)."))
                        : Optional.empty());
    }
}
