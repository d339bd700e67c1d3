package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import nl.ijw.gateway.config.GatewayProperties;
import nl.ijw.gateway.config.JournaalDatabaseConfiguration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded journal's file under bursts of messages, each committed on its own as the gateway's
 * writer does when it is not busy. H2's retention time is set to nothing here, so that freed space
 * comes back at once rather than after 45 seconds, and the file's size depends on what was written,
 * not on how fast.
 */
class JournaalCompactieTest {

    private static final byte[] SLEUTEL = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Duration RETENTIE = Duration.ZERO;
    private static final int EERSTE_GOLF = 4_000;
    /** Small enough to fit in the space the compaction gives back after the first. */
    private static final int TWEEDE_GOLF = 1_000;

    @TempDir
    Path map;

    @Test
    void afterABurstTheFileIsCompactedAndTheNextBurstReusesItsSpace() throws Exception {
        // No scheduled runs: this test runs them itself, when the journal is quiet.
        Map<String, byte[]> geschreven = new java.util.HashMap<>();
        try (Opstelling opstelling = new Opstelling(map, Duration.ofHours(1))) {
            Random willekeur = new Random(20261130);
            long leeg = opstelling.grootte();
            schrijf(opstelling, 1, EERSTE_GOLF, willekeur, geschreven);
            long naEerste = opstelling.grootte();
            // Quiet now: what the schedule does every interval then, until there is nothing left to do. A
            // run's pages are written by the next commit, as the journal's next entry would.
            for (int run = 0; run < 200 && opstelling.compactie.compacteer(); run++) {
                new JdbcTemplate(opstelling.database).execute("CHECKPOINT");
            }
            schrijf(opstelling, EERSTE_GOLF + 1, TWEEDE_GOLF, willekeur, geschreven);
            long naTweede = opstelling.grootte();

            // The first burst grows the file by some 26 KB a message: every index page every commit wrote.
            // The second, in the space the compaction gave back, hardly at all; without the compaction
            // it grows as much as the first.
            long perBerichtEerste = (naEerste - leeg) / EERSTE_GOLF;
            long perBerichtTweede = (naTweede - naEerste) / TWEEDE_GOLF;
            assertThat(perBerichtTweede).as("groei per bericht in de tweede golf (de eerste: %d)", perBerichtEerste)
                    .isLessThan(perBerichtEerste / 3);
        }
        // Rewriting moved pages; it must not have lost or changed any, also as read from the file again.
        try (Opstelling opnieuw = new Opstelling(map, Duration.ofHours(1))) {
            assertThat(opnieuw.aantalBerichten()).isEqualTo(EERSTE_GOLF + TWEEDE_GOLF);
            geschreven.forEach((id, inhoud) -> assertThat(opnieuw.journaal.payload(id).orElseThrow()).containsExactly(inhoud));
        }
    }

    private static void schrijf(Opstelling opstelling, int eerste, int aantal, Random willekeur, Map<String, byte[]> geschreven) {
        for (int nummer = eerste; nummer < eerste + aantal; nummer++) {
            JournaalRegel regel = bericht(nummer, willekeur);
            opstelling.journaal.registreer(regel);
            geschreven.put(regel.id(), regel.payload());
        }
    }

    @Test
    void aQuietJournalIsCompactedEveryIntervalABusyOneInSmallRunsFourTimesASecond() {
        long ms = 1_000_000;
        int mb = 1 << 20;
        assertThat(JournaalCompactie.omvang(0, 100 * ms)).isEqualTo(4 * mb);
        assertThat(JournaalCompactie.omvang(4, 100 * ms)).isEqualTo(4 * mb);
        // Five entries in an interval count as busy, whether they came in five commits or in one.
        assertThat(JournaalCompactie.omvang(5, 100 * ms)).isZero();
        assertThat(JournaalCompactie.omvang(64, 249 * ms)).isZero();
        assertThat(JournaalCompactie.omvang(64, 250 * ms)).isEqualTo(mb);
    }

    /**
     * H2 commits into the operating system's cache; the schedule has the file written to disk after each
     * interval in which the journal wrote, so that the system does not gather half a minute of it and
     * write it all at once (see the class). A quiet journal costs no syncs.
     */
    @Test
    void afterAnIntervalWithEntriesTheFileIsWrittenToDiskAndNotWhileQuiet() throws Exception {
        AtomicLong geschrevenTeller = new AtomicLong();
        Duration interval = Duration.ofMillis(20);
        try (Opstelling opstelling = new Opstelling(map, interval, geschrevenTeller::get)) {
            // The first quiet runs may still compact what the migrations left (and sync what they rewrote).
            Thread.sleep(25 * interval.toMillis());
            long stil = opstelling.compactie.syncs();
            Thread.sleep(10 * interval.toMillis());
            assertThat(opstelling.compactie.syncs()).as("syncs while nothing was written").isEqualTo(stil);

            schrijf(opstelling, 1, 20, new Random(20261202), new java.util.HashMap<>());
            geschrevenTeller.addAndGet(20);
            long tot = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (opstelling.compactie.syncs() == stil && System.nanoTime() < tot) {
                Thread.sleep(interval.toMillis());
            }
            assertThat(opstelling.compactie.syncs()).as("syncs after 20 entries").isGreaterThan(stil);
        }
    }

    @Test
    void aJournalInMemoryOrOnPostgresqlIsLeftAlone() {
        for (DataSource database : List.of(Databases.h2(), Databases.postgresql())) {
            try (JournaalCompactie compactie = new JournaalCompactie(database, () -> 0, Duration.ofMillis(10), Optional.empty())) {
                assertThat(compactie.compacteer()).isFalse();
            }
        }
    }

    private static JournaalRegel bericht(int nummer, Random willekeur) {
        String bsn = String.valueOf(999_900_006 + willekeur.nextInt(99_000));
        byte[] inhoud = new byte[1_200];
        willekeur.nextBytes(inhoud);
        return new JournaalRegel("%012d".formatted(nummer), JournaalRegel.Richting.IN, "JW305", "12345678", "0193",
                "JW305-" + nummer, LocalDate.of(2026, 11, 30), "jms", "GEACCEPTEERD", null, null, List.of(), List.of(),
                null, inhoud, Instant.parse("2026-11-30T10:00:00Z").plusMillis(nummer), List.of(bsn),
                Map.of("ToewijzingNummer", List.of(String.valueOf(willekeur.nextInt(1_000_000)))));
    }

    /** A journal on an embedded H2 file as the gateway opens it, compacted at the given interval. */
    private static final class Opstelling implements AutoCloseable {
        private final Path dataDir;
        private final HikariDataSource database;
        private final JournaalCompactie compactie;
        private final Journaal journaal;

        Opstelling(Path dataDir, Duration interval) {
            this(dataDir, interval, () -> 0);
        }

        Opstelling(Path dataDir, Duration interval, LongSupplier geschreven) {
            this.dataDir = dataDir;
            this.database = new HikariDataSource();
            database.setJdbcUrl(JournaalDatabaseConfiguration.url(dataDir, GatewayProperties.Journaal.PAGINACACHE));
            database.setUsername("ijw");
            Flyway.configure().dataSource(database).callbacks(new H2WithoutForeignKeys()).load().migrate();
            this.compactie = new JournaalCompactie(database, geschreven, interval, Optional.of(RETENTIE));
            this.journaal = new Journaal(new JdbcTemplate(database), new TransactionTemplate(new DataSourceTransactionManager(database)),
                    new BsnHasher(SLEUTEL), new PayloadKluis(SLEUTEL), Journaal.PayloadOpslag.VERSLEUTELD, Period.ofMonths(2),
                    Clock.systemUTC());
        }

        int aantalBerichten() {
            Integer aantal = new JdbcTemplate(database).queryForObject("SELECT COUNT(*) FROM bericht", Integer.class);
            return aantal == null ? 0 : aantal;
        }

        long grootte() {
            try {
                return Files.size(dataDir.resolve("journaal").resolve("ijw.mv.db"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            compactie.close();
            database.close();
        }
    }
}
