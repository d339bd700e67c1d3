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

class CrisisMaximaleDuurTest {

    private static final LocalDate ONTVANGEN = LocalDate.of(2026, 11, 2);
    /** 46Z99 stands in for the crisis pleegzorg code, which the seed redacts. */
    private static final Map<String, Object> CRISIS = Map.of(
            CrisisMaximaleDuur.PRODUCTEN, Map.of("46A04", "28", "46Z99", "90"));
    /** Both samples ask for their first product from 2026-11-01 to 2027-04-30. */
    private static final String PRODUCT = "<ijw:Categorie>45</ijw:Categorie>\n          <ijw:Code>45A01</ijw:Code>";

    private final CrisisMaximaleDuur soort = new CrisisMaximaleDuur();
    private final BeleidVersie versie = versie(CRISIS);

    @Test
    void crisisBedForExactlyTwentyEightDaysIsWithinTheMaximum() {
        assertThat(soort.geldt(aanvraag("46A04", "<ToewijzingEinddatum>2026-11-28</ToewijzingEinddatum>"), versie, ONTVANGEN))
                .isFalse();
    }

    @Test
    void crisisBedForTwentyNineDaysIsSignalled() {
        assertThat(soort.geldt(aanvraag("46A04", "<ToewijzingEinddatum>2026-11-29</ToewijzingEinddatum>"), versie, ONTVANGEN))
                .isTrue();
    }

    @Test
    void crisisBedWithoutEndDateIsSignalled() {
        assertThat(soort.geldt(aanvraag("46A04", ""), versie, ONTVANGEN)).isTrue();
    }

    @Test
    void eachProductHasItsOwnMaximum() {
        // 2026-11-01 .. 2027-01-29 is 90 days, one more is 91.
        assertThat(soort.geldt(aanvraag("46Z99", "<ToewijzingEinddatum>2027-01-29</ToewijzingEinddatum>"), versie, ONTVANGEN))
                .isFalse();
        assertThat(soort.geldt(aanvraag("46Z99", "<ToewijzingEinddatum>2027-01-30</ToewijzingEinddatum>"), versie, ONTVANGEN))
                .isTrue();
    }

    @Test
    void productWithoutMaximumIsNotJudged() {
        assertThat(soort.geldt(bericht(BerichtType.JW315, Voorbeelden.bytes(BerichtType.JW315)), versie, ONTVANGEN)).isFalse();
    }

    @Test
    void allocationIsJudgedByIngangsdatumAndEinddatum() {
        assertThat(soort.geldt(toewijzing("<Einddatum>2026-11-28</Einddatum>"), versie, ONTVANGEN)).isFalse();
        assertThat(soort.geldt(toewijzing("<Einddatum>2026-11-29</Einddatum>"), versie, ONTVANGEN)).isTrue();
        assertThat(soort.geldt(toewijzing(""), versie, ONTVANGEN)).isTrue();
    }

    @Test
    void judgesAllocationsAndRequests() {
        assertThat(soort.soort()).isEqualTo("crisis-maximale-duur");
        assertThat(soort.berichten()).containsExactlyInAnyOrder(BerichtType.JW301, BerichtType.JW315);
    }

    @Test
    void mapOfProductCodesToDaysIsAccepted() {
        assertThat(soort.controleer(CRISIS)).isEmpty();
    }

    @Test
    void missingOrEmptyProductsAreRefused() {
        assertThat(soort.controleer(Map.of())).singleElement().asString().startsWith("producten:");
        assertThat(soort.controleer(Map.of(CrisisMaximaleDuur.PRODUCTEN, Map.of()))).hasSize(1);
        assertThat(soort.controleer(Map.of(CrisisMaximaleDuur.PRODUCTEN, List.of("46A04")))).hasSize(1);
    }

    @Test
    void malformedCodesAndDayCountsAreEachReported() {
        assertThat(soort.controleer(Map.of(CrisisMaximaleDuur.PRODUCTEN, Map.of(
                "46A04", "28 dagen",
                "46Z99", "0",
                "46A04X", "28",
                "46B01", List.of("28")))))
                .hasSize(4).allSatisfy(p -> assertThat(p).startsWith("producten:"));
    }

    private static Bericht aanvraag(String code, String einddatum) {
        String tekst = vervang(vervang(Voorbeelden.tekst(BerichtType.JW315),
                PRODUCT, "<ijw:Categorie>46</ijw:Categorie><ijw:Code>" + code + "</ijw:Code>"),
                "<ToewijzingEinddatum>2027-04-30</ToewijzingEinddatum>", einddatum);
        return bericht(BerichtType.JW315, tekst);
    }

    private static Bericht toewijzing(String einddatum) {
        String tekst = vervang(vervang(Voorbeelden.tekst(BerichtType.JW301),
                PRODUCT, "<ijw:Categorie>46</ijw:Categorie><ijw:Code>46A04</ijw:Code>"),
                "<Einddatum>2027-04-30</Einddatum>", einddatum);
        return bericht(BerichtType.JW301, tekst);
    }
}
