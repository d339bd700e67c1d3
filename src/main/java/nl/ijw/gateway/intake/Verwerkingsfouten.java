package nl.ijw.gateway.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the last processing error per message between the broker's redeliveries, so that the
 * message, once dead-lettered, says why. Bounded, and only a help for operators: after a restart the
 * dead letter still gets its reason code, with a general text.
 */
public final class Verwerkingsfouten {

    private static final int MAX = 10_000;

    private final Map<String, String> laatsteFout = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX;
        }
    });

    public void onthoud(Ontvangst ontvangst, Exception fout) {
        if (ontvangst != null) {
            laatsteFout.put(ontvangst.berichtId(), fout.getClass().getSimpleName() + ": " + fout.getMessage());
        }
    }

    public String laatste(String berichtId) {
        String fout = laatsteFout.remove(berichtId);
        return fout == null ? "de laatste fout is niet bekend (de gateway is tussendoor herstart)" : fout;
    }
}
