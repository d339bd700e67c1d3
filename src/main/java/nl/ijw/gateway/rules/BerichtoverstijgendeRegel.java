package nl.ijw.gateway.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * A rule that spans messages (level "berichtoverstijgend"): it reads what the gateway saw before
 * through {@link Geschiedenis}. Each subclass documents the state it reads and when it cannot know.
 */
abstract class BerichtoverstijgendeRegel extends BasisRegel {

    protected final Geschiedenis geschiedenis;

    BerichtoverstijgendeRegel(Geschiedenis geschiedenis, String code, String retourcode, BerichtType... berichten) {
        super(code, retourcode, berichten);
        this.geschiedenis = geschiedenis;
    }

    /** For a message from a provider: the allocations its receiving municipality sent it for the client. */
    Optional<Toewijzingen> toewijzingen(Bericht bericht) {
        return Toewijzingen.van(geschiedenis, bericht, bericht.header().afzender(), bericht.header().ontvanger());
    }

    /** Whether the gateway saw every start and stop on the allocation this delivery is about. */
    static boolean volledigBekend(Optional<Toewijzingen> toewijzingen, Leveringen.Aanlevering a) {
        return toewijzingen.isPresent() && a.toewijzingNummer().filter(toewijzingen.get()::leveringenVolledigBekend).isPresent();
    }

    /** A finding at the named element of each StartProduct or StopProduct that breaks the rule. */
    List<Bevinding> bijAanleveringen(Bericht bericht, String element, Predicate<Leveringen.Aanlevering> fout,
                                     Function<Leveringen.Aanlevering, String> melding) {
        return Leveringen.lees(bericht).stream().filter(fout)
                .map(a -> bevinding(bericht, Bericht.kind(a.element(), element).orElseThrow(), melding.apply(a))).toList();
    }

    /** One finding at this element when the rule is broken, none otherwise. */
    List<Bevinding> als(boolean fout, Bericht bericht, Element waar, String melding) {
        return fout ? List.of(bevinding(bericht, waar, melding)) : List.of();
    }

    /**
     * TR355 and TR379: whether the gateway saw this provider's requests with this reference and all
     * went to another municipality or, when the message names its client, were for another client.
     * A reference it never saw says nothing.
     */
    boolean referentieVanAnder(String aanbieder, String referentie, Optional<String> client, String gemeente) {
        List<Geschiedenis.Verzoek> verzoeken = geschiedenis.verzoekenMetReferentie(aanbieder, referentie);
        return !verzoeken.isEmpty() && verzoeken.stream().noneMatch(v -> v.gemeente().equals(gemeente)
                && client.map(geschiedenis::clientSleutel).map(v.client()::equals).orElse(true));
    }

    static final String REFERENTIE_VAN_ANDER = "ReferentieAanbieder hoort bij een verzoek voor een andere cliënt of gemeente.";

    /** The ReferentieAanbieder of an answer (JW319): the request it answers. */
    static Element referentie(Bericht antwoord) {
        return antwoord.alle("ReferentieAanbieder").get(0);
    }
}
