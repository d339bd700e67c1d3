package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * CS003: an Einddatum, when filled, is on or after the Begindatum (or Ingangsdatum) of its period,
 * in ToegewezenProduct and Contact/Periode (JW301), AangevraagdProduct (JW315), NieuwProduct and
 * TeWijzigenProduct (JW317).
 */
public final class Cs003EinddatumNietVoorBegindatum extends BasisRegel {

    private static final List<PeriodeVolgorde.Klasse> KLASSEN = List.of(
            Productklassen.TOEGEWEZEN,
            new PeriodeVolgorde.Klasse("Periode", "Begindatum", "Einddatum"),
            Productklassen.AANGEVRAAGD,
            Productklassen.NIEUW,
            Productklassen.TE_WIJZIGEN);

    public Cs003EinddatumNietVoorBegindatum() {
        super("CS003", Bevinding.AFGEKEURD, BerichtType.JW301, BerichtType.JW315, BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return PeriodeVolgorde.toets(this, bericht, KLASSEN);
    }
}
