package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * CS335: RedenWijziging 13 (verwijderd) only on an allocated product whose Einddatum equals its
 * Ingangsdatum: a removed allocation is closed on the day it began.
 */
public final class Cs335VerwijderdAlleenZonderLooptijd extends BasisRegel {

    public Cs335VerwijderdAlleenZonderLooptijd() {
        super("CS335", Bevinding.AFGEKEURD, BerichtType.JW301);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Voorwaarde.toets(this, bericht, "ToegewezenProduct", klasse -> {
            if (Bericht.tekst(klasse, "RedenWijziging").filter("13"::equals).isEmpty()) {
                return Optional.empty();
            }
            Optional<String> ingang = Bericht.tekst(klasse, "Ingangsdatum");
            Optional<String> eind = Bericht.tekst(klasse, "Einddatum");
            return eind.isPresent() && eind.equals(ingang) ? Optional.empty()
                    : Optional.of(new Voorwaarde.Overtreding(Voorwaarde.kind(klasse, "RedenWijziging"), "RedenWijziging 13 "
                            + "(verwijderd) vraagt een Einddatum gelijk aan de Ingangsdatum " + ingang.orElse("?") + "; die is "
                            + eind.orElse("leeg") + "."));
        });
    }
}
