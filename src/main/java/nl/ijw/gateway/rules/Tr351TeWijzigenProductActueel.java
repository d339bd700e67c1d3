package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR351: every TeWijzigenProduct names a current allocation by its ToewijzingNummer. State read: as
 * for TR350.
 */
public final class Tr351TeWijzigenProductActueel extends BerichtoverstijgendeRegel {

    public Tr351TeWijzigenProductActueel(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR351", "9351", BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Toewijzingen.nietActueel(this, geschiedenis, bericht, "TeWijzigenProduct");
    }
}
