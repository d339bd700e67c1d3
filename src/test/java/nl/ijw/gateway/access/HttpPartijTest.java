package nl.ijw.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.journal.JournaalStap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A party's software over HTTP, signed in as on the broker (development users: its code and
 * "ontwikkeling"): it submits in its own name only and tracks only its own messages.
 */
class HttpPartijTest extends GatewayTest {

    private static final String AANBIEDER = "12345678";
    private static final String DEVENTER = "0150";

    @Autowired
    private TestRestTemplate http;

    @org.springframework.boot.test.web.server.LocalServerPort
    private int poort;

    private final ObjectMapper json = new ObjectMapper();

    private ResponseEntity<String> dien(TestRestTemplate als, String xml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return als.postForEntity("/api/v1/berichten", new HttpEntity<>(xml.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    private TestRestTemplate als(String partij) {
        return http.withBasicAuth(partij, BrokerGebruikers.ONTWIKKELWACHTWOORD);
    }

    private String id(ResponseEntity<String> antwoord) throws Exception {
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return json.readTree(antwoord.getBody()).get("id").asText();
    }

    private JsonNode gevolgd(String id) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> http.getForEntity("/api/v1/berichten/" + id, String.class)
                .getStatusCode().is2xxSuccessful());
        return json.readTree(http.getForObject("/api/v1/berichten/" + id, String.class));
    }

    @Test
    void submittingNeedsAPartyOrAnActingOperator() throws Exception {
        String xml = Voorbeelden.traject().tekst(BerichtType.JW315);
        java.net.http.HttpResponse<String> zonder = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + poort + "/api/v1/berichten"))
                        .header("Content-Type", "application/xml")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(xml)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(zonder.statusCode()).as("without signing in").isEqualTo(401);
        assertThat(dien(http.withBasicAuth(AANBIEDER, "fout"), xml).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(dien(http.withBasicAuth(LEZER, WACHTWOORD), xml).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(als(AANBIEDER).getForEntity("/api/v1/dlq", String.class).getStatusCode()).as("operators' API")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPartySubmitsInItsOwnNameAndTracksItsOwnMessages() throws Exception {
        String id = id(dien(als(AANBIEDER), Voorbeelden.traject().tekst(BerichtType.JW315)));

        assertThat(broker.ontvang("ijw.out.0193", id, "JW315")).as("forwarded").isNotNull();
        JsonNode eigen = json.readTree(als(AANBIEDER).getForObject("/api/v1/berichten/" + id, String.class));
        assertThat(eigen.at("/bericht/kanaal").asText()).isEqualTo("http");
        assertThat(als(DEVENTER).getForEntity("/api/v1/berichten/" + id, String.class).getStatusCode())
                .as("not Deventer's message").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(als(DEVENTER).getForEntity("/api/v1/berichten?type=JW315", String.class).getStatusCode())
                .as("a search names its own party").isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode gezocht = json.readTree(als(AANBIEDER).getForObject("/api/v1/berichten?afzender=" + AANBIEDER + "&grootte=200",
                String.class));
        assertThat(gezocht.get("berichten").findValuesAsText("id")).contains(id);
        assertThat(gezocht.get("berichten").findValuesAsText("afzender")).allMatch(a -> a.equals(AANBIEDER));
    }

    @Test
    void aSubmissionInAnotherPartysNameIsRefused() throws Exception {
        String id = id(dien(als(AANBIEDER), Voorbeelden.traject().tekst(BerichtType.JW301)));

        JsonNode journaal = gevolgd(id);
        assertThat(journaal.at("/bericht/status").asText()).isEqualTo(JournaalStap.AFZENDER_GEWEIGERD);
        assertThat(broker.ontvang("ijw.out." + AANBIEDER, id, "JW302")).as("the retour, to the real sender").isNotNull();
        assertThat(broker.tel("ijw.out." + AANBIEDER, id)).as("never forwarded").isZero();
    }

    @Test
    void aPartyMayUseTheDryRun() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        ResponseEntity<String> antwoord = als(DEVENTER).exchange("/api/v1/validatie", HttpMethod.POST,
                new HttpEntity<>(Voorbeelden.bytes(BerichtType.JW301), headers), String.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.getBody()).contains("\"geldig\":true");
    }
}
