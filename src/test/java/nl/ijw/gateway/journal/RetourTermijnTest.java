package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.intake.Ontvangst;
import nl.ijw.gateway.regions.Werkdagen;
import nl.ijw.gateway.validation.Validatie;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** OP090 for a municipality that writes its own retours: waiting, linked when it comes, overdue when it does not. */
class RetourTermijnTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final byte[] SLEUTEL = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** Friday 20 November 2026: three working days later is Wednesday the 25th. */
    private static final Instant VRIJDAG = LocalDate.of(2026, 11, 20).atTime(10, 0).atZone(NL).toInstant();

    private final DataSource database = Databases.h2();
    private final Validatie validatie = Voorbeelden.validatie(Voorbeelden.partijenMetZwolleDieZelfRetourneert());

    private Journaal journaalOp(LocalDate dag) {
        Clock klok = Clock.fixed(dag.atTime(12, 0).atZone(NL).toInstant(), NL);
        return new Journaal(new JdbcTemplate(database), new TransactionTemplate(new DataSourceTransactionManager(database)),
                new BsnHasher(SLEUTEL), new PayloadKluis(SLEUTEL), Journaal.PayloadOpslag.GEEN, Period.ofMonths(2), klok);
    }

    private String ontvang(Journaal journaal, String id, byte[] inhoud) {
        Ontvangst ontvangst = new Ontvangst(id, inhoud, "jms", VRIJDAG, 1, Map.of(), null, null, Ontvangst.Eerder.NIET);
        Stand stand = new Stand(new JdbcTemplate(database), new BsnHasher(SLEUTEL), java.util.Optional.empty(), NL);
        new JournaalStap(journaal, stand).registreer(validatie.beoordeel(ontvangst), List.of());
        return id;
    }

    private static String status(Journaal journaal, String id) {
        return journaal.vind(id).orElseThrow().status();
    }

    @Test
    void heenberichtWithoutRetourIsOverdueOnTheFourthWorkingDayOnly() {
        Journaal vrijdag = journaalOp(LocalDate.of(2026, 11, 20));
        String id = ontvang(vrijdag, "heen-1", Voorbeelden.bytes(BerichtType.JW305));
        assertThat(status(vrijdag, id)).isEqualTo(Journaal.WACHT_OP_RETOUR);

        RetourTermijn woensdag = new RetourTermijn(journaalOp(LocalDate.of(2026, 11, 25)), new Werkdagen(), 3, NL);
        assertThat(woensdag.controleer()).isZero();

        Journaal donderdag = journaalOp(LocalDate.of(2026, 11, 26));
        assertThat(new RetourTermijn(donderdag, new Werkdagen(), 3, NL).controleer()).isEqualTo(1);
        assertThat(status(donderdag, id)).isEqualTo(Journaal.RETOUR_TE_LAAT);
        assertThat(donderdag.aantalRetourTeLaat()).isEqualTo(1);
    }

    @Test
    void aStepInBetweenLeavesTheMessageWaitingAndOnlyItsRetourEndsTheWait() {
        Journaal vrijdag = journaalOp(LocalDate.of(2026, 11, 20));
        String heen = ontvang(vrijdag, "heen-3", Voorbeelden.metIdentificatie(BerichtType.JW305, "JW305-0001"));
        // A redelivery of the forwarded message, say: its status changes, the retour is still due.
        vrijdag.voegStatusToe(heen, "OPNIEUW_VERSTUURD", null, VRIJDAG.plusSeconds(60));

        Journaal donderdag = journaalOp(LocalDate.of(2026, 11, 26));
        assertThat(new RetourTermijn(donderdag, new Werkdagen(), 3, NL).controleer()).isEqualTo(1);
        assertThat(donderdag.aantalRetourTeLaat()).isEqualTo(1);
        // Marked once: the next check finds nothing new.
        assertThat(new RetourTermijn(donderdag, new Werkdagen(), 3, NL).controleer()).isZero();

        ontvang(donderdag, "retour-3", Voorbeelden.tekst("JW306.xml").getBytes(StandardCharsets.UTF_8));
        assertThat(status(donderdag, heen)).isEqualTo(Journaal.RETOUR_ONTVANGEN);
        assertThat(donderdag.aantalRetourTeLaat()).isZero();
    }

    @Test
    void retourOfTheMunicipalityIsLinkedToItsHeenberichtWhichIsThenNotOverdue() {
        Journaal journaal = journaalOp(LocalDate.of(2026, 11, 20));
        String heen = ontvang(journaal, "heen-2", Voorbeelden.metIdentificatie(BerichtType.JW305, "JW305-0001"));
        // The fixture JW306 is Zwolle's retour on JW305-0001 from provider 12345678.
        String retour = ontvang(journaal, "retour-2", Voorbeelden.tekst("JW306.xml").getBytes(StandardCharsets.UTF_8));

        assertThat(status(journaal, heen)).isEqualTo(Journaal.RETOUR_ONTVANGEN);
        assertThat(journaal.vind(retour).orElseThrow().heenberichtId()).isEqualTo(heen);
        assertThat(journaal.keten(heen)).extracting(JournaalBericht::id).contains(retour);
        assertThat(new RetourTermijn(journaalOp(LocalDate.of(2026, 12, 31)), new Werkdagen(), 3, NL).controleer()).isZero();
    }
}
