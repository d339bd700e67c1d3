package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** TR018: in a StopProduct (JW307) the Einddatum is on or after the Begindatum. */
public final class Tr018EinddatumNietVoorBegindatum extends BasisRegel {

    private static final List<PeriodeVolgorde.Klasse> KLASSEN =
            List.of(new PeriodeVolgorde.Klasse("StopProduct", "Begindatum", "Einddatum"));

    public Tr018EinddatumNietVoorBegindatum() {
        super("TR018", Bevinding.AFGEKEURD, BerichtType.JW307);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return PeriodeVolgorde.toets(this, bericht, KLASSEN);
    }
}
