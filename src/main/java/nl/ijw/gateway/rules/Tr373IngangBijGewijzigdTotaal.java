package nl.ijw.gateway.rules;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.rules.Geschiedenis.Omvang;
import nl.ijw.gateway.rules.Toewijzingen.Genoemd;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR373: a TeWijzigenProduct that changes its allocation's Budget, or its total over the allocation's
 * period (an Omvang with Frequentie 6, before or after), asks for the change from the allocation's
 * own Ingangsdatum: a total cannot be split over a part of the period. State read: that allocation
 * as the municipality sent it; one the gateway does not know, or whose content it did not keep, is
 * not judged (OP095).
 */
public final class Tr373IngangBijGewijzigdTotaal extends BerichtoverstijgendeRegel {

    public Tr373IngangBijGewijzigdTotaal(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR373", "9373", BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Genoemd g : OmvangBijToewijzing.teWijzigen(this, bericht)) {
            LocalDate ingang = g.toewijzing().ingangsdatum();
            boolean budget = budgetGewijzigd(g);
            if (ingang == null || !budget && !totaalGewijzigd(g)) {
                continue;
            }
            Element gewenst = Bericht.kind(g.klasse(), "GewensteIngangsdatum").orElseThrow();
            LocalDate dag = Bericht.datum(g.klasse(), "GewensteIngangsdatum").orElseThrow();
            if (!dag.equals(ingang)) {
                bevindingen.add(bevinding(bericht, gewenst, (budget ? "Budget" : "Totale Omvang") + " van toewijzing "
                        + g.toewijzing().nummer() + " wijzigt: GewensteIngangsdatum " + dag + " moet gelijk zijn aan de Ingangsdatum "
                        + ingang + " van de toewijzing."));
            }
        }
        return bevindingen;
    }

    private static boolean budgetGewijzigd(Genoemd g) {
        Optional<String> nieuw = Bericht.tekst(g.klasse(), "Budget");
        return nieuw.isPresent() && !g.inhoud().budget().map(BigInteger::new).equals(nieuw.map(BigInteger::new));
    }

    private static boolean totaalGewijzigd(Genoemd g) {
        Optional<Omvang> nieuw = Omvang.van(g.klasse());
        Optional<Omvang> oud = g.inhoud().omvang();
        boolean totaal = nieuw.filter(Tr373IngangBijGewijzigdTotaal::inTotaal).isPresent()
                || oud.filter(Tr373IngangBijGewijzigdTotaal::inTotaal).isPresent();
        return totaal && nieuw.isPresent() && (oud.isEmpty() || !oud.get().gelijk(nieuw.get()));
    }

    private static boolean inTotaal(Omvang omvang) {
        return Omvang.TOTAAL_IN_PERIODE.equals(omvang.frequentie());
    }
}
