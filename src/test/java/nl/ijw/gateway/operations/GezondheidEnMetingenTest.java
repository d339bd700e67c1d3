package nl.ijw.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Health with its parts, Prometheus metrics of the traffic and the queues, the console's readings. */
class GezondheidEnMetingenTest extends GatewayTest {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private Wachtrijen wachtrijen;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void healthShowsBrokerDatabaseAndRoutesToOperators() throws Exception {
        JsonNode gezondheid = json.readTree(http.getForObject("/actuator/health", String.class));

        assertThat(gezondheid.get("status").asText()).isEqualTo("UP");
        assertThat(gezondheid.at("/components/broker/status").asText()).isEqualTo("UP");
        assertThat(gezondheid.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(gezondheid.at("/components/camelHealth/status").asText()).isEqualTo("UP");
        assertThat(json.readTree(http.getForObject("/actuator/health/readiness", String.class)).get("status").asText())
                .isEqualTo("UP");
    }

    @Test
    void metricsCountMessagesPerTypeAndOutcomeWithRetourcodesLatencyAndQueueDepths() throws Exception {
        String id = broker.stuur(Voorbeelden.bytes(BerichtType.JW305));
        assertThat(broker.ontvang("ijw.out.0193", id, "JW305")).isNotNull();
        // A BSN that fails the eleven-test (CS002): rejected with a retour.
        broker.stuur(Voorbeelden.met(BerichtType.JW305, "<Bsn>999993653</Bsn>", "<Bsn>999993654</Bsn>"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String metingen = http.getForObject("/actuator/prometheus", String.class);
            assertThat(metingen).containsPattern("ijw_berichten_total\\{[^}]*type=\"JW305\",uitkomst=\"GEACCEPTEERD\"[^}]*} [1-9]");
            assertThat(metingen).containsPattern("ijw_berichten_total\\{[^}]*type=\"JW305\",uitkomst=\"AFGEKEURD\"[^}]*} [1-9]");
            assertThat(metingen).containsPattern("ijw_retourcodes_total\\{[^}]*code=\"0200\"[^}]*} [1-9]");
            assertThat(metingen).contains("ijw_doorlooptijd_seconds_bucket");
            assertThat(metingen).containsPattern("ijw_doorlooptijd_seconds_count(\\{[^}]*})? [1-9]");
        });
        wachtrijen.ververs();
        String metingen = http.getForObject("/actuator/prometheus", String.class);
        assertThat(metingen).contains("ijw_dlq_diepte");
        assertThat(metingen).containsPattern("ijw_wachtrij_berichten\\{[^}]*wachtrij=\"ijw.out.12345678\"");
        JsonNode stand = json.readTree(http.getForObject("/api/v1/beheer/wachtrijen", String.class));
        assertThat(stand.get("fout").isNull()).isTrue();
        assertThat(stand.get("wachtrijen").findValuesAsText("naam")).contains("ijw.in", "ijw.dlq", "ijw.out.0193");
        JsonNode verkeer = json.readTree(http.getForObject("/api/v1/beheer/verkeer", String.class));
        assertThat(verkeer).hasSize(60);
        assertThat(verkeer.get(59).at("/aantallen/GEACCEPTEERD").asLong() + verkeer.get(58).at("/aantallen/GEACCEPTEERD").asLong())
                .isPositive();
    }
}
