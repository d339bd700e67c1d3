package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * CS338: in allocated, new and changed products running past 31-12-2020, an Omvang in Eenheid 14, 16, 83 or 84 has
 * Frequentie 2, 4 or 6.
 */
public final class Cs338FrequentieBijEenheid extends BasisRegel {

    public Cs338FrequentieBijEenheid() {
        super("CS338", Bevinding.AFGEKEURD, BerichtType.JW301, BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, List.of(Productklassen.TOEGEWEZEN, Productklassen.NIEUW, Productklassen.TE_WIJZIGEN), OmvangRegels::frequentieBijEenheid);
    }
}
