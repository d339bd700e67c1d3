package nl.ijw.gateway.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.bericht.Header;
import java.util.function.Supplier;
import nl.ijw.gateway.deadletter.DlqReden;
import nl.ijw.gateway.regions.Aanbieder;
import nl.ijw.gateway.regions.Gemeente;
import nl.ijw.gateway.regions.PartijRegister;
import nl.ijw.gateway.validation.Beoordeling;

/**
 * Decides where each outgoing message goes and with which JMS properties (CONTRACT.md). Every
 * outgoing message carries a duplicate id derived from the tracking id and its kind, so the broker
 * drops a second copy if a message is processed again after a commit whose outcome was lost.
 */
public final class Routering {

    public static final String OUTBOX_PREFIX = PartijRegister.OUTBOX_PREFIX;

    private final Supplier<PartijRegister> partijen;

    public Routering(Supplier<PartijRegister> partijen) {
        this.partijen = partijen;
    }

    /** The outbox of a party: as configured in the register, by default ijw.out.<code>. */
    String outbox(String code) {
        return partijen.get().outbox(code);
    }
    public static final String DLQ = "ijw.dlq";
    public static final String DUPLICAAT_ID = "_AMQ_DUPL_ID";
    private static final int MAX_MELDING = 2000;

    /**
     * The accepted message, unchanged, to its Ontvanger. A retour that a party wrote itself goes back
     * to the Afzender of its header: the sender of the heenbericht it answers.
     */
    public Uitgaand doorsturen(Beoordeling beoordeling) {
        Header h = beoordeling.header();
        String bestemming = beoordeling.type().isHeenbericht() ? h.ontvanger() : h.afzender();
        return new Uitgaand(outbox(bestemming), beoordeling.ontvangst().inhoud(),
                eigenschappen(beoordeling, beoordeling.type(), "doorgestuurd"));
    }

    /** The answers (JW319) the gateway sends on the municipality's behalf, to the provider. */
    public List<Uitgaand> antwoorden(Beoordeling beoordeling) {
        List<Uitgaand> uit = new ArrayList<>();
        var antwoorden = beoordeling.antwoorden();
        for (int i = 0; i < antwoorden.size(); i++) {
            Map<String, Object> eigenschappen = new LinkedHashMap<>();
            eigenschappen.put("ijw_berichttype", BerichtType.JW319.name());
            eigenschappen.put("ijw_afzender", beoordeling.header().ontvanger());
            eigenschappen.put("ijw_ontvanger", beoordeling.header().afzender());
            eigenschappen.put("ijw_identificatie", antwoorden.get(i).identificatie());
            eigenschappen.put("ijw_bericht_id", beoordeling.berichtId());
            eigenschappen.put("ijw_signalen", String.join(",", beoordeling.beleid().signalen()));
            eigenschappen.put(DUPLICAAT_ID, beoordeling.berichtId() + ":antwoord:" + i);
            uit.add(new Uitgaand(outbox(beoordeling.header().afzender()), antwoorden.get(i).inhoud(), eigenschappen));
        }
        return uit;
    }

    /** The retour message to the sender of the heenbericht. */
    public Uitgaand retour(Beoordeling beoordeling) {
        BerichtType retourType = beoordeling.type().retourType().orElseThrow();
        return new Uitgaand(outbox(beoordeling.retourAan()), beoordeling.retour(),
                eigenschappen(beoordeling, retourType, "retour"));
    }

    /**
     * The original message, untouched, to the dead-letter queue with the reason; with its type and
     * parties as properties where they could be read, so operators can filter on them.
     */
    public Uitgaand deadLetter(Beoordeling beoordeling) {
        Map<String, Object> eigenschappen = new LinkedHashMap<>(beoordeling.ontvangst().eigenschappen());
        if (beoordeling.type() != null) {
            eigenschappen.put("ijw_berichttype", beoordeling.type().name());
        }
        Header h = beoordeling.header();
        if (h != null && Header.isPartijcode(h.afzender())) {
            eigenschappen.put("ijw_afzender", h.afzender());
        }
        if (h != null && Header.isPartijcode(h.ontvanger())) {
            eigenschappen.put("ijw_ontvanger", h.ontvanger());
        }
        return deadLetter(beoordeling.ontvangst().inhoud(), eigenschappen,
                beoordeling.berichtId(), beoordeling.dlqReden(), beoordeling.dlqMelding());
    }


    public Uitgaand deadLetter(byte[] inhoud, Map<String, Object> oorspronkelijk, String berichtId,
                               DlqReden reden, String melding) {
        Map<String, Object> eigenschappen = new LinkedHashMap<>(oorspronkelijk);
        eigenschappen.put("ijw_bericht_id", berichtId);
        eigenschappen.put("ijw_dlq_reden", reden.name());
        eigenschappen.put("ijw_dlq_melding", melding == null ? reden.name()
                : melding.length() > MAX_MELDING ? melding.substring(0, MAX_MELDING) : melding);
        eigenschappen.put(DUPLICAAT_ID, berichtId + ":dlq");
        return new Uitgaand(DLQ, inhoud, eigenschappen);
    }

    private static Map<String, Object> eigenschappen(Beoordeling beoordeling, BerichtType type, String soort) {
        Header h = beoordeling.header();
        Map<String, Object> eigenschappen = new LinkedHashMap<>();
        eigenschappen.put("ijw_berichttype", type.name());
        eigenschappen.put("ijw_afzender", h.afzender());
        eigenschappen.put("ijw_ontvanger", h.ontvanger());
        eigenschappen.put("ijw_identificatie", h.identificatie());
        eigenschappen.put("ijw_bericht_id", beoordeling.berichtId());
        // Signals concern the message delivered to the receiving back office, not the retour.
        eigenschappen.put("ijw_signalen", "doorgestuurd".equals(soort) ? String.join(",", beoordeling.beleid().signalen()) : "");
        eigenschappen.put(DUPLICAAT_ID, beoordeling.berichtId() + ":" + soort);
        return eigenschappen;
    }
}
