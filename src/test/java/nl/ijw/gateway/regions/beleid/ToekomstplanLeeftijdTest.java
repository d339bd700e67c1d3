package nl.ijw.gateway.regions.beleid;

import static nl.ijw.gateway.Voorbeelden.bericht;
import static nl.ijw.gateway.Voorbeelden.vervang;
import static nl.ijw.gateway.Voorbeelden.versie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.Test;

/**
 * Lochem 002-36: a youth turning 17 during an allocation needs a future plan. The sample client is
 * born on 12 March 2014 and turns 17 on 12 March 2031.
 */
class ToekomstplanLeeftijdTest {

    private static final Map<String, Object> ZEVENTIEN = Map.of("leeftijd", "17");

    private final ToekomstplanLeeftijd soort = new ToekomstplanLeeftijd();

    @Test
    void clientTurningSeventeenDuringTheAllocationMeetsTheCondition() {
        assertThat(geldt(jw301("2030-11-01", "2031-10-31"))).isTrue();
    }

    @Test
    void birthdayOnTheEinddatumCounts() {
        assertThat(geldt(jw301("2030-11-01", "2031-03-12"))).isTrue();
        assertThat(geldt(jw301("2030-11-01", "2031-03-11"))).isFalse();
    }

    @Test
    void birthdayOnTheIngangsdatumCounts() {
        assertThat(geldt(jw301("2031-03-12", "2031-10-31"))).isTrue();
    }

    @Test
    void clientWhoIsAlreadySeventeenAtTheStartDoesNotMeetIt() {
        assertThat(geldt(jw301("2031-03-13", "2031-10-31"))).isFalse();
        assertThat(geldt(jw301("2031-03-13", null))).isFalse();
    }

    @Test
    void openEndedAllocationCountsFromItsIngangsdatumOn() {
        assertThat(geldt(jw301("2026-11-01", null))).isTrue();
    }

    @Test
    void youngerClientInAShortAllocationDoesNotMeetIt() {
        // The sample's first product: 1 November 2026 to 30 April 2027, the client is 12.
        assertThat(geldt(jw301("2026-11-01", "2027-04-30"))).isFalse();
    }

    @Test
    void anyAllocatedProductIsEnough() {
        // The sample: 45A01 ends in 2027, 45A05 is open-ended.
        assertThat(geldt(bericht(BerichtType.JW301, Voorbeelden.bytes(BerichtType.JW301)))).isTrue();
    }

    @Test
    void onlyTheClientsOwnBirthDateCounts() {
        // The mother (Relatie, born 20 June 1984) turned 17 on 20 June 2001; the client was not born yet.
        assertThat(geldt(jw301("2001-01-01", "2001-12-31"))).isFalse();
    }

    @Test
    void clientBornOnALeapDayTurnsSeventeenOnTheFirstOfMarchInACommonYear() {
        String geboren = "2012-02-29";

        assertThat(geldt(jw301(geboren, null, "2028-03-01", "2029-03-01"))).isTrue();
        assertThat(geldt(jw301(geboren, null, "2028-03-01", "2029-02-28"))).isFalse();
        assertThat(geldt(jw301(geboren, null, "2029-03-01", "2029-10-31"))).isTrue();
        assertThat(geldt(jw301(geboren, null, "2029-03-02", "2029-10-31"))).isFalse();
    }

    @Test
    void clientBornOnALeapDayTurnsSixteenOnTheLeapDayInALeapYear() {
        assertThat(soort.geldt(jw301("2012-02-29", null, "2028-02-29", "2028-02-29"), versie(Map.of("leeftijd", "16")),
                LocalDate.parse("2028-03-01"))).isTrue();
        assertThat(soort.geldt(jw301("2012-02-29", null, "2028-02-28", "2028-02-28"), versie(Map.of("leeftijd", "16")),
                LocalDate.parse("2028-03-01"))).isFalse();
    }

    @Test
    void unknownDayOfBirthMakesEveryDayOfTheMonthPossible() {
        assertThat(geldt(jw301("2014-03-12", "1", "2030-03-01", "2031-03-01"))).isTrue();
        assertThat(geldt(jw301("2014-03-12", "1", "2031-03-31", "2031-10-31"))).isTrue();
        assertThat(geldt(jw301("2014-03-12", "1", "2030-03-01", "2031-02-28"))).isFalse();
        assertThat(geldt(jw301("2014-03-12", "1", "2031-04-01", "2031-10-31"))).isFalse();
    }

    @Test
    void unknownDayAndMonthMakeEveryDayOfTheYearPossible() {
        assertThat(geldt(jw301("2014-03-12", "2", "2030-01-01", "2031-01-01"))).isTrue();
        assertThat(geldt(jw301("2014-03-12", "2", "2031-12-31", null))).isTrue();
        assertThat(geldt(jw301("2014-03-12", "2", "2030-01-01", "2030-12-31"))).isFalse();
        assertThat(geldt(jw301("2014-03-12", "2", "2032-01-01", null))).isFalse();
    }

    @Test
    void whollyUnknownBirthDateSaysNothing() {
        assertThat(geldt(jw301("2014-03-12", "3", "2026-11-01", null))).isFalse();
    }

    @Test
    void anotherAgeCanBeConfigured() {
        Map<String, Object> achttien = Map.of("leeftijd", "18");

        assertThat(soort.geldt(jw301("2031-03-13", null), versie(achttien), LocalDate.parse("2031-03-13"))).isTrue();
        assertThat(soort.geldt(jw301("2032-03-12", "2032-12-31"), versie(achttien), LocalDate.parse("2032-03-12"))).isTrue();
        assertThat(soort.geldt(jw301("2030-11-01", "2031-10-31"), versie(achttien), LocalDate.parse("2030-11-01"))).isFalse();
    }

    @Test
    void judgesOnlyAllocations() {
        assertThat(soort.soort()).isEqualTo("toekomstplan-leeftijd");
        assertThat(soort.berichten()).containsExactly(BerichtType.JW301);
    }

    @Test
    void wellFormedAgesAreAccepted() {
        assertThat(soort.controleer(ZEVENTIEN)).isEmpty();
        assertThat(soort.controleer(Map.of("leeftijd", "1"))).isEmpty();
        assertThat(soort.controleer(Map.of("leeftijd", "23"))).isEmpty();
    }

    @Test
    void missingAgeIsReported() {
        assertThat(soort.controleer(Map.of())).containsExactly("leeftijd: verplicht: de leeftijd in jaren, bijvoorbeeld \"17\"");
    }

    @Test
    void malformedAgesAreReported() {
        assertThat(soort.controleer(Map.of("leeftijd", "0"))).containsExactly("leeftijd: '0' is geen leeftijd van 1 t/m 23 jaar");
        assertThat(soort.controleer(Map.of("leeftijd", "24"))).hasSize(1);
        assertThat(soort.controleer(Map.of("leeftijd", "170"))).hasSize(1);
        assertThat(soort.controleer(Map.of("leeftijd", "zeventien"))).hasSize(1);
        assertThat(soort.controleer(Map.of("leeftijd", List.of("17", "18"))))
                .containsExactly("leeftijd: hier hoort één waarde, geen lijst of map");
    }

    @Test
    void judgingWithMalformedParametersIsAProgrammingError() {
        assertThatThrownBy(() -> soort.geldt(jw301("2026-11-01", null), versie(Map.of("leeftijd", "0")), LocalDate.parse("2026-11-02")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leeftijd");
    }

    private boolean geldt(Bericht bericht) {
        return soort.geldt(bericht, versie(ZEVENTIEN), LocalDate.parse("2026-11-02"));
    }

    private static Bericht jw301(String ingangsdatum, String einddatum) {
        return jw301("2014-03-12", null, ingangsdatum, einddatum);
    }

    /**
     * The sample JW301 with only its first product, for this period (no Einddatum when null), and the
     * client born on this date, with this DatumGebruik when not null.
     */
    private static Bericht jw301(String geboortedatum, String datumGebruik, String ingangsdatum, String einddatum) {
        String xml = vervang(Voorbeelden.jw301MetEenProduct(), "<ijw:Datum>2014-03-12</ijw:Datum>", "<ijw:Datum>" + geboortedatum + "</ijw:Datum>"
                + (datumGebruik == null ? "" : "<ijw:DatumGebruik>" + datumGebruik + "</ijw:DatumGebruik>"));
        xml = vervang(xml, "<Ingangsdatum>2026-11-01</Ingangsdatum>", "<Ingangsdatum>" + ingangsdatum + "</Ingangsdatum>");
        xml = vervang(xml, "<Einddatum>2027-04-30</Einddatum>", einddatum == null ? "" : "<Einddatum>" + einddatum + "</Einddatum>");
        return bericht(BerichtType.JW301, xml);
    }
}
