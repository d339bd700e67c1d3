package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD079: an allocated product without a Budget names its Product. */
public final class Cd079ProductZonderBudget extends BasisRegel {

    public Cd079ProductZonderBudget() {
        super("CD079", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "ToegewezenProduct", klasse ->
                !Voorwaarde.heeft(klasse, "Budget") && !Voorwaarde.heeft(klasse, "Product")
                        ? Optional.of(new Voorwaarde.Overtreding(klasse, "Product ontbreekt; dat is verplicht zonder Budget."))
                        : Optional.empty());
    }
}
