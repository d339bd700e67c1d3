package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.config.GatewayProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Without database settings the gateway keeps its journal in an H2 file under the data dir, migrated by Flyway. */
class JournaalDatabaseTest extends GatewayTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private io.micrometer.core.instrument.MeterRegistry metrics;

    @Autowired
    private org.springframework.beans.factory.ObjectProvider<JournaalCompactie> compactie;

    @Test
    void theEmbeddedJournalIsCompactedOnASchedule() {
        assertThat(compactie.getIfAvailable()).as("compactie van het ingebedde journaal").isNotNull();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).contains("journaal-compactie");
    }

    @Test
    void overdueRetoursAreAMetric() {
        assertThat(metrics.find("ijw.retouren.te.laat").gauge()).isNotNull()
                .satisfies(g -> assertThat(g.value()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void theEmbeddedJournalsPageCacheIsTheConfiguredSize() {
        // H2 reports it in KB; the default ijw.journaal.paginacache is 4 MB, a quarter of H2's own default.
        assertThat(jdbc.queryForObject(
                "SELECT setting_value FROM information_schema.settings WHERE lower(setting_name) = 'cache_size'", String.class))
                .isEqualTo(String.valueOf(GatewayProperties.Journaal.PAGINACACHE.toKilobytes()))
                .isEqualTo("4096");
    }

    @Test
    void journalLivesUnderTheDataDirAndIsMigrated() throws Exception {
        try (var verbinding = jdbc.getDataSource().getConnection()) {
            assertThat(verbinding.getMetaData().getURL())
                    .startsWith("jdbc:h2:file:" + dataDir().toAbsolutePath().resolve("journaal"));
        }
        assertThat(jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"", String.class))
                .contains("1");
    }
}
