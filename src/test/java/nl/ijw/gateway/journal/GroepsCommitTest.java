package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The journal's group commit on both databases it runs on. Each unit of work inserts rows into a table
 * of its own; what is committed is read back over another connection, which sees committed rows only.
 */
class GroepsCommitTest {

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) Databases::h2),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::postgresql));
    }

    private final List<GroepsCommit> gesloten = new ArrayList<>();
    private JdbcTemplate jdbc;
    private TelbareTransacties transacties;

    @AfterEach
    void sluit() {
        gesloten.forEach(GroepsCommit::close);
    }

    private GroepsCommit groepsCommit(Supplier<DataSource> database) {
        return groepsCommit(database, Duration.ZERO);
    }

    private GroepsCommit groepsCommit(Supplier<DataSource> database, Duration venster) {
        DataSource ds = database.get();
        jdbc = new JdbcTemplate(ds);
        jdbc.execute("CREATE TABLE proef (id VARCHAR(20) PRIMARY KEY)");
        transacties = new TelbareTransacties(ds);
        GroepsCommit groepsCommit = new GroepsCommit(jdbc, transacties, venster);
        gesloten.add(groepsCommit);
        return groepsCommit;
    }

    /** Two units committed in one transaction: from then on the writer counts the gateway as busy. */
    private GroepsCommit druk(GroepsCommit groepsCommit) throws Exception {
        Bezet bezet = new Bezet(groepsCommit);
        Aanroeper a = new Aanroeper(groepsCommit, voegToe("druk-a"));
        Aanroeper b = new Aanroeper(groepsCommit, voegToe("druk-b"));
        bezet.vrijgevenAlsWachtend(a, b);
        a.keertTerug();
        b.keertTerug();
        return groepsCommit;
    }

    /** Rows held back in the transaction's batch, as the journal writes its rows. */
    private Consumer<Bundel> voegToe(String... ids) {
        return bundel -> {
            for (String id : ids) {
                bundel.voegIn("INSERT INTO proef (id) VALUES (?)", id);
            }
        };
    }

    private boolean vastgelegd(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM proef WHERE id = ?", Integer.class, id) == 1;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyCallerOfManyThreadsFindsItsUnitCommittedWhenItReturns(String naam, Supplier<DataSource> database)
            throws Exception {
        GroepsCommit groepsCommit = groepsCommit(database);
        ExecutorService draden = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> aanroepers = IntStream.range(0, 8).<Callable<Boolean>>mapToObj(draad -> () -> {
                boolean steedsVastgelegd = true;
                for (int i = 0; i < 25; i++) {
                    String id = draad + "-" + i;
                    groepsCommit.voerUit(voegToe(id));
                    steedsVastgelegd &= vastgelegd(id);
                }
                return steedsVastgelegd;
            }).toList();

            for (Future<Boolean> aanroeper : draden.invokeAll(aanroepers)) {
                assertThat(aanroeper.get()).isTrue();
            }
        } finally {
            draden.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM proef", Integer.class)).isEqualTo(200);
        // What the embedded journal's compaction reads to tell a busy journal from a quiet one.
        assertThat(groepsCommit.geschreven()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unitsWaitingTogetherShareOneCommitAndAFailingUnitFailsOnlyItsOwnCaller(String naam, Supplier<DataSource> database)
            throws Exception {
        GroepsCommit groepsCommit = groepsCommit(database);
        groepsCommit.voerUit(voegToe("bestaand"));
        Bezet bezet = new Bezet(groepsCommit);

        Aanroeper eerste = new Aanroeper(groepsCommit, voegToe("b"));
        // A unique key, as a second journal entry for one message would break: its first row must go too.
        Aanroeper dubbel = new Aanroeper(groepsCommit, voegToe("c", "bestaand"));
        Aanroeper laatste = new Aanroeper(groepsCommit, voegToe("d"));
        bezet.vrijgevenAlsWachtend(eerste, dubbel, laatste);

        eerste.keertTerug();
        laatste.keertTerug();
        assertThatThrownBy(dubbel::keertTerug).isInstanceOf(DuplicateKeyException.class);
        assertThat(List.of("b", "d")).allMatch(this::vastgelegd);
        assertThat(vastgelegd("c")).isFalse();
        // "bestaand", the unit holding the writer, and the three waiting units together.
        assertThat(transacties.commits.get()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void heldBackRowsOfEveryUnitGoBeforeTheRowsReferringToThem(String naam, Supplier<DataSource> database) throws Exception {
        // The second unit's parent row is held back behind the first unit's child row: sent in statement order, not unit order.
        ouderEnKindSamen(database, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aUnitThatSendsMidwayKeepsTheNextUnitsParentRowsFirst(String naam, Supplier<DataSource> database) throws Exception {
        // The first unit sends its parent row before its child row is held back, as a retour's status update does.
        ouderEnKindSamen(database, true);
    }

    /** Two units of a parent row and a child row referring to it, waiting together for the writer. */
    private void ouderEnKindSamen(Supplier<DataSource> database, boolean eersteVerstuurtTussendoor) throws Exception {
        GroepsCommit groepsCommit = groepsCommit(database);
        jdbc.execute("CREATE TABLE proef_kind (id VARCHAR(20) PRIMARY KEY, ouder VARCHAR(20) NOT NULL REFERENCES proef (id))");
        Bezet bezet = new Bezet(groepsCommit);
        Aanroeper a = new Aanroeper(groepsCommit, ouderEnKind("a", eersteVerstuurtTussendoor)).inDeRij();
        Aanroeper b = new Aanroeper(groepsCommit, ouderEnKind("b", false));
        bezet.vrijgevenAlsWachtend(a, b);

        a.keertTerug();
        b.keertTerug();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM proef_kind", Integer.class)).isEqualTo(2);
        // Committed together at the first try: no child row went in before its parent.
        assertThat(transacties.rollbacks.get()).isZero();
        assertThat(transacties.commits.get()).isEqualTo(2);
    }

    private static Consumer<Bundel> ouderEnKind(String naam, boolean tussendoorVersturen) {
        return bundel -> {
            bundel.voegIn("INSERT INTO proef (id) VALUES (?)", "ouder-" + naam);
            if (tussendoorVersturen) {
                bundel.direct();
            }
            bundel.voegIn("INSERT INTO proef_kind (id, ouder) VALUES (?, ?)", "kind-" + naam, "ouder-" + naam);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStatementThatReadsSeesTheRowsHeldBackBeforeIt(String naam, Supplier<DataSource> database) throws Exception {
        GroepsCommit groepsCommit = groepsCommit(database);
        Bezet bezet = new Bezet(groepsCommit);
        Aanroeper schrijver = new Aanroeper(groepsCommit, voegToe("a")).inDeRij();
        Aanroeper lezer = new Aanroeper(groepsCommit, bundel -> bundel.direct().update(
                "INSERT INTO proef (id) SELECT 'gezien' WHERE EXISTS (SELECT 1 FROM proef WHERE id = 'a')"));
        bezet.vrijgevenAlsWachtend(schrijver, lezer);

        schrijver.keertTerug();
        lezer.keertTerug();
        assertThat(vastgelegd("gezien")).isTrue();
        assertThat(transacties.commits.get()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void workWithItsOwnStatementsComesAfterWhatWasHeldBack(String naam, Supplier<DataSource> database) {
        GroepsCommit groepsCommit = groepsCommit(database);

        groepsCommit.voerUit(bundel -> {
            voegToe("a").accept(bundel);
            groepsCommit.voerUit(binnen -> binnen.direct().update(
                    "INSERT INTO proef (id) SELECT 'gezien' WHERE EXISTS (SELECT 1 FROM proef WHERE id = 'a')"));
        });

        assertThat(vastgelegd("gezien")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void whenTheCommitFailsEveryCallerInThatTransactionFailsAndTheNextOneCommits(String naam, Supplier<DataSource> database)
            throws Exception {
        GroepsCommit groepsCommit = groepsCommit(database);
        Bezet bezet = new Bezet(groepsCommit);
        Aanroeper eerste = new Aanroeper(groepsCommit, voegToe("b"));
        Aanroeper tweede = new Aanroeper(groepsCommit, voegToe("c"));
        transacties.faalCommitNummer = 2;

        bezet.vrijgevenAlsWachtend(eerste, tweede);

        assertThatThrownBy(eerste::keertTerug).isInstanceOf(TransactionSystemException.class);
        assertThatThrownBy(tweede::keertTerug).isInstanceOf(TransactionSystemException.class);
        groepsCommit.voerUit(voegToe("e"));
        assertThat(vastgelegd("e")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aCallerReturnsOnlyOnceTheCommitOfItsUnitHasFinished(String naam, Supplier<DataSource> database) throws Exception {
        GroepsCommit groepsCommit = groepsCommit(database);
        transacties.houdCommitVast = true;

        Aanroeper aanroeper = new Aanroeper(groepsCommit, voegToe("b"));
        await().until(() -> transacties.inCommit.getCount() == 0);
        // The unit ran and its commit has begun; its caller must still be waiting for the outcome.
        await().until(() -> aanroeper.wacht() || aanroeper.uitkomst.isDone());
        assertThat(aanroeper.uitkomst).isNotDone();
        transacties.commitMag.countDown();

        aanroeper.keertTerug();
        assertThat(vastgelegd("b")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aUnitThatHandsOverAnotherUnitTakesItIn(String naam, Supplier<DataSource> database) {
        GroepsCommit groepsCommit = groepsCommit(database);

        groepsCommit.voerUit(bundel -> {
            voegToe("b").accept(bundel);
            groepsCommit.voerUit(voegToe("c"));
        });

        assertThat(List.of("b", "c")).allMatch(this::vastgelegd);
        assertThat(transacties.commits.get()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void afterCloseWhatWasHandedOverIsCommittedAndNothingMoreIsTaken(String naam, Supplier<DataSource> database)
            throws Exception {
        GroepsCommit groepsCommit = groepsCommit(database);
        Bezet bezet = new Bezet(groepsCommit);
        Aanroeper wachtend = new Aanroeper(groepsCommit, voegToe("b"));
        bezet.vrijgevenAlsWachtend(wachtend);

        groepsCommit.close();

        wachtend.keertTerug();
        assertThat(vastgelegd("b")).isTrue();
        assertThatThrownBy(() -> groepsCommit.voerUit(voegToe("c"))).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void whenBusyAUnitHandedOverWithinTheWindowOfTheFirstSharesItsCommit(String naam, Supplier<DataSource> database)
            throws Exception {
        GroepsCommit groepsCommit = druk(groepsCommit(database, Duration.ofMillis(1500)));
        int voor = transacties.commits.get();

        Aanroeper c = new Aanroeper(groepsCommit, voegToe("c")).inDeRij();
        Aanroeper d = new Aanroeper(groepsCommit, voegToe("d"));
        c.keertTerug();
        d.keertTerug();

        assertThat(List.of("c", "d")).allMatch(this::vastgelegd);
        assertThat(transacties.commits.get() - voor).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLoneUnitIsCommittedAtOnceWithoutWaitingForTheWindow(String naam, Supplier<DataSource> database) {
        GroepsCommit groepsCommit = groepsCommit(database, Duration.ofMinutes(10));

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            groepsCommit.voerUit(voegToe("a"));
            groepsCommit.voerUit(voegToe("b"));
        });

        assertThat(List.of("a", "b")).allMatch(this::vastgelegd);
        assertThat(transacties.commits.get()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void closingEndsTheWindowAndCommitsWhatWasGathered(String naam, Supplier<DataSource> database) throws Exception {
        GroepsCommit groepsCommit = druk(groepsCommit(database, Duration.ofMinutes(10)));
        Aanroeper c = new Aanroeper(groepsCommit, voegToe("c")).inDeRij();

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            groepsCommit.close();
            c.keertTerug();
        });

        assertThat(vastgelegd("c")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aNegativeWindowIsRefused(String naam, Supplier<DataSource> database) {
        assertThatThrownBy(() -> new GroepsCommit(jdbc, new TelbareTransacties(database.get()), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A transaction manager that counts commits, and can fail one or hold one back. */
    private static final class TelbareTransacties extends DataSourceTransactionManager {
        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger rollbacks = new AtomicInteger();
        final CountDownLatch inCommit = new CountDownLatch(1);
        final CountDownLatch commitMag = new CountDownLatch(1);
        volatile int faalCommitNummer;
        volatile boolean houdCommitVast;

        TelbareTransacties(DataSource ds) {
            super(ds);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            int nummer = commits.incrementAndGet();
            if (nummer == faalCommitNummer) {
                throw new TransactionSystemException("commit mislukt voor de test");
            }
            if (houdCommitVast) {
                inCommit.countDown();
                try {
                    commitMag.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            super.doCommit(status);
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rollbacks.incrementAndGet();
            super.doRollback(status);
        }
    }

    /** A caller on a thread of its own, handing over one unit. */
    private static final class Aanroeper {
        final CompletableFuture<Void> uitkomst = new CompletableFuture<>();
        final Thread draad;

        Aanroeper(GroepsCommit groepsCommit, Consumer<Bundel> werk) {
            draad = new Thread(() -> {
                try {
                    groepsCommit.voerUit(werk);
                    uitkomst.complete(null);
                } catch (Throwable t) {
                    uitkomst.completeExceptionally(t);
                }
            });
            draad.start();
        }

        /**
         * Waits until the caller's unit is handed over and it waits for the commit: a caller made after
         * this one then comes after it in the writer's queue (two threads started together may not).
         */
        Aanroeper inDeRij() {
            await().until(this::wacht);
            return this;
        }

        /** Whether the caller waits for the outcome: it parks only after it handed over its unit. */
        boolean wacht() {
            return draad.getState() == Thread.State.WAITING;
        }

        /** Waits for the caller to return; throws what it threw. */
        void keertTerug() throws Exception {
            try {
                // Only so that a broken group commit fails the test instead of hanging it.
                uitkomst.get(1, TimeUnit.MINUTES);
            } catch (ExecutionException e) {
                throw (Exception) e.getCause();
            }
        }
    }

    /**
     * Keeps the writer busy with a unit that waits, so that callers started meanwhile queue up and go into
     * one transaction together once it is released.
     */
    private static final class Bezet {
        private final CountDownLatch bezig = new CountDownLatch(1);
        private final CountDownLatch vrij = new CountDownLatch(1);
        private final Aanroeper houder;

        Bezet(GroepsCommit groepsCommit) {
            houder = new Aanroeper(groepsCommit, bundel -> {
                bezig.countDown();
                try {
                    vrij.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            await().until(() -> bezig.getCount() == 0);
        }

        /**
         * Releases the writer once every given caller waits for its outcome: a caller only parks after it
         * has handed over its unit, so all of them are queued then.
         */
        void vrijgevenAlsWachtend(Aanroeper... aanroepers) throws Exception {
            await().until(() -> Stream.of(aanroepers).allMatch(Aanroeper::wacht));
            vrij.countDown();
            houder.keertTerug();
        }
    }
}
