package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * CS343: in requested products running past 31-12-2020, an Omvang in Eenheid 14, 16, 83 or 84 has
 * Frequentie 2, 4 or 6.
 */
public final class Cs343FrequentieBijEenheid extends BasisRegel {

    public Cs343FrequentieBijEenheid() {
        super("CS343", Bevinding.AFGEKEURD, BerichtType.JW315);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, List.of(Productklassen.AANGEVRAAGD), OmvangRegels::frequentieBijEenheid);
    }
}
