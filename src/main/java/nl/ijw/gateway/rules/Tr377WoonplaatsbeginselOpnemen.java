package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR377: an answer (JW319) refusing for the woonplaatsbeginsel (RedenAfwijzingVerzoek 8) names the
 * responsible municipality.
 */
public final class Tr377WoonplaatsbeginselOpnemen extends BasisRegel {

    public Tr377WoonplaatsbeginselOpnemen() {
        super("TR377", Bevinding.AFGEKEURD, BerichtType.JW319);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Woonplaatsbeginsel.toets(this, bericht, true);
    }
}
