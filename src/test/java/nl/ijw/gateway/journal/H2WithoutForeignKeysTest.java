package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The journal's foreign keys after migration: none on H2 (nor the indexes H2 made for them), all kept on PostgreSQL. */
class H2WithoutForeignKeysTest {

    private static final String SLEUTELS = """
            SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
            WHERE CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_SCHEMA = 'public' ORDER BY TABLE_NAME""";

    private static JdbcTemplate naMigratie(DataSource database) {
        Flyway.configure().dataSource(database).callbacks(new H2WithoutForeignKeys()).load().migrate();
        return new JdbcTemplate(database);
    }

    private static List<String> indexen(JdbcTemplate jdbc, String tabel) {
        return jdbc.queryForList("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'public' AND TABLE_NAME = ?",
                String.class, tabel);
    }

    @Test
    void onH2NoForeignKeyStaysAndTheIndexesMadeForThemGoAlong() {
        DataSource database = Databases.h2();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        assertThat(jdbc.queryForList(SLEUTELS, String.class)).as("vooraf").contains("bericht", "bericht_status", "uitgaand",
                "berichtidentificatie", "signalering");
        int statusIndexen = indexen(jdbc, "bericht_status").size();
        int identificatieIndexen = indexen(jdbc, "berichtidentificatie").size();

        naMigratie(database);

        assertThat(jdbc.queryForList(SLEUTELS, String.class)).isEmpty();
        assertThat(indexen(jdbc, "bericht_status")).hasSize(statusIndexen - 1);
        // Its key's column leads no other index: H2 had made one for the key alone.
        assertThat(indexen(jdbc, "berichtidentificatie")).hasSize(identificatieIndexen - 1);
        // The chain look-up keeps its own index on heenbericht_id, which the key had used.
        assertThat(indexen(jdbc, "bericht")).contains("bericht_heenbericht");
    }

    @Test
    void aKeyAddedLaterGoesAsWell() {
        JdbcTemplate jdbc = new JdbcTemplate(Databases.h2());
        jdbc.execute("CREATE TABLE verwijzing (nr INTEGER PRIMARY KEY, bericht_id VARCHAR(36) REFERENCES bericht (id))");

        naMigratie(jdbc.getDataSource());

        assertThat(jdbc.queryForList(SLEUTELS, String.class)).isEmpty();
        jdbc.update("INSERT INTO verwijzing (nr, bericht_id) VALUES (1, 'onbekend')");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM verwijzing", Integer.class)).isEqualTo(1);
    }

    @Test
    void onPostgresqlEveryForeignKeyStays() {
        DataSource database = Databases.postgresql();
        List<String> vooraf = new JdbcTemplate(database).queryForList(SLEUTELS, String.class);

        JdbcTemplate jdbc = naMigratie(database);

        assertThat(vooraf).isNotEmpty();
        assertThat(jdbc.queryForList(SLEUTELS, String.class)).isEqualTo(vooraf);
    }
}
