package nl.ijw.gateway.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.rules.Geschiedenis.Toewijzing;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * The allocations of one client at one provider as the gateway knows them from the JW301 messages it
 * forwarded. The most recent version of an allocation, by Toewijzingsdatum and -tijd, is the one that
 * counts (OP033x1).
 */
public final class Toewijzingen {

    private final Map<String, Toewijzing> laatste = new LinkedHashMap<>();
    private final Map<String, LocalDate> vroegsteIngang = new LinkedHashMap<>();
    private final Geschiedenis geschiedenis;

    private Toewijzingen(Geschiedenis geschiedenis, List<Toewijzing> versies, String gemeente) {
        this.geschiedenis = geschiedenis;
        versies.stream().filter(t -> t.gemeente().equals(gemeente))
                .sorted(Comparator.comparing(Toewijzing::toewijzingsmoment, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(t -> {
                    laatste.put(t.nummer(), t);
                    if (t.ingangsdatum() != null) {
                        vroegsteIngang.merge(t.nummer(), t.ingangsdatum(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                });
    }

    /**
     * The allocations from the municipality the message concerns (its receiver or sender, whichever
     * is the municipality) for the message's client at the provider; empty when the gateway never
     * forwarded a JW301 for this client to this provider, and so cannot know (OP095).
     */
    public static Optional<Toewijzingen> van(Geschiedenis geschiedenis, Bericht bericht, String aanbieder, String gemeente) {
        return bericht.afgeleid(List.of(Toewijzingen.class, geschiedenis, aanbieder, gemeente), () -> bericht.bsn()
                .flatMap(bsn -> geschiedenis.toewijzingen(aanbieder, bsn))
                .map(versies -> new Toewijzingen(geschiedenis, versies, gemeente))
                // What one municipality allocated says nothing about another's allocations.
                .filter(t -> !t.laatste.isEmpty()));
    }

    /** The current version of the allocation with this number, if this municipality made it. */
    public Optional<Toewijzing> met(String nummer) {
        return Optional.ofNullable(laatste.get(nummer));
    }

    /**
     * Each product of this class in a request for change (OngewijzigdProduct, TeWijzigenProduct) that
     * names an allocation of this municipality whose content the gateway knows, with that allocation.
     */
    public List<Genoemd> genoemd(Bericht verzoek, String klasse) {
        List<Genoemd> genoemd = new ArrayList<>();
        for (Element product : verzoek.alle(klasse)) {
            met(Bericht.tekst(product, "ToewijzingNummer").orElseThrow())
                    .ifPresent(t -> t.inhoud().ifPresent(inhoud -> genoemd.add(new Genoemd(product, t, inhoud))));
        }
        return genoemd;
    }

    /** A product of a request for change and the allocation it names. */
    public record Genoemd(Element klasse, Toewijzing toewijzing, Geschiedenis.Inhoud inhoud) {
    }

    /** The allocations that hold on this day: not removed (RedenWijziging 13) and not yet ended. */
    public List<Toewijzing> actueelOp(LocalDate dag) {
        return laatste.values().stream().filter(t -> actueel(t, dag)).toList();
    }

    /**
     * TR350 and TR351: every product of this class in a request for change names an allocation that
     * is current on the Dagtekening. Not judged when the gateway does not know the allocations.
     */
    static List<Bevinding> nietActueel(Regel regel, Geschiedenis geschiedenis, Bericht bericht, String klasse) {
        Optional<Toewijzingen> toewijzingen = van(geschiedenis, bericht, bericht.header().afzender(), bericht.header().ontvanger());
        if (toewijzingen.isEmpty()) {
            return List.of();
        }
        LocalDate dagtekening = BasisRegel.dagtekening(bericht);
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Element product : bericht.alle(klasse)) {
            Element nummer = Bericht.kind(product, "ToewijzingNummer").orElseThrow();
            String waarde = nummer.getTextContent().trim();
            if (toewijzingen.get().met(waarde).filter(t -> actueel(t, dagtekening)).isEmpty()) {
                bevindingen.add(regel.bevinding(bericht, nummer, "ToewijzingNummer " + waarde
                        + " is geen actuele toewijzing van deze gemeente aan deze aanbieder voor deze cliënt."));
            }
        }
        return bevindingen;
    }

    public static boolean actueel(Toewijzing t, LocalDate dag) {
        return !t.verwijderd() && (t.einddatum() == null || !t.einddatum().isBefore(dag));
    }

    /**
     * Whether the gateway saw every start and stop on this allocation, so that what it did not see
     * was not sent. Care is only reported after it began (OP011) and begins on or after the
     * allocation's Ingangsdatum; an allocation that took effect after the day from which the gateway
     * saw all traffic can have had no start or stop that passed it by.
     */
    public boolean leveringenVolledigBekend(String nummer) {
        Optional<LocalDate> sinds = geschiedenis.volledigSinds();
        LocalDate ingang = vroegsteIngang.get(nummer);
        return ingang != null && sinds.isPresent() && ingang.isAfter(sinds.get());
    }
}
