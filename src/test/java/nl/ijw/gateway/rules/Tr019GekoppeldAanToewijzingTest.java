package nl.ijw.gateway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.junit.jupiter.api.Test;

class Tr019GekoppeldAanToewijzingTest {

    /** A history in which provider 12345678 holds allocations 100001 and 100002 for the sample client. */
    private static final Geschiedenis TOEGEWEZEN = new Geschiedenis() {
        @Override
        public boolean identificatieGebruikt(String afzender, BerichtType type, String identificatie) {
            return false;
        }

        @Override
        public Optional<Set<String>> toewijzingen(String aanbieder, String bsn) {
            return aanbieder.equals("12345678") && bsn.equals("999993653") ? Optional.of(Set.of("100001", "100002")) : Optional.empty();
        }
    };

    private final Tr019GekoppeldAanToewijzing regel = new Tr019GekoppeldAanToewijzing(TOEGEWEZEN);

    @Test
    void startOfAKnownAllocationPasses() {
        assertThat(regel.toets(Voorbeelden.bericht(BerichtType.JW305, Voorbeelden.bytes(BerichtType.JW305)))).isEmpty();
    }

    @Test
    void stopOfAnUnknownAllocationNumberGives9019AtThatNumber() {
        byte[] stop = Voorbeelden.met(BerichtType.JW307, "<ToewijzingNummer>100002</ToewijzingNummer>",
                "<ToewijzingNummer>100009</ToewijzingNummer>");

        assertThat(regel.toets(Voorbeelden.bericht(BerichtType.JW307, stop))).containsExactly(new Bevinding("TR019", "9019",
                "/Bericht/Client/StopProducten/StopProduct[1]/ToewijzingNummer",
                "ToewijzingNummer 100009 hoort niet bij een toewijzing van deze cliënt aan deze aanbieder."));
    }

    @Test
    void clientWhoseAllocationTheGatewayNeverSawIsNotRejected() {
        byte[] start = Voorbeelden.tekst(BerichtType.JW305).replace("999993653", "999911120")
                .replace("<ToewijzingNummer>100001</ToewijzingNummer>", "<ToewijzingNummer>700001</ToewijzingNummer>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(regel.toets(Voorbeelden.bericht(BerichtType.JW305, start))).isEmpty();
    }
}
