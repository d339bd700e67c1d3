package nl.ijw.gateway.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.xml.transform.stream.StreamSource;
import nl.ijw.gateway.BrokerClient;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** Regional agreements and the party register, end to end over the broker. */
class RegionaalBeleidFlowTest extends GatewayTest {

    private static byte[] vowAan(String gemeente) {
        return Voorbeelden.met(BerichtType.JW317, "<Ontvanger>0193</Ontvanger>", "<Ontvanger>" + gemeente + "</Ontvanger>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0150", "1773", "0177"})
    void vowForDeventerOlstWijheAndRaalteIsAnsweredWithJw318AndJw319AndNotForwarded(String gemeente) {
        String id = broker.stuur(vowAan(gemeente));

        BrokerClient.Ontvangen retour = broker.ontvang("ijw.out.12345678", id, "JW318");
        assertThat(retour).isNotNull();
        BrokerClient.Ontvangen antwoord = broker.ontvang("ijw.out.12345678", id, "JW319");
        assertThat(antwoord).isNotNull();
        assertThat(antwoord.eigenschap("ijw_afzender")).isEqualTo(gemeente);
        assertThat(antwoord.eigenschap("ijw_ontvanger")).isEqualTo("12345678");
        assertThat(antwoord.eigenschap("ijw_signalen")).isEqualTo("IJS-VOW-BUITEN-BERICHTENVERKEER");
        assertThat(antwoord.eigenschap("ijw_identificatie")).startsWith("GW").hasSizeLessThanOrEqualTo(12);
        assertSimilar(antwoord.inhoud(), gemeente);
        assertThat(broker.tel("ijw.out." + gemeente, id)).as("niets naar de gemeente").isZero();
        assertThat(broker.tel("ijw.dlq", id)).isZero();
    }

    /**
     * The answer the gateway writes for Deventer ends the request (TR374 lets the next one through)
     * and is final: Deventer's own later answer to it is refused with 9365.
     */
    @Test
    void answerWrittenOnDeventersBehalfCountsAsDeventersAnswer() {
        Voorbeelden.Traject t = Voorbeelden.traject();
        byte[] eerste = t.met(BerichtType.JW317, "<Ontvanger>0193</Ontvanger>", "<Ontvanger>0150</Ontvanger>")
                .getBytes(StandardCharsets.UTF_8);
        String id = broker.stuur(eerste);
        assertThat(broker.ontvang("ijw.out.12345678", id, "JW319")).isNotNull();

        String vanDeventer = broker.stuur(t.bewerkt(BerichtType.JW319, xml -> xml.replace("<Afzender>0193</Afzender>",
                "<Afzender>0150</Afzender>")).getBytes(StandardCharsets.UTF_8));
        BrokerClient.Ontvangen retour = broker.ontvang("ijw.out.0150", vanDeventer, "JW320");
        assertThat(new String(retour.inhoud(), StandardCharsets.UTF_8)).contains("<RetourCode>9365</RetourCode>");
        assertThat(broker.tel("ijw.out.12345678", vanDeventer)).as("niet doorgestuurd").isZero();

        byte[] volgende = t.bewerkt(BerichtType.JW317, xml -> xml.replace("<Ontvanger>0193</Ontvanger>", "<Ontvanger>0150</Ontvanger>")
                .replace("VOW-2026-0001", "VOW-2026-0002")).getBytes(StandardCharsets.UTF_8);
        String tweede = broker.stuur(volgende);
        BrokerClient.Ontvangen tweedeRetour = broker.ontvang("ijw.out.12345678", tweede, "JW318");
        assertThat(new String(tweedeRetour.inhoud(), StandardCharsets.UTF_8)).as("not pending: no 9374")
                .contains("<RetourCodes><RetourCode>0200</RetourCode></RetourCodes></Header></Bericht>");
    }

    @Test
    void vowForZwolleIsForwardedWithoutAnswerOrSignal() {
        String id = broker.stuur(Voorbeelden.bytes(BerichtType.JW317));

        BrokerClient.Ontvangen doorgestuurd = broker.ontvang("ijw.out.0193", id, "JW317");
        assertThat(doorgestuurd).isNotNull();
        assertThat(doorgestuurd.eigenschap("ijw_signalen")).isEmpty();
        assertThat(broker.ontvang("ijw.out.12345678", id, "JW318")).isNotNull();
        assertThat(broker.tel("ijw.out.12345678", id)).as("geen JW319").isZero();
    }

    @Test
    void ambulantRequestToHardenbergIsForwardedWithTheSegmentSignal() {
        String id = broker.stuur(Voorbeelden.met(BerichtType.JW315, "<Ontvanger>0193</Ontvanger>", "<Ontvanger>0160</Ontvanger>"));

        BrokerClient.Ontvangen doorgestuurd = broker.ontvang("ijw.out.0160", id, "JW315");
        assertThat(doorgestuurd).isNotNull();
        assertThat(doorgestuurd.eigenschap("ijw_signalen")).isEqualTo("IJS-SEGMENT-HARDENBERG");
        BrokerClient.Ontvangen retour = broker.ontvang("ijw.out.12345678", id, "JW316");
        assertThat(retour.eigenschap("ijw_signalen")).isEmpty();
    }

    @Test
    void messageToAMunicipalityTheGatewayDoesNotServeIsRejectedWithARetour() {
        String id = broker.stuur(vowAan("0363"));

        BrokerClient.Ontvangen retour = broker.ontvang("ijw.out.12345678", id, "JW318");
        assertThat(retour).isNotNull();
        assertThat(new String(retour.inhoud(), StandardCharsets.UTF_8))
                .contains("<RetourCodes><RetourCode>0001</RetourCode></RetourCodes></Header></Bericht>");
        assertThat(broker.tel("ijw.out.0363", id)).isZero();
    }

    @Test
    void messageFromAnUnknownProviderIsDeadLetteredNeverForwarded() {
        String id = broker.stuur(Voorbeelden.tekst(BerichtType.JW305).replace("12345678", "87654321")
                .getBytes(StandardCharsets.UTF_8));

        BrokerClient.Ontvangen dood = broker.ontvang("ijw.dlq", id);
        assertThat(dood).isNotNull();
        assertThat(dood.eigenschap("ijw_dlq_reden")).isEqualTo("ONBEKENDE_AFZENDER");
        assertThat(broker.tel("ijw.out.0193", id)).isZero();
        assertThat(broker.tel("ijw.out.87654321", id)).isZero();
    }

    private static void assertSimilar(byte[] antwoord, String gemeente) {
        String verwacht = Voorbeelden.tekst("../antwoorden/JW319-vow-buiten-berichtenverkeer.xml")
                .replace("<Afzender>0150</Afzender>", "<Afzender>" + gemeente + "</Afzender>");
        Diff diff = DiffBuilder.compare(verwacht)
                .withTest(Voorbeelden.origineel(antwoord))
                .ignoreWhitespace()
                .ignoreComments()
                .checkForSimilar()
                .withNodeFilter(n -> !(n instanceof org.w3c.dom.Element e)
                        || !(e.getLocalName().equals("Identificatie") || e.getLocalName().equals("Dagtekening")))
                .build();
        assertThat(diff.hasDifferences()).as("%s", diff).isFalse();
    }
}
