package nl.ijw.gateway.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.rules.Geschiedenis.Inhoud;
import nl.ijw.gateway.rules.Toewijzingen.Genoemd;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * TR361: one Product appears more than once in a request for change only when its periods do not
 * overlap. An OngewijzigdProduct stands for its allocation's product and period; a TeWijzigenProduct
 * for its allocation's product from the allocation's Ingangsdatum to the Einddatum asked for; a
 * NieuwProduct for itself. Two NieuwProducts are TR410's. State read: the allocations named, as the
 * municipality sent them; ones the gateway does not know are left out (OP095).
 */
public final class Tr361ProductenInVerzoekOverlappenNiet extends BerichtoverstijgendeRegel {

    public Tr361ProductenInVerzoekOverlappenNiet(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR361", "9361", BerichtType.JW317);
    }

    /** One product of the request with the period it stands for; {@code bestaand} when it is an allocation. */
    private record Deel(Element klasse, String product, LocalDate begin, Optional<LocalDate> eind, boolean bestaand) {
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        Optional<Toewijzingen> toewijzingen = toewijzingen(bericht);
        if (toewijzingen.isEmpty()) {
            return List.of();
        }
        List<Deel> delen = new ArrayList<>();
        for (Genoemd g : toewijzingen.get().genoemd(bericht, "OngewijzigdProduct")) {
            bestaand(g, Optional.ofNullable(g.toewijzing().einddatum())).ifPresent(delen::add);
        }
        for (Genoemd g : toewijzingen.get().genoemd(bericht, "TeWijzigenProduct")) {
            bestaand(g, Bericht.datum(g.klasse(), "Einddatum")).ifPresent(delen::add);
        }
        for (Element nieuw : bericht.alle("NieuwProduct")) {
            Inhoud.van(nieuw).product().ifPresent(product -> delen.add(new Deel(nieuw, product,
                    Bericht.datum(nieuw, "GewensteIngangsdatum").orElseThrow(), Bericht.datum(nieuw, "Einddatum"), false)));
        }
        List<Bevinding> bevindingen = new ArrayList<>();
        for (int j = 1; j < delen.size(); j++) {
            Deel later = delen.get(j);
            for (Deel eerder : delen.subList(0, j)) {
                if ((eerder.bestaand() || later.bestaand()) && eerder.product().equals(later.product())
                        && ProductOverlap.overlappen(later.begin(), later.eind(), eerder.begin(), eerder.eind())) {
                    bevindingen.add(bevinding(bericht, later.klasse(), ProductOverlap.melding(later.product(), later.begin(),
                            later.eind(), eerder.begin(), eerder.eind())));
                    break;
                }
            }
        }
        return bevindingen;
    }

    private static Optional<Deel> bestaand(Genoemd g, Optional<LocalDate> eind) {
        if (g.toewijzing().ingangsdatum() == null) {
            return Optional.empty();
        }
        return g.inhoud().product().map(product -> new Deel(g.klasse(), product, g.toewijzing().ingangsdatum(), eind, true));
    }
}
