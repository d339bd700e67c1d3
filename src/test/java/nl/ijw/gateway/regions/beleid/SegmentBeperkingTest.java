package nl.ijw.gateway.regions.beleid;

import static nl.ijw.gateway.Voorbeelden.bericht;
import static nl.ijw.gateway.Voorbeelden.vervang;
import static nl.ijw.gateway.Voorbeelden.versie;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;
import org.junit.jupiter.api.Test;

class SegmentBeperkingTest {

    private static final LocalDate ONTVANGEN = LocalDate.of(2026, 11, 2);
    private static final String AMBULANT = "<ijw:Categorie>45</ijw:Categorie>";

    private final SegmentBeperking soort = new SegmentBeperking();
    private final BeleidVersie wonenVerblijf = versie(Map.of(SegmentBeperking.CATEGORIEEN, List.of("43", "44")));

    @Test
    void ambulantAllocationIsOutsideTheWonenVerblijfSegment() {
        assertThat(soort.geldt(bericht(BerichtType.JW301, Voorbeelden.bytes(BerichtType.JW301)), wonenVerblijf, ONTVANGEN))
                .isTrue();
    }

    @Test
    void allocationWithOnlyWonenVerblijfProductsIsInSegment() {
        String beide = vervang(Voorbeelden.tekst(BerichtType.JW301), AMBULANT, "<ijw:Categorie>43</ijw:Categorie>");

        assertThat(soort.geldt(bericht(BerichtType.JW301, beide), wonenVerblijf, ONTVANGEN)).isFalse();
    }

    @Test
    void oneProductOutsideTheSegmentIsEnough() {
        byte[] gemengd = Voorbeelden.met(BerichtType.JW301, AMBULANT, "<ijw:Categorie>44</ijw:Categorie>");

        assertThat(soort.geldt(bericht(BerichtType.JW301, gemengd), wonenVerblijf, ONTVANGEN)).isTrue();
    }

    @Test
    void requestIsJudgedByItsAangevraagdProduct() {
        byte[] verblijf = Voorbeelden.met(BerichtType.JW315, AMBULANT, "<ijw:Categorie>44</ijw:Categorie>");

        assertThat(soort.geldt(bericht(BerichtType.JW315, Voorbeelden.bytes(BerichtType.JW315)), wonenVerblijf, ONTVANGEN))
                .isTrue();
        assertThat(soort.geldt(bericht(BerichtType.JW315, verblijf), wonenVerblijf, ONTVANGEN)).isFalse();
    }

    @Test
    void changeRequestIsJudgedByItsNewProductsOnly() {
        // The TeWijzigenProduct of the sample names no category; only the NieuwProduct counts.
        byte[] verblijf = Voorbeelden.met(BerichtType.JW317, AMBULANT, "<ijw:Categorie>43</ijw:Categorie>");

        assertThat(soort.geldt(bericht(BerichtType.JW317, Voorbeelden.bytes(BerichtType.JW317)), wonenVerblijf, ONTVANGEN))
                .isTrue();
        assertThat(soort.geldt(bericht(BerichtType.JW317, verblijf), wonenVerblijf, ONTVANGEN)).isFalse();
    }

    @Test
    void judgesTheMessagesOfTheSegmentCheck() {
        assertThat(soort.soort()).isEqualTo("segment");
        assertThat(soort.berichten()).containsExactlyInAnyOrder(BerichtType.JW301, BerichtType.JW315, BerichtType.JW317);
    }

    @Test
    void listOfTwoDigitCategoriesIsAccepted() {
        assertThat(soort.controleer(Map.of(SegmentBeperking.CATEGORIEEN, List.of("43", "44")))).isEmpty();
    }

    @Test
    void missingOrEmptyCategoriesAreRefused() {
        assertThat(soort.controleer(Map.of())).singleElement().asString().startsWith("categorieen:");
        assertThat(soort.controleer(Map.of(SegmentBeperking.CATEGORIEEN, List.of()))).singleElement().asString()
                .startsWith("categorieen:");
    }

    @Test
    void categoriesThatAreNotAListOfTwoDigitCodesAreRefused() {
        assertThat(soort.controleer(Map.of(SegmentBeperking.CATEGORIEEN, "43"))).hasSize(1);
        assertThat(soort.controleer(Map.of(SegmentBeperking.CATEGORIEEN, List.of("43", "4", "wonen", List.of("44")))))
                .hasSize(3).allSatisfy(p -> assertThat(p).startsWith("categorieen:"));
    }
}
