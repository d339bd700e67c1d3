package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.intake.Ontvangst;
import nl.ijw.gateway.regions.PartijRegister;
import nl.ijw.gateway.validation.Beoordeling;
import nl.ijw.gateway.validation.Bevinding;
import nl.ijw.gateway.validation.Uitkomst;
import nl.ijw.gateway.validation.Validatie;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules that span messages, each on the state the journal keeps: messages are judged and
 * journaled one after the other as the gateway does, on a real database. Runs on embedded H2 and,
 * in a subclass, on a real PostgreSQL server.
 */
abstract class BerichtoverstijgendeRegelsTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final byte[] SLEUTEL = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** Before the samples' allocations took effect (2026-11-01): the gateway saw all their starts and stops. */
    private static final LocalDate ALLES_GEZIEN_SINDS = LocalDate.of(2026, 10, 1);

    abstract DataSource database();

    /**
     * A gateway's journal and rules on one database. Messages get increasing arrival times, as a
     * queue gives them, and Dagtekening 2026-11-20 so that the dates in them lie before it.
     */
    static final class Gateway {

        private final AtomicLong seconde = new AtomicLong();
        final Stand stand;
        final Journaal journaal;
        private final JournaalStap journaalStap;
        private final Validatie validatie;
        final JdbcTemplate jdbc;

        Gateway(DataSource ds, Optional<LocalDate> volledigSinds, PartijRegister partijen) {
            jdbc = new JdbcTemplate(ds);
            BsnHasher hasher = new BsnHasher(SLEUTEL);
            journaal = new Journaal(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)), hasher,
                    new PayloadKluis(SLEUTEL), Journaal.PayloadOpslag.GEEN, Period.ofMonths(2), Clock.system(NL));
            stand = new Stand(jdbc, hasher, volledigSinds, NL);
            journaalStap = new JournaalStap(journaal, stand);
            validatie = Voorbeelden.validatie(partijen, stand);
        }

        TransactionTemplate transacties() {
            return new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        }

        Beoordeling beoordeel(String xml) {
            Instant ontvangen = Instant.parse("2026-11-03T08:00:00Z").plusSeconds(seconde.incrementAndGet());
            String opDagtekening = xml.replace("<ijw:Dagtekening>2026-11-02</ijw:Dagtekening>",
                    "<ijw:Dagtekening>2026-11-20</ijw:Dagtekening>");
            return validatie.beoordeel(new Ontvangst(UUID.randomUUID().toString(), opDagtekening.getBytes(StandardCharsets.UTF_8), "jms",
                    ontvangen, 1, Map.of(), null, null, Ontvangst.Eerder.NIET));
        }

        void journaliseer(Beoordeling b) {
            journaalStap.registreer(b, List.of());
        }

        /** Judges and journals the message; returns the retourcodes of its findings, empty when accepted. */
        List<String> verwerk(String xml) {
            Beoordeling b = beoordeel(xml);
            journaliseer(b);
            assertThat(b.uitkomst()).isIn(Uitkomst.GEACCEPTEERD, Uitkomst.AFGEKEURD);
            return b.bevindingen().stream().map(Bevinding::retourcode).toList();
        }
    }

    private Gateway gateway() {
        return new Gateway(database(), Optional.of(ALLES_GEZIEN_SINDS), Voorbeelden.PARTIJEN);
    }

    // ---- messages about one client -------------------------------------------------------------

    private static String start(Voorbeelden.Traject t, String nummer, String begindatum, String status) {
        return vervangBlok(t.tekst(BerichtType.JW305), "StartProducten", """
                <StartProducten><StartProduct>
                  <ToewijzingNummer>%s</ToewijzingNummer>
                  <Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A01</ijw:Code></Product>
                  <ToewijzingIngangsdatum>2026-11-01</ToewijzingIngangsdatum>
                  <Begindatum>%s</Begindatum>
                  <StatusAanlevering>%s</StatusAanlevering>
                </StartProduct></StartProducten>""".formatted(t.waarde(nummer), begindatum, status));
    }

    private static String stop(Voorbeelden.Traject t, String nummer, String begindatum, String reden, String einddatum,
                               String status) {
        return vervangBlok(t.tekst(BerichtType.JW307), "StopProducten", """
                <StopProducten><StopProduct>
                  <ToewijzingNummer>%s</ToewijzingNummer>
                  <Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A01</ijw:Code></Product>
                  <ToewijzingIngangsdatum>2026-11-01</ToewijzingIngangsdatum>
                  <Begindatum>%s</Begindatum>
                  <RedenBeeindiging>%s</RedenBeeindiging>
                  <Einddatum>%s</Einddatum>
                  <StatusAanlevering>%s</StatusAanlevering>
                </StopProduct></StopProducten>""".formatted(t.waarde(nummer), begindatum, reden, einddatum, status));
    }

    /** An Omvang as the sample allocations have: a product code asks for one (TR411). */
    private static final String OMVANG = "<Omvang><ijw:Volume>4</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid>"
            + "<ijw:Frequentie>2</ijw:Frequentie></Omvang>";

    /** A request for change naming allocations unchanged and to change (the latter from the given day). */
    private static String vow(Voorbeelden.Traject t, List<String> ongewijzigd, List<String> teWijzigen, String gewenst) {
        StringBuilder verzoek = new StringBuilder("<Verzoek><ReferentieAanbieder>" + t.waarde("VOW-2026-0001")
                + "</ReferentieAanbieder><RedenVerzoek>1</RedenVerzoek>");
        if (!ongewijzigd.isEmpty()) {
            verzoek.append("<OngewijzigdeProducten>");
            ongewijzigd.forEach(n -> verzoek.append("<OngewijzigdProduct><ToewijzingNummer>").append(nummer(t, n))
                    .append("</ToewijzingNummer></OngewijzigdProduct>"));
            verzoek.append("</OngewijzigdeProducten>");
        }
        if (!teWijzigen.isEmpty()) {
            verzoek.append("<TeWijzigenProducten>");
            teWijzigen.forEach(n -> verzoek.append("<TeWijzigenProduct><ToewijzingNummer>").append(nummer(t, n))
                    .append("</ToewijzingNummer><GewensteIngangsdatum>").append(gewenst)
                    .append("</GewensteIngangsdatum><Einddatum>2027-04-30</Einddatum>").append(OMVANG).append("</TeWijzigenProduct>"));
            verzoek.append("</TeWijzigenProducten>");
        } else {
            // A request for change asks for a change (TR353): without products to change, a new one.
            verzoek.append("<NieuweProducten><NieuwProduct><Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45A03</ijw:Code>"
                    + "</Product><GewensteIngangsdatum>").append(gewenst).append("</GewensteIngangsdatum>"
                    + "<Einddatum>2027-04-30</Einddatum>" + OMVANG + "</NieuwProduct></NieuweProducten>");
        }
        return vervangBlok(t.tekst(BerichtType.JW317), "Verzoek", verzoek.append("</Verzoek>").toString());
    }

    /** A sample number stands for this client's allocation; any other number is used as it is. */
    private static String nummer(Voorbeelden.Traject t, String nummer) {
        return nummer.startsWith("10000") ? t.waarde(nummer) : nummer;
    }

    private static String vot(Voorbeelden.Traject t, String referentie) {
        return t.tekst(BerichtType.JW315).replace(">" + t.waarde("VOT-2026-0001") + "<", ">" + referentie + "<");
    }

    private static String antwoord(Voorbeelden.Traject t, String referentie, String verzoekAntwoord) {
        String xml = t.tekst(BerichtType.JW319).replace(">" + t.waarde("VOW-2026-0001") + "<", ">" + referentie + "<")
                .replace("<VerzoekAntwoord>1</VerzoekAntwoord>", "<VerzoekAntwoord>" + verzoekAntwoord + "</VerzoekAntwoord>");
        return verzoekAntwoord.equals("2") ? xml.replaceAll("\\s*<RedenAfwijzingVerzoek>\\d+</RedenAfwijzingVerzoek>", "") : xml;
    }

    private static String vervangBlok(String xml, String element, String nieuw) {
        String zonder = xml.replaceFirst("(?s)<" + element + ">.*</" + element + ">", java.util.regex.Matcher.quoteReplacement(nieuw));
        assertThat(zonder).as("sample holds %s", element).isNotEqualTo(xml);
        return zonder;
    }

    // ---- allocations and starts/stops ----------------------------------------------------------

    @Test
    void tr019StartOnAKnownAllocationPassesOnAnUnknownNumberGives9019() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();

        assertThat(g.verwerk(start(t, "100001", "2026-11-02", "1"))).isEmpty();
        assertThat(g.verwerk(start(t, "100001", "2026-11-02", "1").replace(t.waarde("100001"), "777777"))).containsExactly("9019");
    }

    @Test
    void tr019ClientOrMunicipalityWithoutAForwardedAllocationIsNotJudged() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(start(t, "100001", "2026-11-02", "1"))).as("no JW301 seen for this client").isEmpty();

        Voorbeelden.Traject ander = Voorbeelden.traject();
        assertThat(g.verwerk(ander.tekst(BerichtType.JW301).replace("<Afzender>0193</Afzender>", "<Afzender>0150</Afzender>")))
                .isEmpty();
        assertThat(g.verwerk(start(ander, "100001", "2026-11-02", "1").replace(ander.waarde("100001"), "777777")))
                .as("only Deventer's allocations are known, the start goes to Zwolle").isEmpty();
    }

    @Test
    void tr074SameStartTwiceGives9074UntilItIsRemoved() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();
        assertThat(g.verwerk(start(t, "100001", "2026-11-02", "1"))).isEmpty();

        assertThat(g.verwerk(start(t, "100001", "2026-11-02", "1"))).containsExactly("9074");
        assertThat(g.verwerk(start(t, "100001", "2026-11-02", "3"))).isEmpty();
        assertThat(g.verwerk(start(t, "100001", "2026-11-02", "1"))).isEmpty();
    }

    @Test
    void tr063RemovingWhatWasNeverDeliveredGives9063WhereTheGatewaySawEverything() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();

        assertThat(g.verwerk(start(t, "100001", "2026-11-02", "3"))).containsExactly("9063");
        assertThat(g.verwerk(start(t, "100001", "2026-11-01", "1"))).isEmpty();
        assertThat(g.verwerk(start(t, "100001", "2026-11-01", "3"))).isEmpty();
    }

    @Test
    void tr063AndTr382DoNotJudgeAnAllocationThatBeganBeforeTheGatewaySawAllTraffic() {
        Gateway g = new Gateway(database(), Optional.of(LocalDate.of(2026, 11, 15)), Voorbeelden.PARTIJEN);
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();

        assertThat(g.verwerk(start(t, "100001", "2026-11-02", "3"))).isEmpty();
        assertThat(g.verwerk(stop(t, "100001", "2026-11-01", "02", "2026-11-02", "1"))).isEmpty();
    }

    @Test
    void tr382StopWithoutItsStartGives9069() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();
        assertThat(g.verwerk(start(t, "100001", "2026-11-01", "1"))).isEmpty();

        assertThat(g.verwerk(stop(t, "100001", "2026-11-02", "02", "2026-11-02", "1"))).containsExactly("9069");
        assertThat(g.verwerk(stop(t, "100001", "2026-11-01", "02", "2026-11-02", "1"))).isEmpty();
    }

    @Test
    void tr071StartThatWasStoppedCannotBeRemoved() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();
        assertThat(g.verwerk(start(t, "100001", "2026-11-01", "1"))).isEmpty();
        assertThat(g.verwerk(stop(t, "100001", "2026-11-01", "02", "2026-11-02", "1"))).isEmpty();

        assertThat(g.verwerk(start(t, "100001", "2026-11-01", "3"))).containsExactly("9071");
    }

    @Test
    void tr326SecondStartOnAnAllocationGives9326UntilTheFirstIsStopped() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();
        assertThat(g.verwerk(start(t, "100001", "2026-11-01", "1"))).isEmpty();

        assertThat(g.verwerk(start(t, "100001", "2026-11-02", "1"))).containsExactly("9326");
        assertThat(g.verwerk(stop(t, "100001", "2026-11-01", "20", "2026-11-01", "1"))).isEmpty();
        assertThat(g.verwerk(start(t, "100001", "2026-11-02", "1"))).isEmpty();
    }

    @Test
    void tr413AfterATemporaryStopTheNextStopIsNotTemporary() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(start(t, "100001", "2026-11-01", "1"))).isEmpty();
        assertThat(g.verwerk(stop(t, "100001", "2026-11-01", "20", "2026-11-01", "1"))).isEmpty();

        assertThat(g.verwerk(stop(t, "100001", "2026-11-01", "20", "2026-11-02", "1"))).containsExactly("9413");
        assertThat(g.verwerk(stop(t, "100001", "2026-11-01", "02", "2026-11-03", "1"))).isEmpty();
    }

    @Test
    void tr414AndTr415StopsOfOneStartOnlyMoveForwardAndEndAfterADefinitiveStop() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(start(t, "100001", "2026-11-01", "1"))).isEmpty();
        assertThat(g.verwerk(stop(t, "100001", "2026-11-01", "20", "2026-11-05", "1"))).isEmpty();

        assertThat(g.verwerk(stop(t, "100001", "2026-11-01", "02", "2026-11-04", "1"))).containsExactly("9414");
        assertThat(g.verwerk(stop(t, "100001", "2026-11-01", "02", "2026-11-06", "1"))).isEmpty();
        assertThat(g.verwerk(stop(t, "100001", "2026-11-01", "31", "2026-11-07", "1"))).containsExactly("9415");
    }

    @Test
    void stopRejectedByTheMunicipalitysOwnRetourLeavesTheState() {
        Gateway g = new Gateway(database(), Optional.of(ALLES_GEZIEN_SINDS), Voorbeelden.partijenMetZwolleDieZelfRetourneert());
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(start(t, "100001", "2026-11-01", "1"))).isEmpty();
        String heen = stop(t, "100001", "2026-11-01", "02", "2026-11-02", "1");
        assertThat(g.verwerk(heen)).isEmpty();
        // Zwolle's own JW308 rejects the stop of this client (retourcode 0001 at the StopProduct).
        String retour = t.eigen(Voorbeelden.tekst("../retouren/JW308-einddatum.xml"))
                .replace("JW307-0001", Voorbeelden.identificatie(heen.getBytes(StandardCharsets.UTF_8)));
        assertThat(g.verwerk(retour)).isEmpty();

        assertThat(g.verwerk(stop(t, "100001", "2026-11-01", "02", "2026-11-02", "1"))).as("the stop no longer stands").isEmpty();
    }

    @Test
    void tr332AllocationNumberOfOneMunicipalityBelongsToOneAllocation() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).as("a new version of the same allocations").isEmpty();

        Voorbeelden.Traject ander = Voorbeelden.traject();
        String zelfdeNummer = ander.tekst(BerichtType.JW301).replace(ander.waarde("100002"), t.waarde("100002"));
        assertThat(g.verwerk(zelfdeNummer)).containsExactly("9332");
    }

    // ---- requests and answers ------------------------------------------------------------------

    @Test
    void tr347ReferentieAanbiederIsUsedOnce() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW315))).isEmpty();

        Voorbeelden.Traject ander = Voorbeelden.traject();
        assertThat(g.verwerk(vot(ander, t.waarde("VOT-2026-0001")))).containsExactly("9347");
    }

    /** TR347 judges against earlier requests; a reference repeated inside one request is TR383's finding. */
    @Test
    void tr347LeavesAReferenceTwiceInOneRequestToTr383() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        String xml = t.tekst(BerichtType.JW315);
        String product = xml.substring(xml.indexOf("<AangevraagdProduct>"), xml.indexOf("</AangevraagdProduct>") + 21);
        Beoordeling b = g.beoordeel(xml.replace(product, product + product.replace("45A01", "45A03")));

        assertThat(b.bevindingen()).extracting(Bevinding::regel, Bevinding::locatie).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TR383",
                        "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder"));
    }

    @Test
    void tr374RequestWhileAnotherIsPendingGives9374UntilItIsAnswered() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW315))).isEmpty();

        assertThat(g.verwerk(vot(t, t.waarde("VOT-2026-0001") + "B"))).containsExactly("9374");
        assertThat(g.verwerk(antwoord(t, t.waarde("VOT-2026-0001"), "2"))).as("in onderzoek").isEmpty();
        assertThat(g.verwerk(vot(t, t.waarde("VOT-2026-0001") + "B"))).as("still pending").containsExactly("9374");
        assertThat(g.verwerk(antwoord(t, t.waarde("VOT-2026-0001"), "1"))).isEmpty();
        assertThat(g.verwerk(vot(t, t.waarde("VOT-2026-0001") + "B"))).isEmpty();
    }

    @Test
    void tr374AllocationWithTheRequestsReferenceEndsIt() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW315))).isEmpty();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();

        assertThat(g.verwerk(vow(t, List.of("100002"), List.of("100001"), "2026-11-30"))).isEmpty();
    }

    @Test
    void tr379AllocationCarriesTheReferenceOfARequestForThisClient() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW315))).isEmpty();

        Voorbeelden.Traject ander = Voorbeelden.traject();
        String verkeerd = ander.tekst(BerichtType.JW301).replace(ander.waarde("VOT-2026-0001"), t.waarde("VOT-2026-0001"));
        assertThat(g.verwerk(verkeerd)).containsExactly("9379");
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();
        assertThat(g.verwerk(Voorbeelden.traject().tekst(BerichtType.JW301))).as("a request the gateway never saw").isEmpty();
    }

    @Test
    void tr349To351RequestForChangeNamesExactlyTheCurrentAllocations() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();

        assertThat(g.verwerk(vow(t, List.of("100002"), List.of(), "2026-11-30"))).containsExactly("9349");
        assertThat(g.verwerk(vow(t, List.of("100002", "555555"), List.of("100001"), "2026-11-30"))).containsExactly("9350");
        assertThat(g.verwerk(vow(t, List.of("100002"), List.of("100001", "555556"), "2026-11-30"))).containsExactly("9351");
    }

    @Test
    void tr349To351AreNotJudgedWithoutAForwardedAllocation() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();

        assertThat(g.verwerk(vow(t, List.of("555555"), List.of("555556"), "2026-11-30"))).isEmpty();
    }

    @Test
    void tr357ChangeFromBeforeTheDagtekeningStartsOnTheAllocationsIngangsdatum() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();

        assertThat(g.verwerk(vow(t, List.of("100002"), List.of("100001"), "2026-10-15"))).containsExactly("9357");
        assertThat(g.verwerk(vow(t, List.of("100002"), List.of("100001"), "2026-11-01"))).isEmpty();
    }

    @Test
    void tr359NoAnswerToARequestThatWasAllocated() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW315))).isEmpty();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();

        assertThat(g.verwerk(antwoord(t, t.waarde("VOT-2026-0001"), "1"))).containsExactly("9359");
    }

    @Test
    void tr360AndTr365OnlyInOnderzoekFirstThenOneFinalAnswer() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        String referentie = t.waarde("VOW-2026-0001");
        assertThat(g.verwerk(antwoord(t, referentie, "2"))).isEmpty();

        assertThat(g.verwerk(antwoord(t, referentie, "2"))).containsExactly("9360");
        assertThat(g.verwerk(antwoord(t, referentie, "1"))).isEmpty();
        assertThat(g.verwerk(antwoord(t, referentie, "1"))).containsExactly("9365");
    }

    // ---- a request for change against the allocations it names ------------------------------------

    /** The sample JW301 with allocation 100001 made a budget without product: no Product, no Omvang, a Budget. */
    private static String budgetToewijzing(Voorbeelden.Traject t) {
        return t.bewerkt(BerichtType.JW301, x -> x.replaceFirst("(?s)<Product>\\s*<ijw:Categorie>45</ijw:Categorie>\\s*"
                + "<ijw:Code>45A01</ijw:Code>\\s*</Product>", "").replaceFirst("(?s)<Omvang>\\s*<ijw:Volume>3</ijw:Volume>.*?</Omvang>",
                "<Budget>150000</Budget>"));
    }

    /** A request for change: 100002 unchanged, 100001 changed from the given day with the given content. */
    private static String wijzig100001(Voorbeelden.Traject t, String gewenst, String inhoud) {
        return vow(t, List.of("100002"), List.of("100001"), gewenst).replace(OMVANG, inhoud);
    }

    private static String nieuwProduct(String code, String gewenst, String einddatum) {
        return "<NieuweProducten><NieuwProduct><Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>" + code
                + "</ijw:Code></Product><GewensteIngangsdatum>" + gewenst + "</GewensteIngangsdatum><Einddatum>" + einddatum
                + "</Einddatum>" + OMVANG + "</NieuwProduct></NieuweProducten></Verzoek>";
    }

    /** A client of its own whose allocations the gateway forwarded: each accepted request for change needs one. */
    private static Voorbeelden.Traject metToewijzingen(Gateway g, java.util.function.Function<Voorbeelden.Traject, String> jw301) {
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(jw301.apply(t))).isEmpty();
        return t;
    }

    @Test
    void tr304RequestForChangeNamingAnotherClientsAllocationGives8187() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();

        Voorbeelden.Traject ander = Voorbeelden.traject();
        assertThat(g.verwerk(vow(ander, List.of(t.waarde("100002")), List.of(t.waarde("100001")), "2026-11-30")))
                .containsExactly("8187");
        assertThat(g.verwerk(vow(ander, List.of("555555"), List.of("555556"), "2026-11-30"))).as("numbers never seen").isEmpty();
    }

    @Test
    void tr355AnswerWithTheReferenceOfARequestToAnotherMunicipalityGives9355() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW315))).isEmpty();

        String vanDeventer = antwoord(t, t.waarde("VOT-2026-0001"), "1").replace("<Afzender>0193</Afzender>", "<Afzender>0150</Afzender>");
        assertThat(g.verwerk(vanDeventer)).containsExactly("9355");
        assertThat(g.verwerk(antwoord(t, t.waarde("VOT-2026-0001"), "1"))).isEmpty();
    }

    @Test
    void tr361NewProductOverlappingAnAllocationInTheRequestGives9361() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();
        String vow = vow(t, List.of("100002"), List.of("100001"), "2026-11-30");

        Beoordeling overlap = g.beoordeel(vow.replace("</Verzoek>", nieuwProduct("45A05", "2026-12-01", "2027-03-31")));
        assertThat(overlap.bevindingen()).extracting(Bevinding::regel, Bevinding::locatie).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TR361", "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]"));
        assertThat(overlap.bevindingen().get(0).melding()).contains("45/45A05").contains("2026-11-01 t/m open einde");
        Voorbeelden.Traject na = metToewijzingen(g, x -> x.tekst(BerichtType.JW301));
        assertThat(g.verwerk(vow(na, List.of("100002"), List.of("100001"), "2026-11-30")
                .replace("</Verzoek>", nieuwProduct("45A01", "2027-05-01", "2027-10-31")))).as("after 100001 ends").isEmpty();
        Voorbeelden.Traject ander = metToewijzingen(g, x -> x.tekst(BerichtType.JW301));
        assertThat(g.verwerk(vow(ander, List.of("100002"), List.of("100001"), "2026-11-30")
                .replace("</Verzoek>", nieuwProduct("45A03", "2026-12-01", "2027-03-31")))).as("another product").isEmpty();
    }

    @Test
    void tr373ChangedBudgetStartsOnTheAllocationsIngangsdatum() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(budgetToewijzing(t))).isEmpty();

        assertThat(g.verwerk(wijzig100001(t, "2026-11-30", "<Budget>200000</Budget>"))).containsExactly("9373");
        assertThat(g.verwerk(wijzig100001(t, "2026-11-30", "<Budget>150000</Budget>"))).as("budget unchanged").isEmpty();
        Voorbeelden.Traject ander = metToewijzingen(g, BerichtoverstijgendeRegelsTest::budgetToewijzing);
        assertThat(g.verwerk(wijzig100001(ander, "2026-11-01", "<Budget>200000</Budget>"))).isEmpty();
    }

    @Test
    void tr373ChangedTotalOverThePeriodStartsOnTheAllocationsIngangsdatum() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();
        String totaal = "<Omvang><ijw:Volume>60</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid><ijw:Frequentie>6</ijw:Frequentie></Omvang>";

        assertThat(g.verwerk(wijzig100001(t, "2026-11-30", totaal))).containsExactly("9373");
        assertThat(g.verwerk(wijzig100001(t, "2026-11-30", OMVANG))).as("per week, not a total").isEmpty();
        Voorbeelden.Traject ander = metToewijzingen(g, x -> x.tekst(BerichtType.JW301));
        assertThat(g.verwerk(wijzig100001(ander, "2026-11-01", totaal))).isEmpty();
    }

    @Test
    void tr411AllocationWithAProductCodeAsksForAnOmvang() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();

        Beoordeling zonder = g.beoordeel(wijzig100001(t, "2026-11-30", ""));
        assertThat(zonder.bevindingen()).extracting(Bevinding::regel, Bevinding::locatie).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TR411", "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]"));
        assertThat(zonder.bevindingen().get(0).melding()).contains("45A01");
        assertThat(g.verwerk(wijzig100001(t, "2026-11-30", OMVANG))).isEmpty();
    }

    @Test
    void tr375AllocationWithoutProductTakesNoOmvang() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(budgetToewijzing(t))).isEmpty();

        assertThat(g.verwerk(wijzig100001(t, "2026-11-01", OMVANG))).containsExactly("9375");
        assertThat(g.verwerk(wijzig100001(t, "2026-11-01", "<Budget>150000</Budget>"))).isEmpty();
    }

    @Test
    void tr412AllocationWithACategoryWithoutCodeTakesNoOmvangAfter2020() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        String alleenCategorie = t.bewerkt(BerichtType.JW301, x -> x.replaceFirst("<ijw:Code>45A01</ijw:Code>", "")
                .replaceFirst("(?s)<Omvang>\\s*<ijw:Volume>3</ijw:Volume>.*?</Omvang>", ""));
        assertThat(g.verwerk(alleenCategorie)).isEmpty();

        Beoordeling met = g.beoordeel(wijzig100001(t, "2026-11-30", OMVANG));
        assertThat(met.bevindingen()).extracting(Bevinding::regel, Bevinding::locatie).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TR412", "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Omvang"));
        assertThat(g.verwerk(wijzig100001(t, "2026-11-30", ""))).isEmpty();
    }

    // ---- regional policies that read the state ----------------------------------------------------

    /** 001-D4: the allocation 100001 of the sample JW301 ends on 2027-04-30; eight weeks before is 2027-03-05. */
    @Test
    void ijsselland001D4RequestForChangeLessThanEightWeeksBeforeTheEndIsSignalled() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        assertThat(g.verwerk(t.tekst(BerichtType.JW301))).isEmpty();
        var soort = new nl.ijw.gateway.regions.beleid.BeleidsCatalogus(g.stand).soort("tijdig-verzoek-om-wijziging").orElseThrow();
        var versie = Voorbeelden.versie(Map.of("min-weken", "8"));
        var vow = Voorbeelden.bericht(BerichtType.JW317, vow(t, List.of("100002"), List.of("100001"), "2026-11-30"));

        assertThat(soort.geldt(vow, versie, LocalDate.of(2027, 3, 5))).isFalse();
        assertThat(soort.geldt(vow, versie, LocalDate.of(2027, 3, 6))).isTrue();
        var onbekend = Voorbeelden.bericht(BerichtType.JW317, vow(Voorbeelden.traject(), List.of("100002"), List.of("100001"), "2026-11-30"));
        assertThat(soort.geldt(onbekend, versie, LocalDate.of(2027, 4, 1))).as("allocation never seen").isFalse();
        var zonderEinde = Voorbeelden.bericht(BerichtType.JW317, vow(t, List.of("100001"), List.of("100002"), "2026-11-30"));
        assertThat(soort.geldt(zonderEinde, versie, LocalDate.of(2027, 4, 1))).as("100002 has no Einddatum").isFalse();
    }

    /** Lochem 002-12: the sample allocations took effect on 2026-11-01; three months later is 2027-02-01. */
    @Test
    void lochem00212AllocationWithoutAStartForThreeMonthsIsSignalledOnce() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        String jw301 = t.tekst(BerichtType.JW301).replace("<Afzender>0193</Afzender>", "<Afzender>0262</Afzender>");
        Beoordeling toewijzing = g.beoordeel(jw301);
        g.journaliseer(toewijzing);
        assertThat(g.verwerk(start(t, "100001", "2026-11-02", "1").replace("<Ontvanger>0193</Ontvanger>",
                "<Ontvanger>0262</Ontvanger>"))).isEmpty();

        assertThat(controleOp(g, LocalDate.of(2027, 2, 1)).controleer()).isZero();
        assertThat(controleOp(g, LocalDate.of(2027, 2, 2)).controleer()).as("100002 has no start").isEqualTo(1);
        assertThat(controleOp(g, LocalDate.of(2027, 3, 1)).controleer()).as("signalled once").isZero();

        JournaalBericht gemeld = g.journaal.vind(toewijzing.berichtId()).orElseThrow();
        assertThat(gemeld.status()).isEqualTo(VervallenZonderStartControle.STATUS);
        assertThat(gemeld.statussen().get(gemeld.statussen().size() - 1).toelichting())
                .contains(t.waarde("100002")).contains("LOCHEM-VERVALLEN-ZONDER-START");
        assertThat(g.stand.aantalGemeld("vervallen-zonder-start")).isEqualTo(1);
    }

    private static VervallenZonderStartControle controleOp(Gateway g, LocalDate dag) {
        return new VervallenZonderStartControle(() -> Voorbeelden.PARTIJEN, g.stand, g.journaal, g.transacties(),
                Clock.fixed(dag.atTime(12, 0).atZone(NL).toInstant(), NL), NL);
    }

    // ---- TR056 -------------------------------------------------------------------------------

    @Test
    void tr056MessageSentAgainGetsOnly9056() {
        Gateway g = gateway();
        Voorbeelden.Traject t = Voorbeelden.traject();
        String stop = stop(t, "100001", "2026-11-01", "20", "2026-11-01", "1");
        assertThat(g.verwerk(stop)).isEmpty();

        assertThat(g.verwerk(stop)).as("not judged again against what its first copy stated").containsExactly("9056");
    }

    @Test
    void tr056TwoCopiesJudgedAtTheSameMomentCannotBothBeJournaled() {
        Gateway g = gateway();
        String xml = Voorbeelden.tekst(BerichtType.JW305);
        Beoordeling eerste = g.beoordeel(xml);
        Beoordeling tweede = g.beoordeel(xml);
        assertThat(tweede.bevindingen()).as("neither saw the other").isEmpty();

        g.journaliseer(eerste);

        assertThatThrownBy(() -> g.journaliseer(tweede)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(g.jdbc.queryForObject("SELECT COUNT(*) FROM bericht WHERE richting = 'IN'", Integer.class)).as("nothing of the second").isEqualTo(1);
        assertThat(g.verwerk(xml)).as("its redelivery").containsExactly("9056");
    }
}
