package nl.ijw.gateway.rules;

import java.time.LocalDate;
import java.util.Set;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;

/** What every rule states the same way: its code, its retourcode and the messages it applies to. */
abstract class BasisRegel implements Regel {

    private final String code;
    private final String retourcode;
    private final Set<BerichtType> berichten;

    BasisRegel(String code, String retourcode, BerichtType... berichten) {
        this.code = code;
        this.retourcode = retourcode;
        this.berichten = Set.of(berichten);
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final String retourcode() {
        return retourcode;
    }

    @Override
    public final Set<BerichtType> berichten() {
        return berichten;
    }

    /**
     * The Dagtekening of the message: the day its statements are made on. Rules only see schema-valid
     * messages, so it is a date.
     */
    static LocalDate dagtekening(Bericht bericht) {
        return LocalDate.parse(bericht.header().dagtekening());
    }
}
