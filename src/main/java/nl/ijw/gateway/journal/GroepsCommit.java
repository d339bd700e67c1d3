package nl.ijw.gateway.journal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for the journal. A message's journal entry must be committed before its JMS transaction
 * commits, and on the embedded H2 every commit serialises each B-tree page it changed: per message, that
 * cost as much as all the rest of the flow. So the consumer threads hand their message's unit of work
 * (everything its journal entry writes) to one writer, which runs the units waiting at that moment in
 * one database transaction and commits them together.
 *
 * <p>The units first run together, without savepoints. When one of them fails (a unique key, say), that
 * transaction is rolled back and the units run again, each under a savepoint of its own: the failing
 * unit is rolled back alone and its caller gets its exception, while the others commit. When the
 * transaction as a whole fails, every caller in it gets that failure. A caller returns only once the transaction holding its
 * unit has committed, so its JMS commit still follows its journal commit.
 *
 * <p>A commit costs much the same for one unit as for thirty: mostly the pages every table and index
 * it touched. So when the gateway is busy (the last transaction held more than one unit) the writer
 * gathers units for a short window after the first one before it commits; when it is not, a unit is
 * committed as soon as it comes, and a lone message never waits for company that is not coming.
 *
 * <p>Units run on the writer's thread, in the writer's transaction: they never take part in a
 * transaction of their caller. They write through a {@link Bundel}: the inserts of all units of a
 * transaction go out as one batch per statement just before it commits (with savepoints, the unit's
 * own at the end of its savepoint).
 */
public final class GroepsCommit implements AutoCloseable {

    /** Bounds one transaction under a burst; the units after these go in the next one. */
    private static final int MAX_EENHEDEN = 64;

    private static final Opdracht STOP = new Opdracht(bundel -> { });

    private final JdbcTemplate jdbc;
    private final TransactionTemplate groep;
    private final long vensterNanos;
    private final TransactionTemplate eenheid;
    private final BlockingQueue<Opdracht> wachtrij = new LinkedBlockingQueue<>();
    private final Object toegang = new Object();
    private final Thread schrijver;
    private boolean gesloten;
    /** Units run so far, committed or not; written by the writer only. */
    private volatile long geschreven;
    /** The batch of the units running now; the writer's thread only. */
    private Bundel huidig;

    /** Commits what is waiting at each moment, without gathering. */
    public GroepsCommit(JdbcTemplate jdbc, PlatformTransactionManager transacties) {
        this(jdbc, transacties, Duration.ZERO);
    }

    /**
     * @param venster how long, when busy, the writer gathers units after the first one of a transaction:
     *                the most a unit waits before its transaction starts
     */
    public GroepsCommit(JdbcTemplate jdbc, PlatformTransactionManager transacties, Duration venster) {
        if (venster.isNegative()) {
            throw new IllegalArgumentException("Het venster van de groepscommit is negatief: " + venster);
        }
        this.vensterNanos = venster.toNanos();
        this.jdbc = jdbc;
        this.groep = new TransactionTemplate(transacties);
        this.eenheid = new TransactionTemplate(transacties);
        // NESTED on a JDBC transaction manager is a savepoint inside the group's transaction.
        this.eenheid.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.schrijver = new Thread(this::schrijfDoorlopend, "journaal-groepscommit");
        // A gateway that is not closed in order must still be able to exit; its callers roll back.
        this.schrijver.setDaemon(true);
        this.schrijver.start();
    }

    /**
     * Runs the unit of work in a database transaction, possibly together with those of other threads,
     * and returns once that transaction has committed. Throws the unit's own exception when it failed,
     * or the transaction's when that failed; nothing of the unit is committed then.
     */
    public void voerUit(Consumer<Bundel> werk) {
        if (Thread.currentThread() == schrijver) {
            // Called from inside a unit: it is part of that unit, under its savepoint.
            werk.accept(huidig);
            return;
        }
        Opdracht opdracht = new Opdracht(werk);
        synchronized (toegang) {
            if (gesloten) {
                throw new IllegalStateException("Het journaal is gesloten");
            }
            wachtrij.add(opdracht);
        }
        opdracht.wachtOpCommit();
    }

    /** Whether the calling thread is the writer: a unit running now, or the writer between units. */
    public boolean opSchrijver() {
        return Thread.currentThread() == schrijver;
    }

    /** How many units the writer has run since the start: a measure of how busy the journal is. */
    public long geschreven() {
        return geschreven;
    }

    /** Writes what was handed over before, then stops the writer. */
    @Override
    public void close() {
        synchronized (toegang) {
            if (gesloten) {
                return;
            }
            gesloten = true;
            wachtrij.add(STOP);
        }
        try {
            schrijver.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void schrijfDoorlopend() {
        List<Opdracht> opdrachten = new ArrayList<>(MAX_EENHEDEN);
        boolean stoppen = false;
        boolean druk = false;
        while (!stoppen) {
            Opdracht eerste;
            try {
                eerste = wachtrij.take();
            } catch (InterruptedException e) {
                // Only close() ends the writer, and only after the units handed over before it.
                continue;
            }
            opdrachten.add(eerste);
            wachtrij.drainTo(opdrachten, MAX_EENHEDEN - 1);
            if (druk && vensterNanos > 0) {
                verzamel(opdrachten, eerste.aangeboden + vensterNanos);
            }
            // Nothing is queued after STOP, so it can only be the last one taken.
            stoppen = opdrachten.remove(STOP);
            druk = opdrachten.size() > 1;
            if (!opdrachten.isEmpty()) {
                schrijf(opdrachten);
            }
            opdrachten.clear();
        }
    }

    /** Takes in the units that come before the deadline, until the transaction is full or STOP comes. */
    private void verzamel(List<Opdracht> opdrachten, long tot) {
        while (opdrachten.size() < MAX_EENHEDEN && opdrachten.get(opdrachten.size() - 1) != STOP) {
            long rest = tot - System.nanoTime();
            if (rest <= 0) {
                return;
            }
            Opdracht volgende;
            try {
                volgende = wachtrij.poll(rest, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                // Not a reason to stop: the writer only ends after STOP. Commit what there is.
                return;
            }
            if (volgende == null) {
                return;
            }
            opdrachten.add(volgende);
            wachtrij.drainTo(opdrachten, MAX_EENHEDEN - opdrachten.size());
        }
    }

    private void schrijf(List<Opdracht> opdrachten) {
        Throwable groepsfout = null;
        try {
            if (!samenZonderSavepoints(opdrachten)) {
                groep.executeWithoutResult(status -> opdrachten.forEach(this::metSavepoint));
            }
        } catch (Throwable t) {
            // Including errors: the writer has to live on, and every caller must hear of it.
            groepsfout = t;
        }
        geschreven += opdrachten.size();
        for (Opdracht opdracht : opdrachten) {
            opdracht.afronden(groepsfout);
        }
    }

    /**
     * The common case: no unit fails, and a savepoint per unit would only cost (on PostgreSQL two round
     * trips each). When a unit failed, everything is rolled back; returns false when that leaves the
     * units to be done again with savepoints, which a unit alone in its transaction is not: its failure
     * is its own.
     */
    private boolean samenZonderSavepoints(List<Opdracht> opdrachten) {
        try {
            groep.executeWithoutResult(status -> {
                huidig = new Bundel(jdbc);
                try {
                    opdrachten.forEach(opdracht -> opdracht.werk.accept(huidig));
                    huidig.verstuur();
                } catch (RuntimeException e) {
                    // A batch holds the rows of many units: which one failed is found with savepoints.
                    throw new EenheidMislukt(e);
                }
            });
            return true;
        } catch (EenheidMislukt e) {
            if (opdrachten.size() == 1) {
                opdrachten.get(0).eigenFout = e.oorzaak;
                return true;
            }
            return false;
        }
    }

    /** A unit failed while the units ran without savepoints: the transaction rolls back. */
    private static final class EenheidMislukt extends RuntimeException {
        private final RuntimeException oorzaak;

        EenheidMislukt(RuntimeException oorzaak) {
            super(oorzaak);
            this.oorzaak = oorzaak;
        }
    }

    private void metSavepoint(Opdracht opdracht) {
        try {
            eenheid.executeWithoutResult(status -> {
                huidig = new Bundel(jdbc);
                opdracht.werk.accept(huidig);
                huidig.verstuur();
            });
        } catch (TransactionException e) {
            // The savepoint itself failed, so what the transaction holds is unknown: none of it commits.
            throw e;
        } catch (RuntimeException e) {
            opdracht.eigenFout = e;
        }
    }

    /** One caller's unit of work and the caller waiting for its outcome. */
    private static final class Opdracht {
        private final Consumer<Bundel> werk;
        private final CompletableFuture<Void> klaar = new CompletableFuture<>();
        private final long aangeboden = System.nanoTime();
        /** Set and read on the writer's thread only. */
        private RuntimeException eigenFout;

        Opdracht(Consumer<Bundel> werk) {
            this.werk = werk;
        }

        void afronden(Throwable groepsfout) {
            if (eigenFout != null) {
                klaar.completeExceptionally(eigenFout);
            } else if (groepsfout != null) {
                klaar.completeExceptionally(groepsfout);
            } else {
                klaar.complete(null);
            }
        }

        /**
         * Not interruptible: the writer always answers, and a caller that left before it did would not
         * know whether its journal entry is committed.
         */
        void wachtOpCommit() {
            try {
                klaar.join();
            } catch (CompletionException e) {
                Throwable oorzaak = e.getCause();
                if (oorzaak instanceof RuntimeException r) {
                    throw r;
                }
                if (oorzaak instanceof Error fout) {
                    throw fout;
                }
                throw e;
            }
        }
    }
}
