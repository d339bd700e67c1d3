package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The journal's foreign keys after migration: gone on H2 where they only doubled an index, kept on PostgreSQL. */
class H2RedundantForeignKeysTest {

    private static final String SLEUTELS = """
            SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
            WHERE CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_SCHEMA = 'public' ORDER BY TABLE_NAME""";

    private static JdbcTemplate naMigratie(DataSource database) {
        Flyway.configure().dataSource(database).callbacks(new H2RedundantForeignKeys()).load().migrate();
        return new JdbcTemplate(database);
    }

    private static List<String> indexen(JdbcTemplate jdbc, String tabel) {
        return jdbc.queryForList("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'public' AND TABLE_NAME = ?",
                String.class, tabel);
    }

    @Test
    void onH2NoForeignKeyKeepsAnIndexThatAnotherIndexAlreadyLeadsWith() {
        DataSource database = Databases.h2();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        assertThat(jdbc.queryForList(SLEUTELS, String.class)).as("vooraf").contains("bericht_status", "uitgaand");
        int statusIndexen = indexen(jdbc, "bericht_status").size();

        naMigratie(database);

        // Keys whose column leads no other index of their table (or is the primary key itself) stay.
        assertThat(jdbc.queryForList(SLEUTELS, String.class)).doesNotContain("bericht_status", "uitgaand", "bericht_bsn",
                "bericht_sleutel", "toewijzing", "levering", "verzoek");
        assertThat(indexen(jdbc, "bericht_status")).hasSize(statusIndexen - 1);
        // The chain look-up keeps its own index on heenbericht_id.
        assertThat(indexen(jdbc, "bericht")).contains("bericht_heenbericht");
    }

    @Test
    void aForeignKeyWhoseColumnsLeadNoOtherIndexStays() {
        JdbcTemplate jdbc = new JdbcTemplate(Databases.h2());
        jdbc.execute("CREATE TABLE verwijzing (nr INTEGER PRIMARY KEY, bericht_id VARCHAR(36) REFERENCES bericht (id))");

        naMigratie(jdbc.getDataSource());

        assertThat(jdbc.queryForList(SLEUTELS, String.class)).contains("verwijzing");
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
