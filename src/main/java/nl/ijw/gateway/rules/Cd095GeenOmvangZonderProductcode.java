package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD095: an requested product without a product Code, running past 31-12-2020, has no Omvang. */
public final class Cd095GeenOmvangZonderProductcode extends BasisRegel {

    public Cd095GeenOmvangZonderProductcode() {
        super("CD095", Bevinding.AFGEKEURD, BerichtType.JW315);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, List.of(Productklassen.AANGEVRAAGD), OmvangRegels::geenOmvangZonderCode);
    }
}
