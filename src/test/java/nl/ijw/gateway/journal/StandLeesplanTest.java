package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.Werkdagen;
import nl.ijw.gateway.rules.Geschiedenis.Toewijzing;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule state is read for every message a consumer judges, so each read must find its rows through
 * an index on the embedded database, never by reading a table, or a provider's part of an index, row
 * by row. A read that did (found while trying the state without its own indexes) took the gateway from
 * some 230 to 80 messages a second. Checked on H2 only: PostgreSQL's plans follow its own statistics
 * and are seen in the benchmark on PostgreSQL.
 */
class StandLeesplanTest {

    private static final String AANBIEDER = "12345678";
    private static final String GEMEENTE = "0193";
    private static final String BSN = "999993653";
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");
    /** The client and the keys asked for have a row or three each; the other clients' rows must not be read. */
    private static final int MEESTE_RIJEN = 10;
    private static final byte[] SLEUTEL = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final BsnHasher hasher = new BsnHasher(SLEUTEL);

    /** As the gateway's embedded journal: the indexes H2 made for foreign keys would be ways the gateway does not have. */
    private static DataSource journaalDatabase() throws SQLException {
        DataSource database = Databases.h2();
        try (Connection verbinding = database.getConnection()) {
            H2WithoutForeignKeys.laatVallen(verbinding);
        }
        return database;
    }

    @Test
    void everyReadOfTheRuleStateFindsItsRowsThroughAnIndex() throws SQLException {
        DataSource database = journaalDatabase();
        vul(new JdbcTemplate(database), hasher);
        OpnemendeJdbc jdbc = new OpnemendeJdbc(database);
        Stand stand = new Stand(jdbc, hasher, Optional.empty(), ZoneId.of("Europe/Amsterdam"));

        stand.identificatieGebruikt(AANBIEDER, BerichtType.JW315, "ID7");
        Optional<List<Toewijzing>> toewijzingen = stand.toewijzingen(AANBIEDER, BSN);
        List<Toewijzing> metNummer = stand.toewijzingenMetNummer(GEMEENTE, "T7");
        List<Toewijzing> metReferentie = stand.toewijzingenMetReferentie(AANBIEDER, "R7");
        int leveringen = stand.leveringen(AANBIEDER, BSN).size();
        int verzoeken = stand.verzoeken(AANBIEDER, BSN).size();
        int metReferentieVerzoeken = stand.verzoekenMetReferentie(AANBIEDER, "R7").size();
        stand.antwoorden(AANBIEDER, "R7");

        // The reads find what vul wrote for the one client and keys asked for, and nothing of the others.
        assertThat(toewijzingen).hasValueSatisfying(t -> assertThat(t).extracting(Toewijzing::nummer).containsExactly("T7"));
        assertThat(metNummer).extracting(Toewijzing::referentieAanbieder).containsExactly("R7");
        assertThat(metReferentie).extracting(Toewijzing::nummer).containsExactly("T7");
        assertThat(leveringen).isEqualTo(1);
        assertThat(verzoeken).isEqualTo(1);
        assertThat(metReferentieVerzoeken).isEqualTo(1);

        assertThat(jdbc.gelezen).hasSize(8);
        leestAlleenZijnRijen(database, jdbc.gelezen);
    }

    /**
     * The journal's reads outside the rule state that must not grow with the journal either: a party's
     * retour finding its heenbericht (every such retour), and the lists of messages waiting for a
     * retour or overdue (the operators' console, the hourly OP090 check), statuses few messages have.
     */
    @Test
    void theHeenberichtOfARetourAndTheListsOfWaitingMessagesAreFoundThroughAnIndex() throws SQLException {
        DataSource database = journaalDatabase();
        JdbcTemplate schrijver = new JdbcTemplate(database);
        vul(schrijver, hasher);
        for (int i = 0; i < 300; i++) {
            schrijver.update("INSERT INTO berichtidentificatie (afzender, berichttype, identificatie, bericht_id) VALUES (?, 'JW305', ?, ?)",
                    AANBIEDER, "ID" + i, "JW305-%05d".formatted(i));
        }
        for (String[] wachtend : new String[][] {{"JW305-00007", "WACHT_OP_RETOUR"}, {"JW305-00008", "RETOUR_TE_LAAT"}}) {
            schrijver.update("UPDATE bericht SET status = ? WHERE id = ?", wachtend[1], wachtend[0]);
            schrijver.update("INSERT INTO retour_verwacht (bericht_id, sinds, te_laat) VALUES (?, CURRENT_TIMESTAMP, ?)",
                    wachtend[0], wachtend[1].equals("RETOUR_TE_LAAT"));
        }
        schrijver.execute("ANALYZE");
        OpnemendeJdbc jdbc = new OpnemendeJdbc(database);
        Journaal journaal = new Journaal(jdbc, new TransactionTemplate(new DataSourceTransactionManager(database)), hasher,
                new PayloadKluis(SLEUTEL),
                Journaal.PayloadOpslag.GEEN, Period.ofMonths(2), Clock.systemUTC());

        assertThat(new Stand(jdbc, hasher, Optional.empty(), ZoneId.of("Europe/Amsterdam")).houder(AANBIEDER, BerichtType.JW305, "ID7"))
                .contains("JW305-00007");
        assertThat(journaal.zoek(status(Journaal.WACHT_OP_RETOUR))).extracting(JournaalBericht::id).containsExactly("JW305-00007");
        assertThat(journaal.zoek(status(Journaal.RETOUR_TE_LAAT))).extracting(JournaalBericht::id).containsExactly("JW305-00008");
        assertThat(journaal.markeerRetourTeLaat(new Werkdagen(), 3, ZoneId.of("Europe/Amsterdam"))).isZero();

        assertThat(jdbc.gelezen).extracting(Lezing::sql).anyMatch(sql -> sql.contains("retour_verwacht"));
        leestAlleenZijnRijen(database, jdbc.gelezen);
    }

    private static Zoekvraag status(String status) {
        return new Zoekvraag(null, null, null, status, null, null, null, null, null, null, null, 0, 50);
    }

    /**
     * Runs each read again with H2's counts of the rows each table's access read: a read through an
     * index reads a few, a read along a whole table or a provider's part of an index reads hundreds.
     */
    private static void leestAlleenZijnRijen(DataSource database, List<Lezing> lezingen) {
        JdbcTemplate uitleg = new JdbcTemplate(database);
        for (Lezing lezing : lezingen) {
            String plan = String.join("\n", uitleg.queryForList("EXPLAIN ANALYZE " + lezing.sql(), String.class, lezing.waarden()));
            // The table of the messages waiting for a retour is read whole: it holds only those.
            assertThat(plan.replace("retour_verwacht.tableScan", "")).as(plan).doesNotContainIgnoringCase("tableScan");
            Matcher gelezen = SCAN_COUNT.matcher(plan);
            while (gelezen.find()) {
                assertThat(Integer.parseInt(gelezen.group(1))).as(plan).isLessThanOrEqualTo(MEESTE_RIJEN);
            }
        }
    }

    /** Three hundred clients, each with an allocation, a start and a request, so that a table scan would have rows to read. */
    private static void vul(JdbcTemplate jdbc, BsnHasher hasher) {
        for (int i = 0; i < 300; i++) {
            String bsn = i == 7 ? BSN : Long.toString(999_900_006L + 11L * i);
            String client = hasher.hash(bsn);
            for (String soort : List.of("JW301", "JW305", "JW315")) {
                String id = "%s-%05d".formatted(soort, i);
                jdbc.update("INSERT INTO bericht (id, richting, berichttype, status, ontvangen_op) VALUES (?, 'IN', ?, 'DOORGESTUURD', CURRENT_TIMESTAMP)",
                        id, soort);
                jdbc.update("INSERT INTO bericht_bsn (bericht_id, bsn_hash) VALUES (?, ?)", id, client);
                jdbc.update("INSERT INTO bericht_sleutel (bericht_id, soort, waarde) VALUES (?, 'ToewijzingNummer', ?)", id, "T" + i);
                jdbc.update("INSERT INTO bericht_sleutel (bericht_id, soort, waarde) VALUES (?, 'ReferentieAanbieder', ?)", id, "R" + i);
            }
            jdbc.update("""
                    INSERT INTO toewijzing (bericht_id, ontvangen_op, gemeente, aanbieder, bsn_hash, toewijzingnummer, referentie_aanbieder)
                    VALUES (?, CURRENT_TIMESTAMP, ?, ?, ?, ?, ?)""", "JW301-%05d".formatted(i), GEMEENTE, AANBIEDER, client, "T" + i, "R" + i);
            jdbc.update("""
                    INSERT INTO levering (bericht_id, volgnummer, ontvangen_op, soort, gemeente, aanbieder, bsn_hash, sleutel, begindatum,
                        status_aanlevering)
                    VALUES (?, 1, CURRENT_TIMESTAMP, 'JW305', ?, ?, ?, ?, DATE '2026-11-01', '1')""", "JW305-%05d".formatted(i), GEMEENTE, AANBIEDER, client, "T" + i);
            jdbc.update("""
                    INSERT INTO verzoek (bericht_id, referentie_aanbieder, berichttype, gemeente, aanbieder, bsn_hash)
                    VALUES (?, ?, 'JW315', ?, ?, ?)""", "JW315-%05d".formatted(i), "R" + i, GEMEENTE, AANBIEDER, client);
        }
        // H2 chooses its way by statistics it gathers now and then. Set to the worst they can be (the
        // provider telling rows apart well, the client's BSN hash badly), each read must still find no
        // way cheaper than the index made for it.
        jdbc.execute("ANALYZE");
        for (String tabel : List.of("toewijzing", "levering", "verzoek", "antwoord")) {
            jdbc.execute("ALTER TABLE " + tabel + " ALTER COLUMN aanbieder SELECTIVITY 100");
        }
        for (String tabel : List.of("toewijzing", "levering", "verzoek", "bericht_bsn")) {
            jdbc.execute("ALTER TABLE " + tabel + " ALTER COLUMN bsn_hash SELECTIVITY 1");
        }
    }

    /** A query the state ran, with its parameters. */
    private record Lezing(String sql, Object[] waarden) {
    }

    /** Keeps every query the state runs, to be explained afterwards. */
    private static final class OpnemendeJdbc extends JdbcTemplate {

        final List<Lezing> gelezen = new ArrayList<>();

        OpnemendeJdbc(DataSource database) {
            super(database);
        }

        @Override
        public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
            gelezen.add(new Lezing(sql, args));
            return super.query(sql, rowMapper, args);
        }

        @Override
        public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) {
            gelezen.add(new Lezing(sql, args));
            return super.queryForObject(sql, requiredType, args);
        }

        @Override
        public <T> List<T> queryForList(String sql, Class<T> elementType, Object... args) {
            gelezen.add(new Lezing(sql, args));
            return super.queryForList(sql, elementType, args);
        }

        @Override
        public void query(String sql, RowCallbackHandler rch, Object... args) {
            gelezen.add(new Lezing(sql, args));
            super.query(sql, rch, args);
        }
    }
}
