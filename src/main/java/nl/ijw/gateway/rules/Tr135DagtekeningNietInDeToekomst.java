package nl.ijw.gateway.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;

/** TR135: the Dagtekening of a message is an existing date not after today (retourcode 8848). */
public final class Tr135DagtekeningNietInDeToekomst implements Regel {

    private final Clock klok;

    public Tr135DagtekeningNietInDeToekomst(Clock klok) {
        this.klok = klok;
    }

    @Override
    public String code() {
        return "TR135";
    }

    @Override
    public String retourcode() {
        return "8848";
    }

    @Override
    public Set<BerichtType> berichten() {
        return Set.of(BerichtType.JW301, BerichtType.JW305, BerichtType.JW307, BerichtType.JW315,
                BerichtType.JW317, BerichtType.JW319);
    }

    @Override
    public List<Bevinding> toets(Bericht bericht) {
        LocalDate vandaag = LocalDate.now(klok);
        return bericht.alle("Dagtekening").stream()
                .filter(d -> LocalDate.parse(d.getTextContent().trim()).isAfter(vandaag))
                .map(d -> bevinding(bericht, d, "Dagtekening " + d.getTextContent().trim()
                        + " ligt na de datum van ontvangst " + vandaag + "."))
                .toList();
    }
}
