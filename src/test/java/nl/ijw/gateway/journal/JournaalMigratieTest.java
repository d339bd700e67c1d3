package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Migrations that change what a journal already holds, on both databases the journal runs on. */
class JournaalMigratieTest {

    private static final byte[] SLEUTEL = "een-bsn-sleutel-van-32-bytes-lang".getBytes(StandardCharsets.US_ASCII);
    private static final String BSN = "999993653";
    private static final List<String> TABELLEN_MET_CLIENT = List.of("bericht_bsn", "toewijzing", "levering", "verzoek");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) Databases::leegH2),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::leegPostgresql));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void bsnHashesStoredInFullBeforeV7AreCutToTheHashTheGatewayNowMakes(String naam, Supplier<DataSource> leeg) throws Exception {
        DataSource database = leeg.get();
        JdbcTemplate jdbc = opVersie(database, "6");
        String volledig = hmacSha256Hex(BSN);
        jdbc.update("INSERT INTO bericht (id, richting, status, ontvangen_op) VALUES ('a', 'IN', 'DOORGESTUURD', CURRENT_TIMESTAMP)");
        jdbc.update("INSERT INTO bericht_bsn (bericht_id, bsn_hash) VALUES ('a', ?)", volledig);
        jdbc.update("INSERT INTO toewijzing (bericht_id, gemeente, aanbieder, bsn_hash, toewijzingnummer) VALUES ('a', '0193', '12345678', ?, 'T1')",
                volledig);
        jdbc.update("""
                INSERT INTO levering (bericht_id, volgnummer, soort, gemeente, aanbieder, bsn_hash, sleutel, begindatum, status_aanlevering)
                VALUES ('a', 1, 'JW305', '0193', '12345678', ?, 'T1', DATE '2026-11-01', '1')""", volledig);
        jdbc.update("""
                INSERT INTO verzoek (bericht_id, referentie_aanbieder, berichttype, gemeente, aanbieder, bsn_hash)
                VALUES ('a', 'R1', 'JW315', '0193', '12345678', ?)""", volledig);

        Flyway.configure().dataSource(database).load().migrate();

        String nu = new BsnHasher(SLEUTEL).hash(BSN);
        assertThat(nu).hasSize(32);
        for (String tabel : TABELLEN_MET_CLIENT) {
            assertThat(jdbc.queryForList("SELECT bsn_hash FROM " + tabel, String.class)).as(tabel).containsExactly(nu);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void messagesWaitingForARetourBeforeV9AreStillWatchedAfterIt(String naam, Supplier<DataSource> leeg) {
        DataSource database = leeg.get();
        JdbcTemplate jdbc = opVersie(database, "8");
        for (String[] rij : new String[][] {{"wacht", "WACHT_OP_RETOUR"}, {"laat", "RETOUR_TE_LAAT"}, {"klaar", "RETOUR_ONTVANGEN"},
                {"door", "DOORGESTUURD"}}) {
            jdbc.update("INSERT INTO bericht (id, richting, status, ontvangen_op) VALUES (?, 'IN', ?, TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+01')",
                    rij[0], rij[1]);
        }

        Flyway.configure().dataSource(database).load().migrate();

        assertThat(jdbc.queryForList("SELECT bericht_id, te_laat FROM retour_verwacht ORDER BY bericht_id"))
                .extracting(r -> r.get("bericht_id"), r -> r.get("te_laat"))
                .containsExactly(tuple("laat", true), tuple("wacht", false));
        assertThat(jdbc.queryForObject("SELECT sinds FROM retour_verwacht WHERE bericht_id = 'wacht'", java.sql.Timestamp.class))
                .isEqualTo(java.sql.Timestamp.from(java.time.Instant.parse("2026-11-20T09:00:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void stateRowsWrittenBeforeV10TakeTheReceiptTimeOfTheMessageThatBroughtThem(String naam, Supplier<DataSource> leeg) {
        DataSource database = leeg.get();
        JdbcTemplate jdbc = opVersie(database, "9");
        for (String[] rij : new String[][] {{"toewijzing", "2026-11-20 10:00:00+01"}, {"start", "2026-11-21 11:30:00+01"},
                {"antwoord", "2026-11-22 09:15:00+01"}}) {
            jdbc.update("INSERT INTO bericht (id, richting, status, ontvangen_op) VALUES (?, 'IN', 'DOORGESTUURD', CAST(? AS TIMESTAMP WITH TIME ZONE))",
                    rij[0], rij[1]);
        }
        jdbc.update("INSERT INTO toewijzing (bericht_id, gemeente, aanbieder, bsn_hash, toewijzingnummer) VALUES ('toewijzing', '0193', '12345678', 'c', 'T1')");
        jdbc.update("""
                INSERT INTO levering (bericht_id, volgnummer, soort, gemeente, aanbieder, bsn_hash, sleutel, begindatum, status_aanlevering)
                VALUES ('start', 1, 'JW305', '0193', '12345678', 'c', 'T1', DATE '2026-11-01', '1')""");
        jdbc.update("""
                INSERT INTO antwoord (bericht_id, gemeente, aanbieder, referentie_aanbieder, verzoek_antwoord)
                VALUES ('antwoord', '0193', '12345678', 'R1', '1')""");

        Flyway.configure().dataSource(database).load().migrate();

        assertThat(jdbc.queryForObject("SELECT ontvangen_op FROM toewijzing", java.sql.Timestamp.class))
                .isEqualTo(java.sql.Timestamp.from(java.time.Instant.parse("2026-11-20T09:00:00Z")));
        assertThat(jdbc.queryForObject("SELECT ontvangen_op FROM levering", java.sql.Timestamp.class))
                .isEqualTo(java.sql.Timestamp.from(java.time.Instant.parse("2026-11-21T10:30:00Z")));
        assertThat(jdbc.queryForObject("SELECT ontvangen_op FROM antwoord", java.sql.Timestamp.class))
                .isEqualTo(java.sql.Timestamp.from(java.time.Instant.parse("2026-11-22T08:15:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void messageRowsAreIndexedOnlyByTheirIdReceiptTimeAndHeenbericht(String naam, Supplier<DataSource> leeg) throws SQLException {
        DataSource database = leeg.get();
        Flyway.configure().dataSource(database).load().migrate();

        // Every index of bericht costs each commit a page and each message row an entry (V9 says what
        // serves the searches the others served): one more must be a choice, made here too.
        List<String> eersteKolommen = new ArrayList<>();
        try (Connection verbinding = database.getConnection();
             ResultSet indexen = verbinding.getMetaData().getIndexInfo(null, null, "bericht", false, false)) {
            while (indexen.next()) {
                if (indexen.getShort("ORDINAL_POSITION") == 1) {
                    eersteKolommen.add(indexen.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        assertThat(eersteKolommen).containsExactlyInAnyOrder("id", "ontvangen_op", "heenbericht_id");
    }

    /** The journal as a gateway of this version left it: migrated up to that version only. */
    private static JdbcTemplate opVersie(DataSource database, String versie) {
        Flyway.configure().dataSource(database).target(versie).load().migrate();
        return new JdbcTemplate(database);
    }

    private static String hmacSha256Hex(String waarde) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SLEUTEL, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(waarde.getBytes(StandardCharsets.US_ASCII)));
    }
}
