package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD080: an allocated product without a product Code, running past 31-12-2020, has no Omvang. */
public final class Cd080GeenOmvangZonderProductcode extends BasisRegel {

    public Cd080GeenOmvangZonderProductcode() {
        super("CD080", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, List.of(Productklassen.TOEGEWEZEN), OmvangRegels::geenOmvangZonderCode);
    }
}
