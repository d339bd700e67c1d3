package nl.ijw.gateway.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.bericht.Header;
import nl.ijw.gateway.deadletter.DlqReden;
import nl.ijw.gateway.deadletter.DodeLetters;
import nl.ijw.gateway.intake.Ontvangst;
import nl.ijw.gateway.intake.TrackingId;
import nl.ijw.gateway.routing.Uitgaand;
import nl.ijw.gateway.validation.Beoordeling;
import nl.ijw.gateway.validation.Uitkomst;
import org.w3c.dom.Element;

/**
 * The journal step of the flow: records a processed message, the messages the gateway wrote for it
 * and what it sent, at the end of the flow and so before the JMS commit. A redelivered message that
 * is already journaled was processed before; only its sending is repeated.
 */
public final class JournaalStap {

    private static final Pattern NEGEN_CIJFERS = Pattern.compile("\\d{9}");

    /** Null when the journal is off. */
    private final Journaal journaal;
    private final Stand stand;

    public JournaalStap(Journaal journaal, Stand stand) {
        this.journaal = journaal;
        this.stand = stand;
    }

    /**
     * The flow with the journal off ({@code ijw.journaal.actief=false}): nothing is recorded, and no
     * message counts as processed before; only the broker's duplicate detection recognises a redelivery.
     */
    public static JournaalStap zonderJournaal() {
        return new JournaalStap(null, null);
    }

    /** Status of a message whose Afzender was not its signed-in sender's: a security event. */
    public static final String AFZENDER_GEWEIGERD = "AFZENDER_GEWEIGERD";

    /** Key soort linking a re-driven dead letter to the tracking id of the one it replaced. */
    public static final String OPNIEUW_VAN = "OpnieuwVan";

    public boolean eerderVerwerkt(String berichtId) {
        return journaal != null && journaal.bekend(berichtId);
    }

    /** What was sent the first time, to send again. */
    public List<Uitgaand> opnieuwTeVersturen(Beoordeling beoordeling) {
        return journaal == null ? List.of() : journaal.verzonden(beoordeling.berichtId(), beoordeling.ontvangst().inhoud());
    }

    public void registreer(Beoordeling b, List<Uitgaand> verzonden) {
        if (journaal == null) {
            return;
        }
        Instant nu = Instant.now();
        // The intake already asked the journal about this message; only these paths can meet it there.
        boolean mogelijkBekend = b.ontvangst().eerder() != Ontvangst.Eerder.NIET
                || b.dlqReden() == DlqReden.VERWERKINGSFOUT;
        if (mogelijkBekend && journaal.bekend(b.berichtId())) {
            // A redelivery of a journaled message: its history grows, its first record stays.
            journaal.voegStatusToe(b.berichtId(), status(b), afgekapt(b.dlqMelding()), nu);
            return;
        }
        if (b.uitkomst() == Uitkomst.AL_AFGELEVERD || b.uitkomst() == Uitkomst.EERDER_VERWERKT) {
            // Known to the broker but not to this journal (it was started empty): nothing to add.
            return;
        }
        Header h = b.header();
        Optional<String> beantwoordt = retourVanPartij(b);
        JournaalRegel in = new JournaalRegel(b.berichtId(), JournaalRegel.Richting.IN,
                b.type() == null ? null : b.type().name(), partij(h == null ? null : h.afzender()),
                partij(h == null ? null : h.ontvanger()), identificatie(h), dagtekening(h), b.ontvangst().kanaal(),
                status(b), afgekapt(b.dlqMelding()), b.dlqReden() == null ? null : b.dlqReden().name(), b.retourcodes(),
                b.beleid().signalen(), beantwoordt.orElse(null), b.ontvangst().inhoud(), b.ontvangst().ontvangen(),
                bsns(b.bericht()), sleutels(b));
        List<JournaalRegel> uit = new ArrayList<>();
        List<JournaalRegel> antwoorden = new ArrayList<>();
        if (b.retour() != null) {
            uit.add(geschreven(b, b.type().retourType().orElseThrow(), b.retourAan(), h.ontvanger(), identificatie(h),
                    "retour", b.retourcodes(), b.retour(), nu));
        }
        for (int i = 0; i < b.antwoorden().size(); i++) {
            var antwoord = b.antwoorden().get(i);
            JournaalRegel geschreven = geschreven(b, BerichtType.JW319, h.ontvanger(), h.afzender(), antwoord.identificatie(),
                    "antwoord:" + i, List.of(), antwoord.inhoud(), nu);
            uit.add(geschreven);
            antwoorden.add(geschreven);
        }
        journaal.registreerVerwerking(in, uit, verzonden == null ? List.of() : verzonden, b.ontvangst().inhoud(),
                stand.wijziging(b, antwoorden, beantwoordt), beantwoordt);
    }

    /**
     * A message the gateway writes is about the client of the message it answers: its BSN hashes and
     * keys are not recorded again, the search finds it through its heenbericht.
     */
    private static JournaalRegel geschreven(Beoordeling b, BerichtType type, String afzender, String ontvanger,
                                            String identificatie, String soort, List<String> codes, byte[] inhoud,
                                            Instant nu) {
        String id = TrackingId.afgeleid(b.berichtId(), soort);
        return new JournaalRegel(id, JournaalRegel.Richting.UIT, type.name(), afzender, ontvanger, identificatie,
                LocalDate.now(), "gateway", "VERSTUURD", null, null, codes, b.beleid().signalen(), b.berichtId(),
                inhoud, nu, List.of(), Map.of());
    }

    /** A retour written by a party (accepted, forwarded) answers the heenbericht with its header's Identificatie. */
    private Optional<String> retourVanPartij(Beoordeling b) {
        if (b.uitkomst() != Uitkomst.GEACCEPTEERD || b.type().isHeenbericht()) {
            return Optional.empty();
        }
        return b.type().heenType().flatMap(heen -> stand.houder(b.header().afzender(), heen, b.header().identificatie()));
    }

    private static String afgekapt(String melding) {
        return melding == null || melding.length() <= 2000 ? melding : melding.substring(0, 2000);
    }

    private static String status(Beoordeling b) {
        return switch (b.uitkomst()) {
            case GEACCEPTEERD -> !b.doorsturen() ? "BEANTWOORD"
                    // The receiver writes the retour itself: the gateway waits for it (OP090).
                    : b.type().isHeenbericht() && b.retour() == null ? Journaal.WACHT_OP_RETOUR : "DOORGESTUURD";
            case AFGEKEURD -> b.vervalst() ? AFZENDER_GEWEIGERD : "AFGEKEURD";
            case ONBESTELBAAR -> "DEAD_LETTER";
            case AL_AFGELEVERD -> "AL_AFGELEVERD";
            case EERDER_VERWERKT -> "OPNIEUW_VERSTUURD";
        };
    }

    /** The header of a rejected message may hold anything: only well-formed values are journaled. */
    private static String partij(String code) {
        return Header.isPartijcode(code) ? code : null;
    }

    private static String identificatie(Header h) {
        return h == null || h.identificatie() == null || h.identificatie().length() > 12 ? null : h.identificatie();
    }

    private static LocalDate dagtekening(Header h) {
        try {
            return h == null || h.dagtekening() == null ? null : LocalDate.parse(h.dagtekening());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> bsns(Bericht bericht) {
        return bericht == null ? List.of() : bericht.alle("Bsn").stream().map(e -> e.getTextContent().trim())
                .filter(bsn -> NEGEN_CIJFERS.matcher(bsn).matches()).distinct().toList();
    }

    private static Map<String, List<String>> sleutels(Beoordeling b) {
        Bericht bericht = b.bericht();
        Map<String, List<String>> sleutels = new LinkedHashMap<>();
        // A re-driven dead letter is a new message; the key links it to the one it replaces.
        Object opnieuwVan = b.ontvangst().eigenschappen().get(DodeLetters.OPNIEUW_VAN);
        if (opnieuwVan instanceof String van && van.length() <= 36) {
            sleutels.put(OPNIEUW_VAN, List.of(van));
        }
        if (bericht != null) {
            for (String soort : List.of("ToewijzingNummer", "ReferentieAanbieder")) {
                List<String> waarden = bericht.alle(soort).stream().map(Element::getTextContent).map(String::trim)
                        .filter(w -> !w.isEmpty() && w.length() <= 36).distinct().toList();
                if (!waarden.isEmpty()) {
                    sleutels.put(soort, waarden);
                }
            }
        }
        return sleutels;
    }
}
