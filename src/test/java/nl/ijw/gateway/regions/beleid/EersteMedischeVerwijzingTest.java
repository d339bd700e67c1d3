package nl.ijw.gateway.regions.beleid;

import static nl.ijw.gateway.Voorbeelden.bericht;
import static nl.ijw.gateway.Voorbeelden.vervang;
import static nl.ijw.gateway.Voorbeelden.versie;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EersteMedischeVerwijzingTest {

    private static final LocalDate ONTVANGEN = LocalDate.of(2026, 11, 2);
    private static final Map<String, Object> IJSSELLAND = Map.of(
            EersteMedischeVerwijzing.VERWIJZERTYPES, List.of("02", "03", "05"),
            EersteMedischeVerwijzing.MAX_BUDGET, "800000");

    private final EersteMedischeVerwijzing soort = new EersteMedischeVerwijzing();
    private final BeleidVersie versie = versie(IJSSELLAND);

    @Test
    void huisartsReferralUpToStandardBudgetFiveNeedsNoConsent() {
        assertThat(soort.geldt(aanvraag("02", "800000"), versie, ONTVANGEN)).isFalse();
        assertThat(soort.geldt(aanvraag("02", "500000"), versie, ONTVANGEN)).isFalse();
    }

    @Test
    void huisartsReferralOneCentAboveStandardBudgetFiveNeedsConsent() {
        assertThat(soort.geldt(aanvraag("02", "800001"), versie, ONTVANGEN)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "03", "05"})
    void medicalReferralWithBudgetSixNeedsConsent(String verwijzer) {
        assertThat(soort.geldt(aanvraag(verwijzer, "1200000"), versie, ONTVANGEN)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "04", "06"})
    void nonMedicalReferralIsNotJudged(String verwijzer) {
        assertThat(soort.geldt(aanvraag(verwijzer, "1200000"), versie, ONTVANGEN)).isFalse();
    }

    @Test
    void requestWithoutBudgetIsNotJudged() {
        assertThat(soort.geldt(bericht(BerichtType.JW315, Voorbeelden.bytes(BerichtType.JW315)), versie, ONTVANGEN)).isFalse();
    }

    @Test
    void judgesRequestsOnly() {
        assertThat(soort.soort()).isEqualTo("eerste-medische-verwijzing");
        assertThat(soort.berichten()).containsExactly(BerichtType.JW315);
    }

    @Test
    void theRegionsParametersAreAccepted() {
        assertThat(soort.controleer(IJSSELLAND)).isEmpty();
    }

    @Test
    void everyMissingParameterIsReported() {
        assertThat(soort.controleer(Map.of())).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("verwijzertypes:"))
                .anySatisfy(p -> assertThat(p).startsWith("max-budget:"));
    }

    @Test
    void malformedReferrerTypesAndMaximumAreRefused() {
        assertThat(soort.controleer(Map.of(
                EersteMedischeVerwijzing.VERWIJZERTYPES, List.of("2", "huisarts", "03"),
                EersteMedischeVerwijzing.MAX_BUDGET, "8000 euro")))
                .hasSize(3)
                .filteredOn(p -> p.startsWith("verwijzertypes:")).hasSize(2);
        assertThat(soort.controleer(Map.of(
                EersteMedischeVerwijzing.VERWIJZERTYPES, "02",
                EersteMedischeVerwijzing.MAX_BUDGET, List.of("800000"))))
                .hasSize(2);
    }

    private static Bericht aanvraag(String verwijzer, String budget) {
        String tekst = vervang(vervang(Voorbeelden.tekst(BerichtType.JW315),
                "<ijw:Type>02</ijw:Type>", "<ijw:Type>" + verwijzer + "</ijw:Type>"),
                "<Verwijzer>", "<Budget>" + budget + "</Budget><Verwijzer>");
        return bericht(BerichtType.JW315, tekst);
    }
}
