package nl.ijw.gateway.regions.beleid;

import static nl.ijw.gateway.Voorbeelden.bericht;
import static nl.ijw.gateway.Voorbeelden.versie;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.Test;

/**
 * The samples' first product starts on 2026-11-01 and the client is born on 2014-03-12. The seed
 * names no dyslexia product code, so the samples' 45A01 stands in for one.
 */
class DyslexieLeeftijdTest {

    private static final LocalDate ONTVANGEN = LocalDate.of(2026, 11, 2);
    private static final String GEBOORTEDATUM = "<ijw:Datum>2014-03-12</ijw:Datum>";
    private static final Map<String, Object> ZEVEN_TOT_DERTIEN = Map.of(
            DyslexieLeeftijd.PRODUCTEN, List.of("45A01"),
            DyslexieLeeftijd.MIN_LEEFTIJD, "7",
            DyslexieLeeftijd.MAX_LEEFTIJD, "13");

    private final DyslexieLeeftijd soort = new DyslexieLeeftijd();

    @Test
    void twelveYearOldIsWithinTheTargetGroup() {
        assertThat(soort.geldt(bericht(BerichtType.JW315, Voorbeelden.bytes(BerichtType.JW315)), versie(ZEVEN_TOT_DERTIEN),
                ONTVANGEN)).isFalse();
    }

    @Test
    void childTurningSevenOnTheStartDateIsWithinTheTargetGroup() {
        assertThat(soort.geldt(aanvraagGeboren("2019-11-01"), versie(ZEVEN_TOT_DERTIEN), ONTVANGEN)).isFalse();
    }

    @Test
    void childTurningSevenTheDayAfterTheStartDateIsTooYoung() {
        assertThat(soort.geldt(aanvraagGeboren("2019-11-02"), versie(ZEVEN_TOT_DERTIEN), ONTVANGEN)).isTrue();
    }

    @Test
    void childTurningThirteenTheDayAfterTheStartDateIsWithinTheTargetGroup() {
        assertThat(soort.geldt(aanvraagGeboren("2013-11-02"), versie(ZEVEN_TOT_DERTIEN), ONTVANGEN)).isFalse();
    }

    @Test
    void childTurningThirteenOnTheStartDateIsTooOldBecauseTheMaximumIsExclusive() {
        assertThat(soort.geldt(aanvraagGeboren("2013-11-01"), versie(ZEVEN_TOT_DERTIEN), ONTVANGEN)).isTrue();
    }

    @Test
    void regionReadingThirteenAsIncludedConfiguresFourteen() {
        Map<String, Object> totEnMetDertien = new HashMap<>(ZEVEN_TOT_DERTIEN);
        totEnMetDertien.put(DyslexieLeeftijd.MAX_LEEFTIJD, "14");

        assertThat(soort.geldt(aanvraagGeboren("2013-11-01"), versie(totEnMetDertien), ONTVANGEN)).isFalse();
        assertThat(soort.geldt(aanvraagGeboren("2012-11-01"), versie(totEnMetDertien), ONTVANGEN)).isTrue();
    }

    @Test
    void otherProductsAreNotJudged() {
        Map<String, Object> andereCode = new HashMap<>(ZEVEN_TOT_DERTIEN);
        andereCode.put(DyslexieLeeftijd.PRODUCTEN, List.of("45A99"));

        assertThat(soort.geldt(aanvraagGeboren("2019-11-02"), versie(andereCode), ONTVANGEN)).isFalse();
    }

    @Test
    void allocationIsJudgedOnItsIngangsdatum() {
        byte[] teJong = Voorbeelden.met(BerichtType.JW301, GEBOORTEDATUM, "<ijw:Datum>2019-11-02</ijw:Datum>");
        byte[] zeven = Voorbeelden.met(BerichtType.JW301, GEBOORTEDATUM, "<ijw:Datum>2019-11-01</ijw:Datum>");

        assertThat(soort.geldt(bericht(BerichtType.JW301, teJong), versie(ZEVEN_TOT_DERTIEN), ONTVANGEN)).isTrue();
        assertThat(soort.geldt(bericht(BerichtType.JW301, zeven), versie(ZEVEN_TOT_DERTIEN), ONTVANGEN)).isFalse();
    }

    @Test
    void unknownBirthDateGivesNoAgeAndIsNotJudged() {
        byte[] onbekend = Voorbeelden.met(BerichtType.JW315, GEBOORTEDATUM,
                "<ijw:Datum>2019-11-02</ijw:Datum><ijw:DatumGebruik>3</ijw:DatumGebruik>");

        assertThat(soort.geldt(bericht(BerichtType.JW315, onbekend), versie(ZEVEN_TOT_DERTIEN), ONTVANGEN)).isFalse();
    }

    @Test
    void judgesAllocationsAndRequests() {
        assertThat(soort.soort()).isEqualTo("dyslexie-leeftijd");
        assertThat(soort.berichten()).containsExactlyInAnyOrder(BerichtType.JW301, BerichtType.JW315);
    }

    @Test
    void productsAndAgeBoundsAreAccepted() {
        assertThat(soort.controleer(ZEVEN_TOT_DERTIEN)).isEmpty();
    }

    @Test
    void productCodesAreRequiredBecauseTheSeedNamesNone() {
        Map<String, Object> zonderProducten = new HashMap<>(ZEVEN_TOT_DERTIEN);
        zonderProducten.remove(DyslexieLeeftijd.PRODUCTEN);

        assertThat(soort.controleer(zonderProducten)).singleElement().asString().startsWith("producten:");
        zonderProducten.put(DyslexieLeeftijd.PRODUCTEN, List.of());
        assertThat(soort.controleer(zonderProducten)).singleElement().asString().startsWith("producten:");
    }

    @Test
    void everyMissingParameterIsReported() {
        assertThat(soort.controleer(Map.of())).hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("producten:"))
                .anySatisfy(p -> assertThat(p).startsWith("min-leeftijd:"))
                .anySatisfy(p -> assertThat(p).startsWith("max-leeftijd:"));
    }

    @Test
    void malformedCodesAndAgesAreRefused() {
        assertThat(soort.controleer(Map.of(
                DyslexieLeeftijd.PRODUCTEN, List.of("45A01", "ernstige dyslexie"),
                DyslexieLeeftijd.MIN_LEEFTIJD, "zeven",
                DyslexieLeeftijd.MAX_LEEFTIJD, "-13")))
                .hasSize(3);
    }

    @Test
    void maximumNotAboveMinimumIsRefused() {
        Map<String, Object> omgedraaid = new HashMap<>(ZEVEN_TOT_DERTIEN);
        omgedraaid.put(DyslexieLeeftijd.MIN_LEEFTIJD, "13");
        omgedraaid.put(DyslexieLeeftijd.MAX_LEEFTIJD, "7");

        assertThat(soort.controleer(omgedraaid)).singleElement().asString().startsWith("max-leeftijd:");
        omgedraaid.put(DyslexieLeeftijd.MAX_LEEFTIJD, "13");
        assertThat(soort.controleer(omgedraaid)).hasSize(1);
    }

    private static Bericht aanvraagGeboren(String geboortedatum) {
        return bericht(BerichtType.JW315, Voorbeelden.met(BerichtType.JW315, GEBOORTEDATUM,
                "<ijw:Datum>" + geboortedatum + "</ijw:Datum>"));
    }
}
