package nl.ijw.gateway.validation;

import java.util.List;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.bericht.Header;
import nl.ijw.gateway.deadletter.DlqReden;
import nl.ijw.gateway.intake.Ontvangst;

/**
 * What the gateway decided about one received message: its type and header (when readable), all
 * findings, the outcome, and, for heenberichten, the retour message to send back.
 */
public record Beoordeling(
        Ontvangst ontvangst,
        BerichtType type,
        Header header,
        List<Bevinding> bevindingen,
        Uitkomst uitkomst,
        DlqReden dlqReden,
        String dlqMelding,
        byte[] retour) {

    public static Beoordeling onbestelbaar(Ontvangst ontvangst, BerichtType type, Header header,
                                           List<Bevinding> bevindingen, DlqReden reden, String melding) {
        return new Beoordeling(ontvangst, type, header, bevindingen, Uitkomst.ONBESTELBAAR, reden, melding, null);
    }

    public String berichtId() {
        return ontvangst.berichtId();
    }

    public boolean heeftRetour() {
        return retour != null;
    }

    /** Distinct rule codes of the findings, for log lines: codes only, never content. */
    public List<String> regels() {
        return bevindingen.stream().map(Bevinding::regel).distinct().toList();
    }
}
