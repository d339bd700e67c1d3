package nl.ijw.gateway.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded journal's file from growing without end. H2 writes every commit as a new chunk at
 * the end of its file and takes a chunk's space back only once nothing in it is in use any more. Most
 * chunks keep a few pages that are still current (an index leaf no later commit touched), so the space
 * of the rest of them stays lost until those pages are written again elsewhere. H2's background writer
 * does that, but the journal's URL turns it off ({@code WRITE_DELAY=0}, so that a commit is on disk
 * before the broker's): without this, the file grew by some 20 to 40 KB per message for good.
 *
 * <p>So this does the background writer's housekeeping on a schedule: it has H2 rewrite the current
 * pages of its most sparsely used chunks, a few megabytes at a time, so that the journal's writer,
 * which waits while a run holds H2's store lock, is not held up long. Those chunks are then free once
 * H2's retention time (45 seconds by default) has passed, and new chunks reuse their space.
 *
 * <p>A run of 4 MB costs about 20 ms, whatever the size of the journal (measured from 200,000 to
 * 900,000 entries), and the pages it moves are written again by the journal's next commit. Keeping up
 * with a gateway at full load takes more than ten runs a second (measured: at 600 messages a second the
 * journal writes some 25 MB a second), a fifth of a core its throughput would pay for. So while the
 * journal is busy the compaction goes through 4 MB a second, and every interval again once it is quiet:
 * the file grows during a long burst and its space is reused after it. At the rates of a normal day
 * (a few messages a second) that is every interval.
 *
 * <p>While busy, those 4 MB go in runs of 1 MB four times a second rather than in one: every message
 * that reaches the writer during a run waits for it, and a run of 4 MB (20 to 30 ms, up to 165) was the
 * largest part of the latency tail at half load; a run of 1 MB takes 3 to 12 ms.
 *
 * <p>Busy is judged by the journal entries written, not by H2's commits: a busy journal gathers its
 * entries in few commits (at full load some 25 each, up to 64), so counted in commits a gateway at
 * full load looked quiet in some intervals and paid for a run in each of them.
 *
 * <p>After every interval in which the journal wrote anything, it has H2 write the file to disk
 * ({@code MVStore.sync}). H2 commits into the operating system's page cache, and Linux writes dirty
 * pages back once they are 30 seconds old: at half load (every message a commit of its own, some 110
 * KB) that came to 500 to 780 MB every 30 s, written in about a second during which the broker's own
 * syncs waited behind it, and with them every message in flight: stalls of up to half a second, most
 * of the latency's p99 at half load (README, Benchmark). Synced every interval, the same bytes go out
 * a few megabytes at a time. It also shortens what a crash of the operating system (not of the
 * gateway: H2 has written the commit to the file) could take from the journal, from 30 s to an interval.
 *
 * <p>Does nothing on any other database (PostgreSQL keeps its own house) or an H2 without a file.
 */
public final class JournaalCompactie implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JournaalCompactie.class);

    /** H2's own default for its background compaction: chunks below this share of live data are rewritten. */
    private static final int DOEL_VULGRAAD = 90;

    /**
     * What one run gives H2 to go through, in bytes of chunks. A run holds H2's store lock, and the
     * journal's writer waits for it: measured, 4 MB took 10 to 60 ms.
     */
    private static final int PER_RUN = 4 << 20;

    /** What one run goes through while the journal is busy: measured, 1 MB took 3 to 12 ms at half load. */
    private static final int PER_RUN_DRUK = 1 << 20;

    /**
     * Journal entries written in one interval from which the journal counts as busy: 50 a second at the
     * default interval, ten times a normal day's rate and a tenth of what the gateway takes at full load.
     */
    private static final long DRUK_VANAF_BERICHTEN = 5;

    /** While busy, the least time between two runs: the small runs still go through {@link #PER_RUN} a second. */
    private static final long DRUK_TUSSENPOOS_NANOS = TimeUnit.SECONDS.toNanos(1) * PER_RUN_DRUK / PER_RUN;

    private final LongSupplier geschreven;
    private final ScheduledExecutorService planner;
    /** H2's store, looked up once: it lives as long as the database, which the connection pool keeps open. */
    private final Optional<MVStore> store;
    private final AtomicLong syncs = new AtomicLong();
    /** Read and written by the planner's one thread only. */
    private long vorigGeschreven = -1;
    private long vorigeRun = System.nanoTime();

    /**
     * @param geschreven how many entries the journal has written so far (see {@link GroepsCommit#geschreven()})
     * @param interval the time between two runs while the journal is quiet
     * @param retentie how long H2 keeps a chunk no longer in use before its space is reused; empty: H2's
     *                 default. Only tests shorten it, to see the file reach its size in seconds.
     */
    public JournaalCompactie(DataSource database, LongSupplier geschreven, Duration interval, Optional<Duration> retentie) {
        this.geschreven = geschreven;
        this.planner = Executors.newSingleThreadScheduledExecutor(taak -> {
            Thread draad = new Thread(taak, "journaal-compactie");
            draad.setDaemon(true);
            return draad;
        });
        this.store = bestand(database);
        store.ifPresent(s -> retentie.ifPresent(r -> s.setRetentionTime((int) r.toMillis())));
        if (store.isPresent()) {
            planner.scheduleWithFixedDelay(this::gepland, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            planner.shutdown();
        }
    }

    /**
     * A scheduled run: every interval, but while the journal is busy a small one, four times a second;
     * then, when anything was written, the file to disk.
     */
    private void gepland() {
        long totNu = geschreven.getAsLong();
        long berichten = vorigGeschreven < 0 ? 0 : totNu - vorigGeschreven;
        vorigGeschreven = totNu;
        long nu = System.nanoTime();
        int omvang = omvang(berichten, nu - vorigeRun);
        boolean herschreven = false;
        if (omvang > 0) {
            vorigeRun = nu;
            herschreven = metStore("Compactie", s -> compacteer(s, omvang));
        }
        if (berichten > 0 || herschreven) {
            metStore("Sync", this::naarSchijf);
        }
    }

    /** How often the file was written to disk so far. */
    long syncs() {
        return syncs.get();
    }

    /** The store's file to disk, outside H2's store lock. */
    private boolean naarSchijf(MVStore s) {
        s.sync();
        syncs.incrementAndGet();
        return true;
    }

    /**
     * How many bytes of chunks a scheduled run goes through, given the entries written since the
     * previous interval and the time since the previous run; 0: no run now.
     */
    static int omvang(long berichten, long nanosSindsVorigeRun) {
        if (berichten < DRUK_VANAF_BERICHTEN) {
            return PER_RUN;
        }
        return nanosSindsVorigeRun >= DRUK_TUSSENPOOS_NANOS ? PER_RUN_DRUK : 0;
    }

    /** One run, now; true when H2 rewrote anything. */
    public boolean compacteer() {
        return metStore("Compactie", s -> compacteer(s, PER_RUN));
    }

    private boolean metStore(String wat, Predicate<MVStore> run) {
        try {
            return store.map(run::test).orElse(false);
        } catch (RuntimeException e) {
            // A failure must not end the schedule; the next interval tries again (a disk that refuses a
            // sync refuses the journal's next commit too, and that is where it fails). H2's messages
            // about its store name files and chunks, never journal content.
            LOG.warn("{} van het journaalbestand mislukt: {}", wat, e.toString());
            return false;
        }
    }

    private static boolean compacteer(MVStore store, int omvang) {
        return store.compact(DOEL_VULGRAAD, omvang);
    }

    /** H2's store of the journal, when the journal is an embedded H2 database with a file. */
    private static Optional<MVStore> bestand(DataSource database) {
        try (Connection verbinding = database.getConnection()) {
            if (!verbinding.isWrapperFor(JdbcConnection.class)) {
                return Optional.empty();
            }
            Session sessie = verbinding.unwrap(JdbcConnection.class).getSession();
            if (!(sessie instanceof SessionLocal lokaal) || lokaal.getDatabase().getStore() == null) {
                return Optional.empty();
            }
            MVStore store = lokaal.getDatabase().getStore().getMvStore();
            if (store.getFileStore() == null) {
                return Optional.empty();
            }
            return Optional.of(store);
        } catch (SQLException e) {
            throw new IllegalStateException("Het journaal is niet bereikbaar voor compactie", e);
        }
    }

    @Override
    public void close() {
        planner.shutdownNow();
        try {
            planner.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
