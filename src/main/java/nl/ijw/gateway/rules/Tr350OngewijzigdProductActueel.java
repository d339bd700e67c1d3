package nl.ijw.gateway.rules;

import java.util.List;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR350: every OngewijzigdProduct names a current allocation by its ToewijzingNummer. State read: as
 * for TR019, the allocations the receiving municipality sent this provider for the client; when the
 * gateway forwarded no JW301 for them it cannot know and does not reject (OP095).
 */
public final class Tr350OngewijzigdProductActueel extends BerichtoverstijgendeRegel {

    public Tr350OngewijzigdProductActueel(Geschiedenis geschiedenis) {
        super(geschiedenis, "TR350", "9350", BerichtType.JW317);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        return Toewijzingen.nietActueel(this, geschiedenis, bericht, "OngewijzigdProduct");
    }
}
