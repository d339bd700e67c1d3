package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD076: a product whose Omvang has Frequentie 2 (per week) has an end date. */
public final class Cd076EinddatumBijFrequentiePerWeek extends BasisRegel {

    /** Frequentie: per week. */
    private static final String PER_WEEK = "2";

    public Cd076EinddatumBijFrequentiePerWeek() {
        super("CD076", Bevinding.AFGEKEURD, BerichtType.JW301, BerichtType.JW315, BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, Productklassen.ALLE, (product, klasse) ->
                Bericht.tekst(product, "Omvang", "Frequentie").filter(PER_WEEK::equals).isPresent()
                        && !Voorwaarde.heeft(product, klasse.eind())
                        ? Optional.of(new Voorwaarde.Overtreding(product, klasse.eind()
                                + " ontbreekt; die is verplicht bij een Omvang per week (Frequentie 2)."))
                        : Optional.empty());
    }
}
