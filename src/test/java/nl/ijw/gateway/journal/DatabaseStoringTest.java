package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.ijw.gateway.BrokerClient;
import nl.ijw.gateway.TestMap;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.intake.IntakePauze;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The journal's database (a real PostgreSQL server) goes away for a while: the intake pauses, the
 * messages wait on ijw.in without using up their attempts, nothing is forwarded or dead-lettered
 * that was not journaled, and once the database is back every message goes through exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ijw.intake.concurrent-consumers=2", "ijw.intake.redelivery-vertraging=0s",
        "spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.validation-timeout=500"})
@Import(BrokerClient.class)
class DatabaseStoringTest {

    private static final Path MAP;
    private static final int DATABASE_POORT;
    private static final int BROKER_POORT;
    private static EmbeddedPostgres database;

    static {
        try {
            MAP = TestMap.totDeContextenSluiten("ijw-db-storing");
            try (ServerSocket a = new ServerSocket(0); ServerSocket b = new ServerSocket(0)) {
                DATABASE_POORT = a.getLocalPort();
                BROKER_POORT = b.getLocalPort();
            }
            database = start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same server, on the same port and data directory, so its data survives the outage. */
    private static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setPort(DATABASE_POORT).setDataDirectory(MAP.resolve("pg"))
                .setCleanDataDirectory(false).start();
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("ijw.data-dir", () -> MAP.resolve("data").toString());
        registry.add("ijw.broker.port", () -> BROKER_POORT);
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + DATABASE_POORT + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    @Autowired
    private BrokerClient broker;

    @Autowired
    private IntakePauze pauze;

    @Autowired
    private Journaal journaal;

    private String stuur() {
        return broker.stuur(Voorbeelden.traject().tekst(BerichtType.JW315).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whileTheDatabaseIsGoneTheIntakeWaitsAndAfterwardsEveryMessageGoesThroughOnce() throws Exception {
        String ervoor = stuur();
        assertThat(broker.ontvang("ijw.out.0193", ervoor, "JW315")).as("before the outage").isNotNull();

        database.close();
        List<String> tijdens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tijdens.add(stuur());
        }
        await().atMost(Duration.ofSeconds(30)).until(pauze::gepauzeerd);
        Thread.sleep(3_000);
        for (String id : tijdens) {
            assertThat(broker.tel("ijw.out.0193", id)).as("not forwarded without the journal").isZero();
            assertThat(broker.tel("ijw.dlq", id)).as("not dead-lettered either").isZero();
        }

        database = start();
        for (String id : tijdens) {
            assertThat(broker.ontvang("ijw.out.0193", id, "JW315")).as("forwarded after the outage").isNotNull();
            assertThat(broker.ontvang("ijw.out.12345678", id, "JW316")).as("its retour").isNotNull();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !pauze.gepauzeerd());
        for (String id : tijdens) {
            assertThat(journaal.vind(id)).as("journaled").isPresent();
            assertThat(broker.tel("ijw.out.0193", id) + broker.tel("ijw.dlq", id)).as("exactly once").isZero();
        }
    }
}
