package nl.ijw.gateway.referentie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.ijw.gateway.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Operators see which reference lists are in use and can have them read again. */
class ReferentielijstenControllerTest extends GatewayTest {

    @Autowired
    private TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theListsInUseAreShownWithTheirVersions() throws Exception {
        JsonNode lijsten = json.readTree(http.getForObject("/api/v1/referentielijsten", String.class));

        assertThat(lijsten.findValuesAsText("lijst")).containsExactly("gemeentecodes", "productcodes");
        assertThat(lijsten.get(0).get("versie").asText()).contains("2025-01-01");
        assertThat(lijsten.get(0).get("rijen").asInt()).isEqualTo(426);
        assertThat(lijsten.get(1).get("datum").asText()).isEqualTo("2025-02-01");
    }

    @Test
    void readingTheShippedListsAgainSucceeds() throws Exception {
        ResponseEntity<String> antwoord = http.postForEntity("/api/v1/referentielijsten/herladen", null, String.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(antwoord.getBody()).get("fouten")).isEmpty();
    }
}
