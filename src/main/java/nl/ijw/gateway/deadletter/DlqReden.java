package nl.ijw.gateway.deadletter;

/**
 * Stable reason codes on {@code ijw.dlq} ({@code ijw_dlq_reden}): operators and their tooling
 * filter on them, so existing codes never change meaning.
 */
public enum DlqReden {
    /** Empty body. */
    LEEG,
    /** Larger than the maximum message size (OP179: 25 MB). */
    TE_GROOT,
    /** Not UTF-8, a byte order mark, or another encoding declared (OP192). */
    CODERING,
    /** A DOCTYPE: DTDs and entities are refused outright (XXE, entity expansion). */
    DTD,
    /** Not well-formed XML. */
    NIET_WELGEVORMD,
    /** The root namespace is not one of the iJw 3.2 messages. */
    ONBEKEND_BERICHTTYPE,
    /** A retour message sent by a party that is itself invalid: a retour is never answered with a retour. */
    ONGELDIG_RETOURBERICHT,
    /** The Afzender is not in the party register, so there is nobody to answer. */
    ONBEKENDE_AFZENDER,
    /** Rejected, but no valid retour can be addressed to a sender (header unusable). */
    GEEN_GELDIGE_AFZENDER,
    /**
     * The Afzender is not a party its signed-in sender may send for, and no retour can go to that
     * sender (a user of no party, or a retour message). A security event.
     */
    AFZENDER_NIET_AANGEMELD,
    /** A JMS message that is not a BytesMessage or TextMessage; never deserialised. */
    ONGELDIG_JMS_BERICHT,
    /** Processing failed on every attempt (the broker's redeliveries are used up). */
    VERWERKINGSFOUT,
    /**
     * Moved here by the broker itself: its receiver rolled it back until the broker's delivery attempts
     * were used up (an outbox whose back office keeps failing, or a gateway that kept stopping on it).
     * Not set by the gateway: read from the broker's own properties.
     */
    MAX_AFLEVERPOGINGEN,
    /** Moved here by the broker because its time to live ran out before anyone took it. Read, not set. */
    VERLOPEN
}
