package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD077: an allocated product with a Budget has no Omvang. */
public final class Cd077GeenOmvangBijBudget extends BasisRegel {

    public Cd077GeenOmvangBijBudget() {
        super("CD077", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "ToegewezenProduct", klasse -> Voorwaarde.nietSamen(klasse, "Budget", "Omvang"));
    }
}
