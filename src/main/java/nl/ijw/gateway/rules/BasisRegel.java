package nl.ijw.gateway.rules;

import java.util.Set;
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
}
