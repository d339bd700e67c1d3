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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lochem 002-08..10: an allocation runs at most a year, except for exempt products. */
class BeschikkingMaxDuurTest {

    private static final Map<String, Object> EEN_JAAR = Map.of("max-maanden", "12", "uitgezonderd", List.of());

    private final BeschikkingMaxDuur soort = new BeschikkingMaxDuur();

    @Test
    void allocationOfExactlyOneYearIsAllowed() {
        assertThat(geldt(jw301("2026-11-01", "2027-10-31"), EEN_JAAR)).isFalse();
    }

    @Test
    void allocationOneDayLongerThanAYearMeetsTheCondition() {
        assertThat(geldt(jw301("2026-11-01", "2027-11-01"), EEN_JAAR)).isTrue();
    }

    @Test
    void shortAllocationIsAllowed() {
        assertThat(geldt(jw301("2026-11-01", "2027-04-30"), EEN_JAAR)).isFalse();
    }

    @Test
    void aYearThatContainsALeapDayEndsOnTheTwentyNinthOfFebruary() {
        assertThat(geldt(jw301("2023-03-01", "2024-02-29"), EEN_JAAR)).isFalse();
        assertThat(geldt(jw301("2023-03-01", "2024-03-01"), EEN_JAAR)).isTrue();
    }

    @Test
    void aYearFromTheLeapDayEndsOnTheTwentyEighthOfFebruary() {
        assertThat(geldt(jw301("2024-02-29", "2025-02-28"), EEN_JAAR)).isFalse();
        assertThat(geldt(jw301("2024-02-29", "2025-03-01"), EEN_JAAR)).isTrue();
    }

    @Test
    void allocationWithoutEinddatumMeetsTheCondition() {
        assertThat(geldt(jw301("2026-11-01", null), EEN_JAAR)).isTrue();
    }

    @Test
    void exemptProductMayRunLonger() {
        Map<String, Object> dyslexieVrijgesteld = Map.of("max-maanden", "12", "uitgezonderd", List.of("45A01"));

        assertThat(geldt(jw301("2026-11-01", "2029-10-31"), dyslexieVrijgesteld)).isFalse();
        assertThat(geldt(jw301("2026-11-01", null), dyslexieVrijgesteld)).isFalse();
    }

    @Test
    void exemptionOfAnotherProductDoesNotHelp() {
        Map<String, Object> anderProduct = Map.of("max-maanden", "12", "uitgezonderd", List.of("54001", "45A05"));

        assertThat(geldt(jw301("2026-11-01", "2029-10-31"), anderProduct)).isTrue();
    }

    @Test
    void productWithoutCodeIsNeverExempt() {
        String zonderCode = vervang(jw301Tekst("2026-11-01", "2029-10-31"), "\n          <ijw:Code>45A01</ijw:Code>", "");

        assertThat(geldt(bericht(BerichtType.JW301, zonderCode), Map.of("max-maanden", "12", "uitgezonderd", List.of("45A01")))).isTrue();
    }

    @Test
    void everyAllocatedProductIsJudged() {
        // The sample: 45A01 for six months, 45A05 open-ended.
        Bericht monster = bericht(BerichtType.JW301, Voorbeelden.bytes(BerichtType.JW301));

        assertThat(geldt(monster, EEN_JAAR)).isTrue();
        assertThat(geldt(monster, Map.of("max-maanden", "12", "uitgezonderd", List.of("45A05")))).isFalse();
    }

    @Test
    void otherMaximaCountInMonthsTheSameWay() {
        Map<String, Object> halfJaar = Map.of("max-maanden", "6", "uitgezonderd", List.of());

        assertThat(geldt(jw301("2026-08-31", "2027-02-28"), halfJaar)).isFalse();
        assertThat(geldt(jw301("2026-08-31", "2027-03-01"), halfJaar)).isTrue();
        assertThat(geldt(jw301("2026-11-01", "2027-04-30"), halfJaar)).isFalse();
        assertThat(geldt(jw301("2026-11-01", "2027-05-01"), halfJaar)).isTrue();
    }

    @ParameterizedTest(name = "{1} months from {0} run to {2}")
    @CsvSource({
            "2026-11-01, 12, 2027-10-31", "2026-01-01, 12, 2026-12-31", "2023-03-01, 12, 2024-02-29",
            "2024-02-29, 12, 2025-02-28", "2024-02-29, 48, 2028-02-28", "2026-01-31, 1, 2026-02-28",
            "2026-03-31, 1, 2026-04-30", "2026-08-31, 6, 2027-02-28", "2026-02-28, 1, 2026-03-27"})
    void aPeriodOfMonthsEndsTheDayBeforeTheSameDayNumberOrAtTheEndOfAShorterMonth(String ingang, int maanden, String laatste) {
        assertThat(BeschikkingMaxDuur.laatsteDag(LocalDate.parse(ingang), maanden)).isEqualTo(LocalDate.parse(laatste));
    }

    @Test
    void judgesOnlyAllocations() {
        assertThat(soort.soort()).isEqualTo("beschikking-max-duur");
        assertThat(soort.berichten()).containsExactly(BerichtType.JW301);
    }

    @Test
    void wellFormedParametersAreAcceptedAlsoWithAnEmptyExemptionList() {
        assertThat(soort.controleer(EEN_JAAR)).isEmpty();
        assertThat(soort.controleer(Map.of("max-maanden", "12", "uitgezonderd", List.of("45A01", "54001")))).isEmpty();
    }

    @Test
    void missingParametersAreReportedByName() {
        assertThat(soort.controleer(Map.of())).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("max-maanden: verplicht"))
                .anySatisfy(p -> assertThat(p).startsWith("uitgezonderd: verplicht"));
    }

    @Test
    void malformedNumberOfMonthsIsReported() {
        assertThat(soort.controleer(Map.of("max-maanden", "0", "uitgezonderd", List.of())))
                .containsExactly("max-maanden: '0' is geen geheel aantal maanden (1 t/m 9999)");
        assertThat(soort.controleer(Map.of("max-maanden", "een jaar", "uitgezonderd", List.of()))).hasSize(1);
        assertThat(soort.controleer(Map.of("max-maanden", "-12", "uitgezonderd", List.of()))).hasSize(1);
        assertThat(soort.controleer(Map.of("max-maanden", List.of("12"), "uitgezonderd", List.of()))).hasSize(1);
    }

    @Test
    void exemptionsMustBeAListOfProductCodes() {
        assertThat(soort.controleer(Map.of("max-maanden", "12", "uitgezonderd", "45A01")))
                .containsExactly("uitgezonderd: hier hoort een lijst productcodes; leeg mag: []");
        assertThat(soort.controleer(Map.of("max-maanden", "12", "uitgezonderd", List.of("45A01", "123456", " "))))
                .containsExactly("uitgezonderd: '123456' is geen productcode (1 tot 5 tekens, zonder spaties)",
                        "uitgezonderd: ' ' is geen productcode (1 tot 5 tekens, zonder spaties)");
        assertThat(soort.controleer(Map.of("max-maanden", "12", "uitgezonderd", List.of(Map.of("code", "45A01")))))
                .hasSize(1);
    }

    @Test
    void judgingWithMalformedParametersIsAProgrammingError() {
        assertThatThrownBy(() -> geldt(jw301("2026-11-01", null), Map.of("max-maanden", "12")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uitgezonderd");
    }

    private boolean geldt(Bericht bericht, Map<String, Object> parameters) {
        return soort.geldt(bericht, versie(parameters), LocalDate.parse("2026-11-02"));
    }

    private static Bericht jw301(String ingangsdatum, String einddatum) {
        return bericht(BerichtType.JW301, jw301Tekst(ingangsdatum, einddatum));
    }

    /** The sample JW301 with only its first product (45A01), for this period; no Einddatum when null. */
    private static String jw301Tekst(String ingangsdatum, String einddatum) {
        String xml = vervang(Voorbeelden.jw301MetEenProduct(), "<Ingangsdatum>2026-11-01</Ingangsdatum>", "<Ingangsdatum>" + ingangsdatum + "</Ingangsdatum>");
        return vervang(xml, "<Einddatum>2027-04-30</Einddatum>",
                einddatum == null ? "" : "<Einddatum>" + einddatum + "</Einddatum>");
    }
}
