package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.ijw.gateway.VerstelbareKlok;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The journal on both databases it runs on: embedded H2 and a real PostgreSQL server. */
class JournaalTest {

    private static final String BSN = "999993653";
    private static final Instant NU = Instant.parse("2026-11-02T10:00:00Z");
    private static final byte[] SLEUTEL = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) Databases::h2),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::postgresql));
    }

    private record Opstelling(Journaal journaal, JdbcTemplate jdbc) {
    }

    private static Opstelling opstelling(Supplier<DataSource> database, Journaal.PayloadOpslag opslag, Instant nu) {
        DataSource ds = database.get();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Journaal journaal = new Journaal(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)),
                new BsnHasher(SLEUTEL), new PayloadKluis(SLEUTEL), opslag, Period.ofMonths(2), Clock.fixed(nu, ZoneOffset.UTC));
        return new Opstelling(journaal, jdbc);
    }

    private static JournaalRegel jw301(String id, String identificatie, String toewijzingNummer) {
        return new JournaalRegel(id, JournaalRegel.Richting.IN, "JW301", "0193", "12345678", identificatie,
                LocalDate.of(2026, 11, 2), "jms", "GEACCEPTEERD", null, null, List.of(), List.of("IJS-X"), null,
                ("<Bericht><Bsn>" + BSN + "</Bsn></Bericht>").getBytes(StandardCharsets.UTF_8), NU, List.of(BSN),
                Map.of("ToewijzingNummer", List.of(toewijzingNummer), "ReferentieAanbieder", List.of("VOT-1")));
    }

    private static JournaalRegel retour(String id, String heen, String code) {
        return new JournaalRegel(id, JournaalRegel.Richting.UIT, "JW302", "0193", "12345678", "JW301-0001",
                LocalDate.of(2026, 11, 2), "gateway", "VERSTUURD", null, null, List.of(code), List.of(), heen,
                null, NU.plusSeconds(1), List.of(), Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void messageIsFoundBackWithItsStatusHistoryKeysAndChain(String naam, Supplier<DataSource> database) {
        Journaal journaal = opstelling(database, Journaal.PayloadOpslag.VERSLEUTELD, NU).journaal();
        journaal.registreer(jw301("a", "JW301-0001", "100001"));
        journaal.registreer(retour("a-retour", "a", "0200"));
        journaal.voegStatusToe("a", "AFGELEVERD", null, NU.plusSeconds(2));

        JournaalBericht bericht = journaal.vind("a").orElseThrow();

        assertThat(bericht.berichttype()).isEqualTo("JW301");
        assertThat(bericht.status()).isEqualTo("AFGELEVERD");
        assertThat(bericht.statussen()).extracting(JournaalBericht.Status::status).containsExactly("GEACCEPTEERD", "AFGELEVERD");
        assertThat(bericht.sleutels()).containsEntry("ToewijzingNummer", List.of("100001"));
        assertThat(bericht.signalen()).containsExactly("IJS-X");
        assertThat(bericht.payloadBewaard()).isTrue();
        assertThat(journaal.keten("a")).extracting(JournaalBericht::id).containsExactly("a-retour");
        assertThat(journaal.keten("a-retour")).extracting(JournaalBericht::id).containsExactly("a");
        assertThat(journaal.bekend("a")).isTrue();
        assertThat(journaal.bekend("b")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aMessageAtItsFirstStatusShowsItWithItsMomentAndKeepsItWhenTheNextComes(String naam, Supplier<DataSource> database) {
        Journaal journaal = opstelling(database, Journaal.PayloadOpslag.VERSLEUTELD, NU).journaal();
        journaal.registreer(jw301("a", "JW301-0001", "100001"));

        assertThat(journaal.vind("a").orElseThrow().statussen())
                .containsExactly(new JournaalBericht.Status(NU, "GEACCEPTEERD", null));

        journaal.voegStatusToe("a", "AFGELEVERD", "bij de ontvanger", NU.plusSeconds(5));
        journaal.voegStatusToe("a", "OPNIEUW_VERSTUURD", null, NU.plusSeconds(9));

        assertThat(journaal.vind("a").orElseThrow().statussen()).containsExactly(
                new JournaalBericht.Status(NU, "GEACCEPTEERD", null),
                new JournaalBericht.Status(NU.plusSeconds(5), "AFGELEVERD", "bij de ontvanger"),
                new JournaalBericht.Status(NU.plusSeconds(9), "OPNIEUW_VERSTUURD", null));
        assertThat(journaal.vind("a").orElseThrow().status()).isEqualTo("OPNIEUW_VERSTUURD");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void bsnIsNeverStoredInClearYetFindsItsMessages(String naam, Supplier<DataSource> database) {
        Opstelling o = opstelling(database, Journaal.PayloadOpslag.VERSLEUTELD, NU);
        o.journaal().registreer(jw301("a", "JW301-0001", "100001"));
        // A second status puts the history in its own table.
        o.journaal().voegStatusToe("a", "AFGELEVERD", "bij de ontvanger", NU.plusSeconds(1));

        for (String tabel : List.of("bericht", "bericht_status", "bericht_bsn", "bericht_sleutel")) {
            List<Map<String, Object>> rijen = o.jdbc().queryForList("SELECT * FROM " + tabel);
            assertThat(rijen).as(tabel).isNotEmpty();
            rijen.forEach(rij -> rij.values().forEach(waarde -> assertThat(tekst(waarde)).as(tabel).doesNotContain(BSN)));
        }
        assertThat(zoek(o.journaal(), zoek().bsn(BSN))).extracting(JournaalBericht::id).containsExactly("a");
        assertThat(zoek(o.journaal(), zoek().bsn("999911120"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void payloadIsKeptEncryptedOnlyForTheRetentionPeriod(String naam, Supplier<DataSource> database) {
        Opstelling nu = opstelling(database, Journaal.PayloadOpslag.VERSLEUTELD, NU);
        nu.journaal().registreer(jw301("a", "JW301-0001", "100001"));

        assertThat(new String(nu.journaal().payload("a").orElseThrow(), StandardCharsets.UTF_8)).contains(BSN);
        assertThat(nu.journaal().verwijderVerlopenPayloads()).isZero();

        Journaal later = new Journaal(nu.jdbc(), new TransactionTemplate(new DataSourceTransactionManager(
                nu.jdbc().getDataSource())), new BsnHasher(SLEUTEL), new PayloadKluis(SLEUTEL),
                Journaal.PayloadOpslag.VERSLEUTELD, Period.ofMonths(2), Clock.fixed(NU.plus(java.time.Duration.ofDays(62)), ZoneOffset.UTC));
        assertThat(later.verwijderVerlopenPayloads()).isEqualTo(1);
        assertThat(later.payload("a")).isEmpty();
        assertThat(later.vind("a")).get().extracting(JournaalBericht::payloadBewaard, JournaalBericht::identificatie)
                .containsExactly(false, "JW301-0001");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachPurgeAlsoRemovesWhatWasJournaledAfterThePurgeBeforeItPassedItsReceipt(String naam, Supplier<DataSource> database) {
        DataSource ds = database.get();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        VerstelbareKlok klok = new VerstelbareKlok(NU.plus(java.time.Duration.ofDays(62)));
        Journaal journaal = new Journaal(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)), new BsnHasher(SLEUTEL),
                new PayloadKluis(SLEUTEL), Journaal.PayloadOpslag.VERSLEUTELD, Period.ofMonths(2), klok);
        journaal.registreer(jw301("a", "JW301-0001", "100001"));
        assertThat(journaal.verwijderVerlopenPayloads()).isEqualTo(1);

        // Received just before that purge's bound, journaled only after it ran.
        JournaalRegel laat = jw301("b", "JW301-0002", "100002");
        Instant grens = klok.instant().atOffset(ZoneOffset.UTC).minus(Period.ofMonths(2)).toInstant();
        journaal.registreer(new JournaalRegel(laat.id(), laat.richting(), laat.berichttype(), laat.afzender(), laat.ontvanger(),
                laat.identificatie(), laat.dagtekening(), laat.kanaal(), laat.status(), laat.toelichting(), laat.dlqReden(),
                laat.retourcodes(), laat.signalen(), laat.heenberichtId(), laat.payload(), grens.minusSeconds(60), laat.bsns(),
                laat.sleutels()));
        klok.verzet(java.time.Duration.ofHours(1));

        assertThat(journaal.verwijderVerlopenPayloads()).isEqualTo(1);
        assertThat(journaal.payload("b")).isEmpty();
        assertThat(journaal.verwijderVerlopenPayloads()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void withoutPayloadStorageNothingOfTheContentIsKept(String naam, Supplier<DataSource> database) {
        Opstelling o = opstelling(database, Journaal.PayloadOpslag.GEEN, NU);
        o.journaal().registreer(jw301("a", "JW301-0001", "100001"));

        assertThat(o.journaal().payload("a")).isEmpty();
        assertThat(o.jdbc().queryForObject("SELECT COUNT(*) FROM bericht WHERE payload IS NOT NULL", Integer.class)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchCombinesEveryCriterion(String naam, Supplier<DataSource> database) {
        Journaal journaal = opstelling(database, Journaal.PayloadOpslag.GEEN, NU).journaal();
        journaal.registreer(jw301("a", "JW301-0001", "100001"));
        journaal.registreer(jw301("b", "JW301-0002", "100002"));
        journaal.registreer(retour("b-retour", "b", "0001"));

        assertThat(zoek(journaal, zoek().identificatie("JW301-0002"))).extracting(JournaalBericht::id).containsExactly("b");
        assertThat(zoek(journaal, zoek().toewijzingNummer("100001"))).extracting(JournaalBericht::id).containsExactly("a");
        assertThat(zoek(journaal, zoek().referentieAanbieder("VOT-1"))).extracting(JournaalBericht::id).containsExactlyInAnyOrder("a", "b");
        assertThat(zoek(journaal, zoek().retourcode("0001"))).extracting(JournaalBericht::id).containsExactly("b-retour");
        assertThat(zoek(journaal, zoek().berichttype("JW302"))).extracting(JournaalBericht::id).containsExactly("b-retour");
        assertThat(zoek(journaal, zoek().status("GEACCEPTEERD").afzender("0193").ontvanger("12345678"))).hasSize(2);
        assertThat(zoek(journaal, zoek().periode(NU, NU.plusSeconds(1)))).extracting(JournaalBericht::id).containsExactlyInAnyOrder("a", "b");
        assertThat(zoek(journaal, zoek().pagina(0, 2))).hasSize(2);
        assertThat(zoek(journaal, zoek().pagina(1, 2))).hasSize(1);
    }

    private static String tekst(Object waarde) {
        return waarde instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) + Arrays.toString(b) : String.valueOf(waarde);
    }

    private static ZoekBouwer zoek() {
        return new ZoekBouwer();
    }

    /** Builds a Zoekvraag one criterion at a time, for readable tests. */
    private static final class ZoekBouwer {
        private String type, afzender, ontvanger, status, identificatie, toewijzing, referentie, retourcode, bsn;
        private Instant van, tot;
        private int pagina, grootte = 50;

        ZoekBouwer berichttype(String v) { type = v; return this; }
        ZoekBouwer afzender(String v) { afzender = v; return this; }
        ZoekBouwer ontvanger(String v) { ontvanger = v; return this; }
        ZoekBouwer status(String v) { status = v; return this; }
        ZoekBouwer identificatie(String v) { identificatie = v; return this; }
        ZoekBouwer toewijzingNummer(String v) { toewijzing = v; return this; }
        ZoekBouwer referentieAanbieder(String v) { referentie = v; return this; }
        ZoekBouwer retourcode(String v) { retourcode = v; return this; }
        ZoekBouwer bsn(String v) { bsn = v; return this; }
        ZoekBouwer periode(Instant v, Instant t) { van = v; tot = t; return this; }
        ZoekBouwer pagina(int p, int g) { pagina = p; grootte = g; return this; }
    }

    private static List<JournaalBericht> zoek(Journaal journaal, ZoekBouwer z) {
        return journaal.zoek(new Zoekvraag(z.type, z.afzender, z.ontvanger, z.status, z.van, z.tot, z.identificatie,
                z.toewijzing, z.referentie, z.retourcode, z.bsn, z.pagina, z.grootte));
    }
}
