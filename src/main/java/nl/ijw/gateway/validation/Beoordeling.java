package nl.ijw.gateway.validation;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.bericht.Header;
import nl.ijw.gateway.deadletter.DlqReden;
import nl.ijw.gateway.intake.Ontvangst;
import nl.ijw.gateway.regions.AntwoordNamensGemeente;
import nl.ijw.gateway.regions.BeleidsUitkomst;

/**
 * What the gateway decided about one received message: its type and header (when readable), all
 * findings, the outcome, for heenberichten the retour to send back, and the regional policies that
 * hold with the answers (JW319) the gateway sends on a municipality's behalf.
 *
 * @param vervalstVan for a message whose Afzender its signed-in sender may not use: that sender's
 *                    party, which gets the retour; null otherwise
 */
public record Beoordeling(
        Ontvangst ontvangst,
        BerichtType type,
        Header header,
        List<Bevinding> bevindingen,
        Uitkomst uitkomst,
        DlqReden dlqReden,
        String dlqMelding,
        byte[] retour,
        Bericht bericht,
        BeleidsUitkomst beleid,
        List<AntwoordNamensGemeente.Antwoord> antwoorden,
        String vervalstVan) {

    public static Beoordeling onbestelbaar(Ontvangst ontvangst, BerichtType type, Header header,
                                           List<Bevinding> bevindingen, DlqReden reden, String melding) {
        return new Beoordeling(ontvangst, type, header, bevindingen, Uitkomst.ONBESTELBAAR, reden, melding, null,
                null, BeleidsUitkomst.GEEN, List.of(), null);
    }

    public static Beoordeling beoordeeld(Ontvangst ontvangst, Bericht bericht, List<Bevinding> bevindingen,
                                         Uitkomst uitkomst, byte[] retour) {
        return new Beoordeling(ontvangst, bericht.type(), bericht.header(), bevindingen, uitkomst, null, null, retour,
                bericht, BeleidsUitkomst.GEEN, List.of(), null);
    }

    /**
     * A message whose Afzender is not a party its signed-in sender may send for: rejected, never
     * judged further or forwarded, its retour to the party that really sent it.
     *
     * @param echteAfzender the party code of the signed-in sender, which gets the retour
     * @param melding       the security event, for the journal
     */
    public static Beoordeling vervalst(Ontvangst ontvangst, Bericht bericht, Bevinding bevinding, byte[] retour,
                                       String echteAfzender, String melding) {
        return new Beoordeling(ontvangst, bericht.type(), bericht.header(), List.of(bevinding), Uitkomst.AFGEKEURD, null, melding,
                retour, bericht, BeleidsUitkomst.GEEN, List.of(), echteAfzender);
    }

    /** The same assessment with the regional policies applied. */
    public Beoordeling metBeleid(BeleidsUitkomst uitkomst, List<AntwoordNamensGemeente.Antwoord> antwoordenNamensGemeente) {
        return new Beoordeling(ontvangst, type, header, bevindingen, this.uitkomst, dlqReden, dlqMelding, retour,
                bericht, uitkomst, List.copyOf(antwoordenNamensGemeente), vervalstVan);
    }

    public String berichtId() {
        return ontvangst.berichtId();
    }

    /** Whether the Afzender was not the signed-in sender's (a security event). */
    public boolean vervalst() {
        return vervalstVan != null;
    }

    /** Who gets the retour: the Afzender of the header, or for a forged one the party that sent it. */
    public String retourAan() {
        return vervalstVan != null ? vervalstVan : header.afzender();
    }

    public boolean heeftRetour() {
        return retour != null;
    }

    /** Accepted messages go to their receiver, unless a regional policy answered them and keeps them. */
    public boolean doorsturen() {
        return uitkomst == Uitkomst.GEACCEPTEERD && beleid.doorsturen();
    }

    /** The retourcodes answered: those of the findings, or 0200 for an accepted message with a retour. */
    public List<String> retourcodes() {
        if (bevindingen.isEmpty()) {
            return retour == null ? List.of() : List.of("0200");
        }
        return bevindingen.stream().map(Bevinding::retourcode).distinct().toList();
    }

    /** Distinct rule codes of the findings, for log lines: codes only, never content. */
    public List<String> regels() {
        return bevindingen.stream().map(Bevinding::regel).distinct().toList();
    }
}
