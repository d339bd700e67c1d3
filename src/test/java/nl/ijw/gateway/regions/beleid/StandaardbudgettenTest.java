package nl.ijw.gateway.regions.beleid;

import static nl.ijw.gateway.Voorbeelden.bericht;
import static nl.ijw.gateway.Voorbeelden.vervang;
import static nl.ijw.gateway.Voorbeelden.versie;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandaardbudgettenTest {

    private static final LocalDate ONTVANGEN = LocalDate.of(2026, 11, 2);
    private static final List<String> BEDRAGEN =
            List.of("100000", "200000", "300000", "500000", "800000", "1200000", "1500000", "2000000");
    private static final Map<String, Object> IJSSELLAND = Map.of(
            Standaardbudgetten.CATEGORIE, "45",
            Standaardbudgetten.BEDRAGEN, BEDRAGEN,
            Standaardbudgetten.OFFERTE_BOVEN, "2000000");

    private final Standaardbudgetten soort = new Standaardbudgetten();
    private final BeleidVersie versie = versie(IJSSELLAND);

    @ParameterizedTest
    @ValueSource(strings = {"100000", "200000", "300000", "500000", "800000", "1200000", "1500000", "2000000"})
    void eachStandardAmountIsAccepted(String budget) {
        assertThat(soort.geldt(aanvraagMetBudget(budget), versie, ONTVANGEN)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "99999", "800001", "1040000", "1999999"})
    void budgetOutsideTheStandardAmountsIsSignalled(String budget) {
        assertThat(soort.geldt(aanvraagMetBudget(budget), versie, ONTVANGEN)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000001", "2500000", "99999999"})
    void offertebudgetAboveTheThresholdMayBeAnyAmount(String budget) {
        assertThat(soort.geldt(aanvraagMetBudget(budget), versie, ONTVANGEN)).isFalse();
    }

    @Test
    void productWithoutBudgetIsNotJudged() {
        assertThat(soort.geldt(bericht(BerichtType.JW315, Voorbeelden.bytes(BerichtType.JW315)), versie, ONTVANGEN)).isFalse();
    }

    @Test
    void budgetOfAnotherCategoryIsNotJudged() {
        String verblijf = vervang(vervang(Voorbeelden.tekst(BerichtType.JW315),
                "<ijw:Categorie>45</ijw:Categorie>", "<ijw:Categorie>43</ijw:Categorie>"),
                "<Verwijzer>", "<Budget>1040000</Budget><Verwijzer>");

        assertThat(soort.geldt(bericht(BerichtType.JW315, verblijf), versie, ONTVANGEN)).isFalse();
    }

    @Test
    void allocationWithNonStandardBudgetIsSignalled() {
        byte[] toewijzing = Voorbeelden.met(BerichtType.JW301, "</Omvang>", "</Omvang><Budget>1040000</Budget>");

        assertThat(soort.geldt(bericht(BerichtType.JW301, toewijzing), versie, ONTVANGEN)).isTrue();
    }

    @Test
    void newProductInChangeRequestWithNonStandardBudgetIsSignalled() {
        byte[] vow = Voorbeelden.met(BerichtType.JW317, "</NieuwProduct>", "<Budget>1040000</Budget></NieuwProduct>");

        assertThat(soort.geldt(bericht(BerichtType.JW317, vow), versie, ONTVANGEN)).isTrue();
    }

    @Test
    void budgetOfProductToChangeIsNotJudgedBecauseItsCategoryIsNotInTheMessage() {
        byte[] vow = Voorbeelden.met(BerichtType.JW317, "</TeWijzigenProduct>", "<Budget>1040000</Budget></TeWijzigenProduct>");

        assertThat(soort.geldt(bericht(BerichtType.JW317, vow), versie, ONTVANGEN)).isFalse();
    }

    @Test
    void theRegionsParametersAreAccepted() {
        assertThat(soort.soort()).isEqualTo("standaardbudgetten");
        assertThat(soort.controleer(IJSSELLAND)).isEmpty();
    }

    @Test
    void everyMissingParameterIsReported() {
        assertThat(soort.controleer(Map.of())).hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("categorie:"))
                .anySatisfy(p -> assertThat(p).startsWith("bedragen:"))
                .anySatisfy(p -> assertThat(p).startsWith("offerte-boven:"));
    }

    @Test
    void malformedCategoryThresholdAndAmountsAreEachReported() {
        Map<String, Object> parameters = new HashMap<>(IJSSELLAND);
        parameters.put(Standaardbudgetten.BEDRAGEN, List.of("1000.00", "€2000", "300000"));
        parameters.put(Standaardbudgetten.OFFERTE_BOVEN, "20k");
        parameters.put(Standaardbudgetten.CATEGORIE, "ambulant");

        assertThat(soort.controleer(parameters)).hasSize(4)
                .filteredOn(p -> p.startsWith("bedragen:")).hasSize(2);
    }

    @Test
    void amountsThatAreNotAListAreRefused() {
        Map<String, Object> parameters = new HashMap<>(IJSSELLAND);
        parameters.put(Standaardbudgetten.BEDRAGEN, "800000");

        assertThat(soort.controleer(parameters)).singleElement().asString().startsWith("bedragen:");
    }

    private static Bericht aanvraagMetBudget(String budget) {
        return bericht(BerichtType.JW315, Voorbeelden.met(BerichtType.JW315, "<Verwijzer>",
                "<Budget>" + budget + "</Budget><Verwijzer>"));
    }
}
