package nl.ijw.gateway.rules;

import nl.ijw.gateway.bericht.BerichtType;

/**
 * What the gateway has seen before, for the rules that span messages (berichtoverstijgend). Only
 * what the gateway itself journaled counts: a rule never rejects on what the gateway cannot know (OP095).
 */
public interface Geschiedenis {

    /** Whether this sender already sent a message of this type with this Identificatie. */
    boolean identificatieGebruikt(String afzender, BerichtType type, String identificatie);

    /** A history that has seen nothing, for a gateway without a journal and for tests of single messages. */
    Geschiedenis LEEG = (afzender, type, identificatie) -> false;
}
