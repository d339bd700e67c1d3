package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD086: an answer saying the request is being looked into (VerzoekAntwoord 2) gives no RedenAfwijzingVerzoek. */
public final class Cd086GeenRedenBijOnderzoek extends BasisRegel {

    public Cd086GeenRedenBijOnderzoek() {
        super("CD086", Bevinding.AFGEKEURD, BerichtType.JW319);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "Antwoord", klasse ->
                Bericht.tekst(klasse, "VerzoekAntwoord").filter("2"::equals).isPresent() && Voorwaarde.heeft(klasse, "RedenAfwijzingVerzoek")
                        ? Optional.of(new Voorwaarde.Overtreding(Voorwaarde.kind(klasse, "RedenAfwijzingVerzoek"),
                                "RedenAfwijzingVerzoek moet leeg blijven bij VerzoekAntwoord 2 (aanvraag in onderzoek)."))
                        : Optional.empty());
    }
}
