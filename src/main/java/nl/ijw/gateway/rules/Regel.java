package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.w3c.dom.Element;

/**
 * One iJw rule that can be checked inside one message (CD, CS, and TR of level "bericht inhoud").
 * An implementation is named after its rule code and only runs on schema-valid messages.
 */
public interface Regel {

    /** The rule's code as the standard spells it, e.g. {@code CS002}. */
    String code();

    /** The retourcode a violation gives. */
    String retourcode();

    /** The message types this rule applies to. */
    Set<BerichtType> berichten();

    /** Every violation in the message; empty when it complies. */
    List<Bevinding> toets(Bericht bericht);

    /** A finding of this rule at the given element. */
    default Bevinding bevinding(Bericht bericht, Element waar, String melding) {
        return new Bevinding(code(), retourcode(), bericht.locatie(waar), melding);
    }
}
