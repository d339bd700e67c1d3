package nl.ijw.gateway.rules;

import java.util.List;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/**
 * TR056: the Identificatie of a message is unique per message type for the sending party (retourcode
 * 9056). A message sent again — an HTTP resubmission, a provider's retry — is answered with 9056 and
 * not forwarded a second time. Reads the journal: messages of this sender and type the gateway saw.
 */
public final class Tr056IdentificatieUniek implements Regel {

    private final Geschiedenis geschiedenis;

    public Tr056IdentificatieUniek(Geschiedenis geschiedenis) {
        this.geschiedenis = geschiedenis;
    }

    @Override
    public String code() {
        return "TR056";
    }

    @Override
    public String retourcode() {
        return "9056";
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW301, BerichtType.JW305, BerichtType.JW307, BerichtType.JW315, BerichtType.JW317,
                BerichtType.JW319);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        String identificatie = bericht.header().identificatie();
        if (!geschiedenis.identificatieGebruikt(bericht.header().afzender(), bericht.type(), identificatie)) {
            return List.of();
        }
        return bericht.alle("Identificatie").stream().limit(1)
                .map(e -> bevinding(bericht, e, "Identificatie " + identificatie + " is door deze afzender al eerder gebruikt voor een "
                        + bericht.type() + "."))
                .toList();
    }
}
