package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** TR409: an answer (JW319) holds Woonplaatsbeginsel only with RedenAfwijzingVerzoek 8. */
public final class Tr409WoonplaatsbeginselWeglaten extends BasisRegel {

    public Tr409WoonplaatsbeginselWeglaten() {
        super("TR409", Bevinding.AFGEKEURD, BerichtType.JW319);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Woonplaatsbeginsel.toets(this, bericht, false);
    }
}
