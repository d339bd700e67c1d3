package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import javax.sql.DataSource;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.Test;

/**
 * One message of a client at a time: within one gateway (its threads), and across two gateways on
 * one PostgreSQL journal (two instances of the class, each with its own pool, on a real server).
 */
class KlantVolgordeTest {

    private static final BsnHasher HASHER = new BsnHasher(new byte[32]);

    private static Bericht bericht(Voorbeelden.Traject t, BerichtType type) {
        return Voorbeelden.bericht(type, t.tekst(type));
    }

    @Test
    void messagesOfOneClientOrOneRequestShareAKeyAndOthersDoNot() {
        KlantVolgorde volgorde = new KlantVolgorde(HASHER, null);
        Voorbeelden.Traject een = Voorbeelden.traject();
        Voorbeelden.Traject ander = Voorbeelden.traject();
        assertThat(volgorde.sleutels(bericht(een, BerichtType.JW305)))
                .containsAnyElementsOf(volgorde.sleutels(bericht(een, BerichtType.JW301)))
                .doesNotContainAnyElementsOf(volgorde.sleutels(bericht(ander, BerichtType.JW305)));
        // An answer names no client, only the request: it meets the request on its reference.
        assertThat(volgorde.sleutels(bericht(een, BerichtType.JW319)))
                .isNotEmpty()
                .containsAnyElementsOf(volgorde.sleutels(bericht(een, BerichtType.JW317)))
                .doesNotContainAnyElementsOf(volgorde.sleutels(bericht(ander, BerichtType.JW317)));
    }

    @Test
    void withinOneGatewayASecondMessageOfTheClientWaitsUntilTheFirstIsDone() throws Exception {
        wachtOpElkaar(new KlantVolgorde(HASHER, null), new KlantVolgorde(HASHER, null), true);
    }

    @Test
    void manyThreadsOnAFewClientsNeverHoldOneClientTogether() throws Exception {
        KlantVolgorde volgorde = new KlantVolgorde(HASHER, null);
        List<Bericht> berichten = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Voorbeelden.Traject t = Voorbeelden.traject();
            berichten.add(bericht(t, BerichtType.JW305));
            berichten.add(bericht(t, BerichtType.JW307));
        }
        // Per client (both of its messages carry its key): how many threads are inside now.
        AtomicIntegerArray binnen = new AtomicIntegerArray(4);
        AtomicInteger samen = new AtomicInteger();
        ExecutorService draden = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> klaar = new ArrayList<>();
            for (int d = 0; d < 8; d++) {
                int draad = d;
                klaar.add(draden.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int n = (i * 7 + draad) % berichten.size();
                        volgorde.vergrendel(berichten.get(n));
                        try {
                            if (binnen.incrementAndGet(n / 2) > 1) {
                                samen.incrementAndGet();
                            }
                            Thread.onSpinWait();
                            binnen.decrementAndGet(n / 2);
                        } finally {
                            volgorde.ontgrendel();
                        }
                    }
                }));
            }
            for (Future<?> f : klaar) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            draden.shutdownNow();
        }
        assertThat(samen).as("times two threads held one client together").hasValue(0);
        assertThat(volgorde.inGebruik()).isZero();
    }

    @Test
    void twoGatewaysOnOnePostgresqlJournalWaitForEachOther() throws Exception {
        DataSource database = Databases.postgresql();
        try (KlantVolgorde eerste = new KlantVolgorde(HASHER, pool(database));
             KlantVolgorde tweede = new KlantVolgorde(HASHER, pool(database))) {
            assertThat(eerste.gedeeld()).isTrue();
            wachtOpElkaar(eerste, tweede, false);
        }
    }

    /**
     * Gateway one takes a client; gateway two (or another thread of the same gateway) asks for the
     * same client and must wait; another client goes ahead; once one lets go, two gets it.
     */
    private static void wachtOpElkaar(KlantVolgorde een, KlantVolgorde twee, boolean zelfdeGateway) throws Exception {
        Voorbeelden.Traject client = Voorbeelden.traject();
        Voorbeelden.Traject ander = Voorbeelden.traject();
        KlantVolgorde tweede = zelfdeGateway ? een : twee;
        CountDownLatch genomen = new CountDownLatch(1);
        CountDownLatch loslaten = new CountDownLatch(1);
        CompletableFuture<Void> eerste = CompletableFuture.runAsync(() -> {
            een.vergrendel(bericht(client, BerichtType.JW305));
            genomen.countDown();
            try {
                loslaten.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                een.ontgrendel();
            }
        });
        assertThat(genomen.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> anderClient = CompletableFuture.runAsync(() -> {
            tweede.vergrendel(bericht(ander, BerichtType.JW305));
            tweede.ontgrendel();
        });
        anderClient.get(30, TimeUnit.SECONDS);

        CompletableFuture<Void> zelfdeClient = CompletableFuture.runAsync(() -> {
            tweede.vergrendel(bericht(client, BerichtType.JW307));
            tweede.ontgrendel();
        });
        Thread.sleep(500);
        assertThat(zelfdeClient).as("waits while the first holds the client").isNotDone();

        loslaten.countDown();
        eerste.get(30, TimeUnit.SECONDS);
        zelfdeClient.get(30, TimeUnit.SECONDS);
        assertThat(een.inGebruik()).as("no key is kept once every message let go").isZero();
        assertThat(twee.inGebruik()).isZero();
    }

    private static HikariDataSource pool(DataSource database) throws Exception {
        String url;
        try (var verbinding = database.getConnection()) {
            url = verbinding.getMetaData().getURL();
        }
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(2);
        pool.setConnectionInitSql(KlantVolgorde.VERBINDING_INSTELLEN);
        return pool;
    }
}
