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
import nl.ijw.gateway.regions.Werkdagen;
import org.junit.jupiter.api.Test;

/** IJsselland 001-I2: a crisis follow-up is requested within 5 working days of its start. */
class CrisisBinnenWerkdagenTest {

    private static final Map<String, Object> VIJF_WERKDAGEN = Map.of("categorie", "46", "max-werkdagen", "5");

    private final CrisisBinnenWerkdagen soort = new CrisisBinnenWerkdagen();

    @Test
    void crisisRequestReceivedOnTheFifthWorkingDayIsInTime() {
        // Monday 2 November 2026: the fifth working day after it is Monday 9 November.
        assertThat(geldt(crisis("2026-11-02"), "2026-11-09")).isFalse();
    }

    @Test
    void crisisRequestReceivedOnTheSixthWorkingDayIsLate() {
        assertThat(geldt(crisis("2026-11-02"), "2026-11-10")).isTrue();
    }

    @Test
    void requestReceivedInTheWeekendAfterAFridayDeadlineIsLate() {
        // Start Friday 6 November: the deadline is Friday 13 November.
        assertThat(geldt(crisis("2026-11-06"), "2026-11-13")).isFalse();
        assertThat(geldt(crisis("2026-11-06"), "2026-11-14")).isTrue();
    }

    @Test
    void startOnASundayCountsFromTheMonday() {
        assertThat(geldt(crisis("2026-11-01"), "2026-11-06")).isFalse();
        assertThat(geldt(crisis("2026-11-01"), "2026-11-09")).isTrue();
    }

    @Test
    void easterHolidaysExtendTheDeadline() {
        // Start Thursday 2 April 2026; Goede Vrijdag and Tweede Paasdag do not count: deadline Monday 13 April.
        assertThat(geldt(crisis("2026-04-02"), "2026-04-13")).isFalse();
        assertThat(geldt(crisis("2026-04-02"), "2026-04-14")).isTrue();
    }

    @Test
    void christmasAndNewYearExtendTheDeadline() {
        // Start Tuesday 23 December 2025: 24, 29, 30, 31 December and 2 January are the five working days.
        assertThat(geldt(crisis("2025-12-23"), "2026-01-02")).isFalse();
        assertThat(geldt(crisis("2025-12-23"), "2026-01-03")).isTrue();
    }

    @Test
    void requestForAStartOnOrAfterTheReceiptDateIsInTime() {
        assertThat(geldt(crisis("2026-11-10"), "2026-11-10")).isFalse();
        assertThat(geldt(crisis("2026-12-01"), "2026-11-10")).isFalse();
    }

    @Test
    void zeroWorkingDaysMeansTheRequestMayNotComeAfterTheStart() {
        Map<String, Object> parameters = Map.of("categorie", "46", "max-werkdagen", "0");

        assertThat(soort.geldt(crisis("2026-11-02"), versie(parameters), d("2026-11-02"))).isFalse();
        assertThat(soort.geldt(crisis("2026-11-02"), versie(parameters), d("2026-11-03"))).isTrue();
    }

    @Test
    void lateRequestForAnotherCategoryDoesNotCount() {
        Bericht ambulant = bericht(BerichtType.JW315, jw315("45", "2026-11-02"));

        assertThat(geldt(ambulant, "2026-12-01")).isFalse();
    }

    @Test
    void requestWithoutAProductCategoryDoesNotCount() {
        String zonderProduct = vervang(jw315("46", "2026-11-02"),
                "<Product>\n          <ijw:Categorie>46</ijw:Categorie>\n          <ijw:Code>46A04</ijw:Code>\n        </Product>\n", "");

        assertThat(geldt(bericht(BerichtType.JW315, zonderProduct), "2026-12-01")).isFalse();
    }

    @Test
    void oneLateCrisisProductAmongSeveralIsEnough() {
        String tweede = """
                      <AangevraagdProduct>
                        <ReferentieAanbieder>VOT-2026-0002</ReferentieAanbieder>
                        <Product>
                          <ijw:Categorie>46</ijw:Categorie>
                          <ijw:Code>46A04</ijw:Code>
                        </Product>
                        <ToewijzingIngangsdatum>2026-10-01</ToewijzingIngangsdatum>
                        <ToewijzingEinddatum>2026-10-28</ToewijzingEinddatum>
                        <Verwijzer>
                          <ijw:Type>02</ijw:Type>
                          <ijw:ZorgverlenerCode>01012345</ijw:ZorgverlenerCode>
                        </Verwijzer>
                      </AangevraagdProduct>
                    </AangevraagdeProducten>""";
        String beide = vervang(jw315("46", "2026-11-02"), "</AangevraagdeProducten>", tweede);

        assertThat(geldt(bericht(BerichtType.JW315, beide), "2026-11-09")).isTrue();
    }

    @Test
    void equatedDaysFromConfigurationAlsoExtendTheDeadline() {
        // Start Wednesday 13 May 2026: Hemelvaartsdag does not count, so the deadline is Thursday 21 May;
        // with the Friday after it equated by decree it is Friday 22 May.
        var metBrugdag = new CrisisBinnenWerkdagen(new Werkdagen(List.of(d("2026-05-15"))));

        assertThat(geldt(crisis("2026-05-13"), "2026-05-21")).isFalse();
        assertThat(geldt(crisis("2026-05-13"), "2026-05-22")).isTrue();
        assertThat(metBrugdag.geldt(crisis("2026-05-13"), versie(VIJF_WERKDAGEN), d("2026-05-22"))).isFalse();
        assertThat(metBrugdag.geldt(crisis("2026-05-13"), versie(VIJF_WERKDAGEN), d("2026-05-23"))).isTrue();
    }

    @Test
    void judgesOnlyRequests() {
        assertThat(soort.soort()).isEqualTo("crisis-binnen-werkdagen");
        assertThat(soort.berichten()).containsExactly(BerichtType.JW315);
    }

    @Test
    void wellFormedParametersAreAccepted() {
        assertThat(soort.controleer(VIJF_WERKDAGEN)).isEmpty();
        assertThat(soort.controleer(Map.of("categorie", "46", "max-werkdagen", "0"))).isEmpty();
    }

    @Test
    void missingParametersAreReportedByName() {
        assertThat(soort.controleer(Map.of())).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("categorie: verplicht"))
                .anySatisfy(p -> assertThat(p).startsWith("max-werkdagen: verplicht"));
    }

    @Test
    void malformedCategoryIsReported() {
        assertThat(soort.controleer(Map.of("categorie", "4", "max-werkdagen", "5")))
                .containsExactly("categorie: '4' is geen productcategorie (twee cijfers, bijvoorbeeld \"46\")");
        assertThat(soort.controleer(Map.of("categorie", "crisis", "max-werkdagen", "5"))).hasSize(1);
        assertThat(soort.controleer(Map.of("categorie", List.of("46"), "max-werkdagen", "5")))
                .containsExactly("categorie: hier hoort één waarde, geen lijst of map");
    }

    @Test
    void malformedNumberOfWorkingDaysIsReported() {
        assertThat(soort.controleer(Map.of("categorie", "46", "max-werkdagen", "-1")))
                .containsExactly("max-werkdagen: '-1' is geen geheel aantal werkdagen (0 t/m 9999)");
        assertThat(soort.controleer(Map.of("categorie", "46", "max-werkdagen", "vijf"))).hasSize(1);
        assertThat(soort.controleer(Map.of("categorie", "46", "max-werkdagen", "5.5"))).hasSize(1);
        assertThat(soort.controleer(Map.of("categorie", "46", "max-werkdagen", ""))).hasSize(1);
    }

    @Test
    void judgingWithMalformedParametersIsAProgrammingError() {
        var kapot = versie(Map.of("categorie", "46"));

        assertThatThrownBy(() -> soort.geldt(crisis("2026-11-02"), kapot, d("2026-11-10")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-werkdagen");
    }

    private boolean geldt(Bericht bericht, String ontvangen) {
        return soort.geldt(bericht, versie(VIJF_WERKDAGEN), d(ontvangen));
    }

    private static Bericht crisis(String ingangsdatum) {
        return bericht(BerichtType.JW315, jw315("46", ingangsdatum));
    }

    /** The sample JW315 for a product of this category (code {@code <categorie>A04}) from this date. */
    private static String jw315(String categorie, String ingangsdatum) {
        String xml = Voorbeelden.tekst(BerichtType.JW315);
        xml = vervang(xml, "<ijw:Categorie>45</ijw:Categorie>", "<ijw:Categorie>" + categorie + "</ijw:Categorie>");
        xml = vervang(xml, "<ijw:Code>45A01</ijw:Code>", "<ijw:Code>" + categorie + "A04</ijw:Code>");
        xml = vervang(xml, "<ToewijzingIngangsdatum>2026-11-01</ToewijzingIngangsdatum>",
                "<ToewijzingIngangsdatum>" + ingangsdatum + "</ToewijzingIngangsdatum>");
        return xml;
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
