package nl.ijw.gateway.rules;

import nl.ijw.gateway.bericht.BerichtType;

/**
 * What the gateway has seen before, for the rules that span messages (berichtoverstijgend). Only
 * what the gateway itself journaled counts: a rule never rejects on what the gateway cannot know (OP095).
 */
public interface Geschiedenis {

    /** Whether this sender already sent a message of this type with this Identificatie. */
    boolean identificatieGebruikt(String afzender, BerichtType type, String identificatie);

    /**
     * The allocation numbers the gateway saw in JW301 messages for this client at this provider, from
     * any municipality; empty when it never saw a JW301 for them (then it cannot know, OP095).
     */
    java.util.Optional<java.util.Set<String>> toewijzingen(String aanbieder, String bsn);

    /** A history that has seen nothing, for a gateway without a journal and for tests of single messages. */
    Geschiedenis LEEG = new Geschiedenis() {
        @Override
        public boolean identificatieGebruikt(String afzender, BerichtType type, String identificatie) {
            return false;
        }

        @Override
        public java.util.Optional<java.util.Set<String>> toewijzingen(String aanbieder, String bsn) {
            return java.util.Optional.empty();
        }
    };
}
