package nl.ijw.gateway.validation;

/** The three ways a message can end (CONTRACT.md, processing promises). */
public enum Uitkomst {
    /** Valid: forwarded to the Ontvanger, retour 0200 to the Afzender. */
    GEACCEPTEERD,
    /** Readable but rejected: a retour with retourcodes to the Afzender, nothing forwarded. */
    AFGEKEURD,
    /** Cannot be read or addressed: to {@code ijw.dlq} with a reason. */
    ONBESTELBAAR,
    /** Delivered before (a redelivery after a lost acknowledgement): acknowledged, nothing sent again. */
    AL_AFGELEVERD,
    /** Processed and journaled before, but not committed on the broker: what was sent is sent again. */
    EERDER_VERWERKT
}
