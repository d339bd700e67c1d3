package nl.ijw.gateway.regions.beleid;

import java.util.List;
import java.util.Map;
import nl.ijw.gateway.regions.BeleidVersie;

/**
 * A kind whose parameters are read into settings of type {@code I}. Checking a region file and
 * judging a message read the parameters the same way, so what the loader accepted is exactly what
 * the kind can judge with.
 */
abstract class InstelbareSoort<I> implements BeleidsSoort {

    /** Reads the settings, reporting problems to the reader; the result is not used when there are any. */
    protected abstract I lees(ParameterLezer lezer);

    @Override
    public final List<String> controleer(Map<String, Object> parameters) {
        ParameterLezer lezer = new ParameterLezer(parameters);
        lees(lezer);
        return lezer.problemen();
    }

    /** The settings of this version; read per call, as versions are few and messages small. */
    protected final I instellingen(BeleidVersie versie) {
        ParameterLezer lezer = new ParameterLezer(versie.parameters());
        I instellingen = lees(lezer);
        if (!lezer.problemen().isEmpty()) {
            // The region loader refuses such files, so this is a programming error, not bad input.
            throw new IllegalArgumentException(soort() + ": " + String.join("; ", lezer.problemen()));
        }
        return instellingen;
    }
}
