package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CS336: RedenWijziging 01 (administratieve correctie, vervallen) is not used. */
public final class Cs336RedenWijziging01NietGebruiken extends BasisRegel {

    public Cs336RedenWijziging01NietGebruiken() {
        super("CS336", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "ToegewezenProduct", klasse ->
                Bericht.tekst(klasse, "RedenWijziging").filter("01"::equals).isPresent()
                        ? Optional.of(new Voorwaarde.Overtreding(Voorwaarde.kind(klasse, "RedenWijziging"),
                                "RedenWijziging 01 (administratieve correctie) is vervallen en wordt niet gebruikt."))
                        : Optional.empty());
    }
}
