package nl.ijw.gateway.intake;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * While the journal's database cannot be reached, the intake stops taking messages from ijw.in:
 * nothing is acknowledged that is not journaled, and waiting on the broker costs a message none of
 * its delivery attempts (each failed attempt would bring it closer to the dead-letter queue). The
 * first attempt that fails because the database is gone pauses the intake; a check every few
 * seconds resumes it once the database answers. HTTP and the drop folder keep putting messages on
 * ijw.in meanwhile.
 */
public final class IntakePauze implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("ijw.verwerking");
    static final String ROUTE = "intake";

    private final CamelContext camel;
    private final BooleanSupplier databaseBereikbaar;
    private final Duration controle;
    private final AtomicBoolean gepauzeerd = new AtomicBoolean();
    private final ScheduledExecutorService planner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ijw-intake-pauze");
        t.setDaemon(true);
        return t;
    });

    public IntakePauze(CamelContext camel, BooleanSupplier databaseBereikbaar, Duration controle) {
        this.camel = camel;
        this.databaseBereikbaar = databaseBereikbaar;
        this.controle = controle;
    }

    /** Whether this failure says the database could not be reached (rather than a fault in one message). */
    public static boolean databaseOnbereikbaar(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** Called with every failed attempt; pauses the intake when the database is gone. */
    public void bijFout(Throwable fout) {
        if (databaseOnbereikbaar(fout) && gepauzeerd.compareAndSet(false, true)) {
            LOG.warn("Journaaldatabase onbereikbaar: de intake van ijw.in pauzeert tot zij weer antwoordt");
            // Not on the listener's own thread: suspending waits for the listener.
            planner.execute(this::pauzeer);
        }
    }

    public boolean gepauzeerd() {
        return gepauzeerd.get();
    }

    private void pauzeer() {
        try {
            camel.getRouteController().suspendRoute(ROUTE);
        } catch (Exception e) {
            LOG.warn("Intake pauzeren mislukt: {}", e.getClass().getSimpleName());
        }
        planner.schedule(this::controleer, controle.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void controleer() {
        if (!databaseBereikbaar.getAsBoolean()) {
            planner.schedule(this::controleer, controle.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        try {
            camel.getRouteController().resumeRoute(ROUTE);
            gepauzeerd.set(false);
            LOG.info("Journaaldatabase weer bereikbaar: de intake van ijw.in gaat verder");
        } catch (Exception e) {
            LOG.warn("Intake hervatten mislukt, volgende poging: {}", e.getClass().getSimpleName());
            planner.schedule(this::controleer, controle.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        planner.shutdownNow();
    }
}
