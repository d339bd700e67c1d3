package nl.ijw.gateway.regions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.ijw.gateway.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The operators' endpoints for the region folder. */
class RegioControllerTest extends GatewayTest {

    @Autowired
    private TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void overviewListsTheLoadedRegionsAndPolicies() throws Exception {
        JsonNode overzicht = json.readTree(http.getForObject("/api/v1/regios", String.class));

        assertThat(overzicht.get("regios").findValuesAsText("code")).contains("ijsselland", "midden-ijssel-oost-veluwe",
                "IJS-VOW-BUITEN-BERICHTENVERKEER");
    }

    @Test
    void aChangedFileIsCheckedWithLineAndFieldBeforeItIsLoaded() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        String bestand = "regio: { code: nieuw, naam: Nieuw }\ngemeenten:\n  - { code: \"01\", naam: Fout }\n";

        ResponseEntity<String> antwoord = http.postForEntity("/api/v1/regios/validatie?bestand=nieuw.yaml",
                new HttpEntity<>(bestand.getBytes(), headers), String.class);

        JsonNode body = json.readTree(antwoord.getBody());
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(body.get("geldig").asBoolean()).isFalse();
        assertThat(body.get("fouten").get(0).get("regel").asInt()).isEqualTo(3);
        assertThat(body.get("fouten").get(0).get("veld").asText()).isEqualTo("gemeenten[1].code");
    }

    @Test
    void reloadingTheShippedFolderSucceeds() {
        ResponseEntity<String> antwoord = http.postForEntity("/api/v1/regios/herladen", null, String.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.getBody()).contains("\"geladen\":true");
    }
}
