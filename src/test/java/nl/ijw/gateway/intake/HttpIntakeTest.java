package nl.ijw.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.ijw.gateway.BrokerClient;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/v1/berichten takes the same path as ijw.in; POST /api/v1/validatie is a dry run. */
class HttpIntakeTest extends GatewayTest {

    @Autowired
    private TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    private ResponseEntity<String> post(String pad, byte[] inhoud, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.postForEntity(pad, new HttpEntity<>(inhoud, headers), String.class);
    }

    @Test
    void submittedMessageIsAcceptedAndDeliveredWithTheReturnedTrackingId() throws Exception {
        byte[] heen = Voorbeelden.bytes(BerichtType.JW317);

        ResponseEntity<String> antwoord = post("/api/v1/berichten", heen, MediaType.APPLICATION_XML);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode body = json.readTree(antwoord.getBody());
        assertThat(body.get("status").asText()).isEqualTo("ontvangen");
        String id = body.get("id").asText();
        BrokerClient.Ontvangen doorgestuurd = broker.ontvang("ijw.out.0193", id, "JW317");
        assertThat(doorgestuurd).isNotNull();
        assertThat(doorgestuurd.inhoud()).isEqualTo(heen);
        assertThat(broker.ontvang("ijw.out.12345678", id, "JW318")).isNotNull();
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    private int poort;

    @Test
    void bodyOver25MbIsRefusedWith413() {
        ResponseEntity<String> antwoord = post("/api/v1/berichten", new byte[25 * 1024 * 1024 + 1], MediaType.TEXT_XML);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    /**
     * A 200 MB submission is refused on its Content-Length: the answer comes after 1 MB of it was
     * sent, so the gateway read no more than that (and never holds it in memory).
     */
    @Test
    void a200MbBodyIsRefusedBeforeItIsRead() throws Exception {
        try (java.net.Socket verbinding = new java.net.Socket("127.0.0.1", poort)) {
            verbinding.setSoTimeout(20_000);
            String aanmelding = java.util.Base64.getEncoder().encodeToString(("12345678:"
                    + nl.ijw.gateway.access.BrokerGebruikers.ONTWIKKELWACHTWOORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var uit = verbinding.getOutputStream();
            uit.write(("POST /api/v1/berichten HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\n"
                    + "Authorization: Basic " + aanmelding + "\r\nContent-Length: " + (200L * 1024 * 1024) + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            uit.write(new byte[1024 * 1024]);
            uit.flush();

            String statusregel = new java.io.BufferedReader(new java.io.InputStreamReader(verbinding.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertThat(statusregel).isEqualTo("HTTP/1.1 413 ");
        }
    }

    @Test
    void bodyWithoutXmlContentTypeIsRefusedWith415() {
        ResponseEntity<String> antwoord = post("/api/v1/berichten", Voorbeelden.bytes(BerichtType.JW305),
                MediaType.APPLICATION_FORM_URLENCODED);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void validationReportsEveryFindingInTheContractShape() throws Exception {
        byte[] bericht = Voorbeelden.traject().bewerkt(BerichtType.JW301, xml -> xml
                .replaceFirst("999993653", "999993654")
                .replaceFirst("<Einddatum>2027-04-30</Einddatum>", "<Einddatum>2026-10-01</Einddatum>"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ResponseEntity<String> antwoord = post("/api/v1/validatie", bericht, MediaType.APPLICATION_XML);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(antwoord.getBody())).isEqualTo(json.readTree("""
                {"berichtType": "JW301", "geldig": false, "bevindingen": [
                  {"regel": "CS002", "retourcode": "0001", "locatie": "/Bericht/Client/Bsn",
                   "melding": "Bsn voldoet niet aan de 11-proef."},
                  {"regel": "CS003", "retourcode": "0001",
                   "locatie": "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum",
                   "melding": "Einddatum 2026-10-01 ligt vóór Ingangsdatum 2026-11-01."}]}
                """));
    }

    @Test
    void validationOfUnreadableInputNamesXmlAndNoType() throws Exception {
        ResponseEntity<String> antwoord = post("/api/v1/validatie", "<Bericht>".getBytes(), MediaType.APPLICATION_XML);

        JsonNode body = json.readTree(antwoord.getBody());
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body.get("berichtType").isNull()).isTrue();
        assertThat(body.get("geldig").asBoolean()).isFalse();
        assertThat(body.get("bevindingen").get(0).get("regel").asText()).isEqualTo("XML");
    }

    @Test
    void validationSendsNothing() throws Exception {
        ResponseEntity<String> antwoord = post("/api/v1/validatie", Voorbeelden.bytes(BerichtType.JW319),
                MediaType.APPLICATION_XML);

        assertThat(json.readTree(antwoord.getBody())).isEqualTo(json.readTree(
                "{\"berichtType\": \"JW319\", \"geldig\": true, \"bevindingen\": []}"));
    }
}
