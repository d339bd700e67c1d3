package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD075: a product with a Budget has an end date (allocated, requested, new and changed products). */
public final class Cd075EinddatumBijBudget extends BasisRegel {

    public Cd075EinddatumBijBudget() {
        super("CD075", Bevinding.AFGEKEURD, BerichtType.JW301, BerichtType.JW315, BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, Productklassen.ALLE, (product, klasse) ->
                Voorwaarde.heeft(product, "Budget") && !Voorwaarde.heeft(product, klasse.eind())
                        ? Optional.of(new Voorwaarde.Overtreding(product, klasse.eind() + " ontbreekt; die is verplicht bij een Budget."))
                        : Optional.empty());
    }
}
