package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Every message ends up in the journal with its outcome and the messages written for it. */
class JournaalFlowTest extends GatewayTest {

    @Autowired
    private TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode bericht(String id) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> http.getForEntity("/api/v1/berichten/" + id, String.class)
                .getStatusCode().is2xxSuccessful());
        return json.readTree(http.getForObject("/api/v1/berichten/" + id, String.class));
    }

    @Test
    void acceptedMessageIsJournaledWithItsRetourAndFoundByBsnAndAllocationNumber() throws Exception {
        Voorbeelden.Traject t = Voorbeelden.traject();
        String id = broker.stuur(t.met(BerichtType.JW301, "JW301-0001</ijw:Identificatie>", "JNL-0001</ijw:Identificatie>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        JsonNode antwoord = bericht(id);

        assertThat(antwoord.at("/bericht/status").asText()).isEqualTo("DOORGESTUURD");
        assertThat(antwoord.at("/bericht/berichttype").asText()).isEqualTo("JW301");
        assertThat(antwoord.at("/bericht/identificatie").asText()).isEqualTo("JNL-0001");
        assertThat(antwoord.at("/bericht/retourcodes/0").asText()).isEqualTo("0200");
        assertThat(antwoord.at("/keten/0/berichttype").asText()).isEqualTo("JW302");
        assertThat(antwoord.at("/keten/0/richting").asText()).isEqualTo("UIT");
        assertThat(antwoord.toString()).doesNotContain(t.bsn());
        JsonNode perBsn = json.readTree(http.getForObject("/api/v1/berichten?bsn=" + t.bsn() + "&identificatie=JNL-0001&type=JW301",
                String.class));
        assertThat(perBsn.at("/berichten/0/id").asText()).isEqualTo(id);
        // The retour the gateway wrote holds no BSN hash of its own: it is found through its heenbericht.
        JsonNode retourPerBsn = json.readTree(http.getForObject("/api/v1/berichten?bsn=" + t.bsn() + "&type=JW302", String.class));
        assertThat(retourPerBsn.at("/berichten/0/id").asText()).isEqualTo(antwoord.at("/keten/0/id").asText());
        assertThat(retourPerBsn.at("/berichten/1").isMissingNode()).isTrue();
        assertThat(java.util.UUID.fromString(id).version()).isEqualTo(7);
        JsonNode perToewijzing = json.readTree(http.getForObject(
                "/api/v1/berichten?toewijzingNummer=" + t.waarde("100002") + "&type=JW301&identificatie=JNL-0001", String.class));
        assertThat(perToewijzing.at("/berichten/0/id").asText()).isEqualTo(id);
    }

    @Test
    void messageSentTwiceIsAnsweredWith9056AndNotForwardedAgain() throws Exception {
        byte[] heen = Voorbeelden.bytes(BerichtType.JW307);
        String eerste = broker.stuur(heen);
        assertThat(broker.ontvang("ijw.out.0193", eerste, "JW307")).isNotNull();

        String tweede = broker.stuur(heen);

        var retour = broker.ontvang("ijw.out.12345678", tweede, "JW308");
        assertThat(retour).isNotNull();
        assertThat(new String(retour.inhoud(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<RetourCodes><RetourCode>9056</RetourCode></RetourCodes></Header></Bericht>");
        assertThat(broker.tel("ijw.out.0193", tweede)).isZero();
        assertThat(bericht(tweede).at("/bericht/retourcodes/0").asText()).isEqualTo("9056");
    }

    /** TR019 reads the allocations of the JW301s the gateway forwarded (same client, same provider). */
    @Test
    void startOfAnAllocationTheGatewayForwardedPassesAndOfAnUnknownNumberIsRejectedWith9019() throws Exception {
        Voorbeelden.Traject t = Voorbeelden.traject();
        String toewijzing = broker.stuur(t.tekst(BerichtType.JW301).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(broker.ontvang("ijw.out.12345678", toewijzing, "JW301")).isNotNull();
        bericht(toewijzing);

        String goed = broker.stuur(t.tekst(BerichtType.JW305).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String fout = broker.stuur(t.tekst(BerichtType.JW305).replace(">" + t.waarde("100001") + "<", ">100009<")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(broker.ontvang("ijw.out.0193", goed, "JW305")).isNotNull();
        var retour = broker.ontvang("ijw.out.12345678", fout, "JW306");
        assertThat(new String(retour.inhoud(), java.nio.charset.StandardCharsets.UTF_8)).contains("<RetourCode>9019</RetourCode>");
        assertThat(broker.tel("ijw.out.0193", fout)).isZero();
    }

    /** VOT → allocation → start → stop of one client: each message shows the whole trajectory. */
    @Test
    void trajectoryLinksRequestAllocationStartAndStopOfOneClient() throws Exception {
        Voorbeelden.Traject t = Voorbeelden.traject();
        List<String> ids = new java.util.ArrayList<>();
        for (BerichtType type : List.of(BerichtType.JW315, BerichtType.JW301, BerichtType.JW305, BerichtType.JW307)) {
            ids.add(broker.stuur(t.tekst(type).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(bericht(ids.get(ids.size() - 1)).at("/bericht/status").asText()).as("%s", type).isEqualTo("DOORGESTUURD");
        }
        String anderClient = broker.stuur(Voorbeelden.tekst(BerichtType.JW305).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bericht(anderClient);

        JsonNode traject = bericht(ids.get(3)).get("traject");

        List<String> inTraject = new java.util.ArrayList<>();
        traject.forEach(b -> inTraject.add(b.get("berichttype").asText() + (b.get("richting").asText().equals("UIT") ? "-retour" : "")));
        assertThat(inTraject).containsExactly("JW315", "JW316-retour", "JW301", "JW302-retour", "JW305", "JW306-retour", "JW307",
                "JW308-retour");
        List<String> trajectIds = new java.util.ArrayList<>();
        traject.forEach(b -> trajectIds.add(b.get("id").asText()));
        assertThat(trajectIds).containsAll(ids).doesNotContain(anderClient);
    }

    @Test
    void deadLetterIsJournaledWithItsReason() throws Exception {
        String id = broker.stuur("geen xml".getBytes());

        JsonNode antwoord = bericht(id);

        assertThat(antwoord.at("/bericht/status").asText()).isEqualTo("DEAD_LETTER");
        assertThat(antwoord.at("/bericht/dlqReden").asText()).isEqualTo("NIET_WELGEVORMD");
        assertThat(antwoord.at("/bericht/berichttype").isNull()).isTrue();
    }

    @Test
    void unknownTrackingIdIsNotFound() {
        assertThat(http.getForEntity("/api/v1/berichten/bestaat-niet", String.class).getStatusCode().value()).isEqualTo(404);
    }
}
