package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CD096: an new product in a request for change without a product Code, running past 31-12-2020, has no Omvang. */
public final class Cd096GeenOmvangZonderProductcode extends BasisRegel {

    public Cd096GeenOmvangZonderProductcode() {
        super("CD096", Bevinding.AFGEKEURD, BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, List.of(Productklassen.NIEUW), OmvangRegels::geenOmvangZonderCode);
    }
}
