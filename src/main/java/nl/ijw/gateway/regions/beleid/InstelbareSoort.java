package nl.ijw.gateway.regions.beleid;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.ijw.gateway.regions.BeleidVersie;

/**
 * A kind whose parameters are read into settings of type {@code I}. Checking a region file and
 * judging a message read the parameters the same way, so what the loader accepted is exactly what
 * the kind can judge with.
 */
abstract class InstelbareSoort<I> implements BeleidsSoort {

    /**
     * Versions a kind keeps read: more than a region file gives one kind, few enough that a gateway
     * reloading its regions for years never holds much.
     */
    static final int GELEZEN_VERSIES = 64;

    /**
     * Settings by the parameters they were read from. Every message asks for them, and reading them
     * again each time was 2% of a consumer's CPU. Keyed by the parameters' value, so a reloaded
     * version with the same parameters finds them and one with changed parameters reads its own.
     */
    private final Map<Map<String, Object>, I> gelezen = new ConcurrentHashMap<>();

    /** Reads the settings, reporting problems to the reader; the result is not used when there are any. */
    protected abstract I lees(ParameterLezer lezer);

    @Override
    public final List<String> controleer(Map<String, Object> parameters) {
        ParameterLezer lezer = new ParameterLezer(parameters);
        lees(lezer);
        return lezer.problemen();
    }

    /** The settings of this version, read once per distinct parameters; callers must not change them. */
    protected final I instellingen(BeleidVersie versie) {
        I instellingen = gelezen.get(versie.parameters());
        if (instellingen == null) {
            if (gelezen.size() >= GELEZEN_VERSIES) {
                // Only reloads with ever new parameters get here: forgetting all is simpler than an order.
                gelezen.clear();
            }
            instellingen = lees(versie);
            gelezen.put(versie.parameters(), instellingen);
        }
        return instellingen;
    }

    private I lees(BeleidVersie versie) {
        ParameterLezer lezer = new ParameterLezer(versie.parameters());
        I instellingen = lees(lezer);
        if (!lezer.problemen().isEmpty()) {
            // The region loader refuses such files, so this is a programming error, not bad input.
            throw new IllegalArgumentException(soort() + ": " + String.join("; ", lezer.problemen()));
        }
        return instellingen;
    }
}
