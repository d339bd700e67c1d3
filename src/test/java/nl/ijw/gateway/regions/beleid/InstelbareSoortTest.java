package nl.ijw.gateway.regions.beleid;

import static nl.ijw.gateway.Voorbeelden.bericht;
import static nl.ijw.gateway.Voorbeelden.versie;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.BeleidVersie;
import org.junit.jupiter.api.Test;

/** The settings a kind keeps per parameters: read once, and never those of other parameters. */
class InstelbareSoortTest {

    private static final LocalDate ONTVANGEN = LocalDate.of(2026, 11, 2);

    private final SegmentBeperking soort = new SegmentBeperking();
    // The example allocation's product is ambulant: category 45.
    private final Bericht ambulant = bericht(BerichtType.JW301, Voorbeelden.bytes(BerichtType.JW301));

    private static BeleidVersie categorieen(String... categorieen) {
        return versie(Map.of(SegmentBeperking.CATEGORIEEN, new ArrayList<>(List.of(categorieen))));
    }

    @Test
    void equalParametersOfAnotherVersionShareTheSettingsReadOnce() {
        BeleidVersie eerste = categorieen("43", "44");
        BeleidVersie herladen = categorieen("43", "44");

        assertThat(soort.instellingen(herladen)).isSameAs(soort.instellingen(eerste));
    }

    @Test
    void changedParametersAreJudgedWithTheirOwnSettings() {
        assertThat(soort.geldt(ambulant, categorieen("43", "44"), ONTVANGEN)).isTrue();
        assertThat(soort.geldt(ambulant, categorieen("43", "44", "45"), ONTVANGEN)).isFalse();
        assertThat(soort.geldt(ambulant, categorieen("43", "44"), ONTVANGEN)).isTrue();
    }

    @Test
    void beyondItsLimitTheKindForgetsAndReadsAgainCorrectly() {
        BeleidVersie eerste = categorieen("43");
        Object gelezen = soort.instellingen(eerste);
        IntStream.range(0, InstelbareSoort.GELEZEN_VERSIES).forEach(i -> soort.instellingen(categorieen("43", "%02d".formatted(i))));

        assertThat(soort.instellingen(eerste)).isNotSameAs(gelezen).isEqualTo(gelezen);
        assertThat(soort.geldt(ambulant, eerste, ONTVANGEN)).isTrue();
        assertThat(soort.geldt(ambulant, categorieen("45"), ONTVANGEN)).isFalse();
    }

    @Test
    void aVersionKeepsNoParametersItsMakerCanStillChange() {
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of(SegmentBeperking.CATEGORIEEN, List.of("43")));
        BeleidVersie versie = versie(parameters);
        parameters.put(SegmentBeperking.CATEGORIEEN, List.of("45"));

        assertThat(soort.geldt(ambulant, versie, ONTVANGEN)).isTrue();
    }
}
