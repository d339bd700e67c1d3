package nl.ijw.gateway.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ErrorHandler;

/**
 * Remembers, between the broker's redeliveries of a message, why its last attempt failed: the error
 * text, so the message once dead-lettered says why; and whether the broker refused its output as a
 * duplicate, which means the message was delivered before (its earlier commit went through but the
 * acknowledgement was lost), so the next delivery is only acknowledged. Bounded and in memory: after
 * a restart a duplicate is simply refused once more and recognised on the delivery after that.
 *
 * <p>It is the error handler of the intake's JMS listener: that sees both a failing route and a
 * failing commit (the broker reports a duplicate at commit), on the thread that took the message in.
 */
public final class Verwerkingsfouten implements ErrorHandler {

    private static final int MAX = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger("ijw.verwerking");

    private final ThreadLocal<String> huidig = new ThreadLocal<>();
    private final Map<String, String> laatsteFout = begrensd();
    private final Map<String, String> alAfgeleverd = begrensd();
    private volatile Consumer<Throwable> luisteraar = fout -> { };

    private static Map<String, String> begrensd() {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > MAX;
            }
        });
    }

    /** The message this listener thread is processing now. */
    void begin(String berichtId) {
        huidig.set(berichtId);
    }

    /** Told of every failed attempt: pauses the intake while the journal's database is gone. */
    public void bijFout(Consumer<Throwable> luisteraar) {
        this.luisteraar = luisteraar;
    }

    @Override
    public void handleError(Throwable fout) {
        luisteraar.accept(fout);
        String berichtId = huidig.get();
        huidig.remove();
        if (berichtId == null) {
            return;
        }
        if (doorBrokerAlsDuplicaatGeweigerd(fout)) {
            alAfgeleverd.put(berichtId, berichtId);
        }
        Throwable oorzaak = fout.getCause() != null && fout instanceof RuntimeException ? fout.getCause() : fout;
        laatsteFout.put(berichtId, oorzaak.getClass().getSimpleName() + ": " + oorzaak.getMessage());
        // Only the class: an exception text may quote message content.
        LOG.warn("bericht={} poging mislukt, wordt teruggedraaid: {}", berichtId, oorzaak.getClass().getSimpleName());
    }

    /** True once the broker refused this message's output as a duplicate: it was delivered before. */
    public boolean isAlAfgeleverd(String berichtId) {
        return alAfgeleverd.remove(berichtId) != null;
    }

    /** True when the broker refused a message (at send or at commit) because its duplicate id arrived before. */
    public static boolean doorBrokerAlsDuplicaatGeweigerd(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof ActiveMQException a && a.getType() == ActiveMQExceptionType.DUPLICATE_ID_REJECTED) {
                return true;
            }
        }
        return false;
    }

    public String laatste(String berichtId) {
        String fout = laatsteFout.remove(berichtId);
        return fout == null ? "de laatste fout is niet bekend (de gateway is tussendoor herstart)" : fout;
    }
}
