package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** CS058: a start or stop is delivered with StatusAanlevering 1 (eerste aanlevering) or 3 (verwijderen). */
public final class Cs058StatusAanlevering1Of3 extends BasisRegel {

    public Cs058StatusAanlevering1Of3() {
        super("CS058", Bevinding.AFGEKEURD, BerichtType.JW305, BerichtType.JW307);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        List<Bevinding> bevindingen = new java.util.ArrayList<>();
        for (String klasse : List.of("StartProduct", "StopProduct")) {
            bevindingen.addAll(Voorwaarde.toets(this, bericht, klasse, product ->
                    Bericht.tekst(product, "StatusAanlevering").filter(s -> !s.equals("1") && !s.equals("3"))
                            .map(s -> new Voorwaarde.Overtreding(Voorwaarde.kind(product, "StatusAanlevering"), "StatusAanlevering is "
                                    + s + "; alleen 1 (eerste aanlevering) of 3 (verwijderen) is toegestaan."))));
        }
        return bevindingen;
    }
}
