package nl.ijw.gateway.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.validation.Bevinding;

/**
 * Every in-message rule the gateway applies, in one list. Adding a rule is one class plus one
 * line here. Findings come out in catalogue order, then document order, so reports are stable.
 */
public final class RegelCatalogus {

    private final List<Regel> regels;

    public RegelCatalogus(Clock klok) {
        this(klok, Geschiedenis.LEEG);
    }

    public RegelCatalogus(Clock klok, Geschiedenis geschiedenis) {
        this.regels = List.of(
                new Cs002BsnElfproef(),
                new Cs003EinddatumNietVoorBegindatum(),
                new Tr018EinddatumNietVoorBegindatum(),
                new Tr135DagtekeningNietInDeToekomst(klok),
                new Tr056IdentificatieUniek(geschiedenis),
                new Tr019GekoppeldAanToewijzing(geschiedenis));
    }

    public List<Regel> regels() {
        return regels;
    }

    public List<Bevinding> toets(Bericht bericht) {
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Regel regel : regels) {
            if (regel.berichten().contains(bericht.type())) {
                bevindingen.addAll(regel.toets(bericht));
            }
        }
        return bevindingen;
    }
}
