package nl.ijw.gateway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Validatie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Cs002BsnElfproefTest {

    private final Validatie validatie = Voorbeelden.validatie();

    @ParameterizedTest
    @ValueSource(strings = {"999993653", "999958239", "999911120"})
    void testBsnsPassTheElevenCheck(String bsn) {
        assertThat(Cs002BsnElfproef.voldoetAanElfproef(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999993654", "123456789", "000000000", "99999365", "99999365a"})
    void numbersFailingTheElevenCheckAreRefused(String bsn) {
        assertThat(Cs002BsnElfproef.voldoetAanElfproef(bsn)).isFalse();
    }

    @Test
    void sampleJw301WithValidBsnHasNoCs002Finding() {
        assertThat(validatie.valideer(Voorbeelden.bytes(BerichtType.JW301)).bevindingen()).isEmpty();
    }

    @Test
    void bsnFailingElevenCheckIsReportedOnTheClientBsnWithoutQuotingIt() {
        var rapport = validatie.valideer(Voorbeelden.met(BerichtType.JW317, "999993653", "999993654"));

        assertThat(rapport.geldig()).isFalse();
        assertThat(rapport.bevindingen()).singleElement().satisfies(b -> {
            assertThat(b.regel()).isEqualTo("CS002");
            assertThat(b.retourcode()).isEqualTo("0001");
            assertThat(b.locatie()).isEqualTo("/Bericht/Client/Bsn");
            assertThat(b.melding()).doesNotContain("999993654");
        });
    }
}
