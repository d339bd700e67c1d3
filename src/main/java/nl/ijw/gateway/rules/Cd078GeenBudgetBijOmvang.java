package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD078: an allocated product with an Omvang has no Budget. */
public final class Cd078GeenBudgetBijOmvang extends BasisRegel {

    public Cd078GeenBudgetBijOmvang() {
        super("CD078", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "ToegewezenProduct", klasse -> Voorwaarde.nietSamen(klasse, "Omvang", "Budget"));
    }
}
