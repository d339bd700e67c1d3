package nl.ijw.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Operators sign in; what they may do follows their role; parties still submit without an operator account. */
class BeveiligingTest extends GatewayTest {

    @LocalServerPort
    private int poort;

    private final HttpClient anoniem = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpRequest.Builder verzoek(String pad) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + pad));
    }

    private static String basic(String naam, String wachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString((naam + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> stuur(HttpClient client, HttpRequest verzoek) throws Exception {
        return client.send(verzoek, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutSigningInOperatorDataIsRefusedWithoutABrowserPrompt() throws Exception {
        for (String pad : new String[] {"/api/v1/dlq", "/api/v1/berichten?type=JW301", "/api/v1/regios", "/actuator/prometheus"}) {
            HttpResponse<String> antwoord = stuur(anoniem, verzoek(pad).build());
            assertThat(antwoord.statusCode()).as(pad).isEqualTo(401);
            assertThat(antwoord.headers().firstValue("WWW-Authenticate")).as(pad).isEmpty();
        }
        assertThat(stuur(anoniem, verzoek("/api/v1/dlq").header("Authorization", basic(BEHEERDER, "fout")).build())
                .statusCode()).isEqualTo(401);
        HttpResponse<String> console = stuur(anoniem, verzoek("/beheer/").build());
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location").orElseThrow()).endsWith("/beheer/inloggen.html");
    }

    @Test
    void healthStaysOpenAndMessageSubmissionNeedsAParty() throws Exception {
        assertThat(stuur(anoniem, verzoek("/actuator/health").build()).statusCode()).isEqualTo(200);
        HttpRequest.Builder indienen = verzoek("/api/v1/berichten").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Voorbeelden.bytes(BerichtType.JW305)));
        assertThat(stuur(anoniem, indienen.build()).statusCode()).isEqualTo(401);
        HttpResponse<String> ingediend = stuur(anoniem, indienen.header("Authorization",
                basic("12345678", nl.ijw.gateway.access.BrokerGebruikers.ONTWIKKELWACHTWOORD)).build());
        assertThat(ingediend.statusCode()).isEqualTo(202);
    }

    @Test
    void aReaderLooksButDoesNotActAndDoesNotSeePayloads() throws Exception {
        String lezer = basic(LEZER, WACHTWOORD);
        broker.stuur("<kapot".getBytes(StandardCharsets.UTF_8));
        assertThat(stuur(anoniem, verzoek("/api/v1/dlq").header("Authorization", lezer).build()).statusCode()).isEqualTo(200);
        assertThat(stuur(anoniem, verzoek("/actuator/prometheus").header("Authorization", lezer).build()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> bulk = stuur(anoniem, verzoek("/api/v1/dlq/opnieuw").header("Authorization", lezer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(bulk.statusCode()).isEqualTo(403);
        assertThat(stuur(anoniem, verzoek("/api/v1/regios/herladen").header("Authorization", lezer)
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(403);

        org.awaitility.Awaitility.await().until(() -> json.readTree(stuur(anoniem, verzoek("/api/v1/dlq?reden=NIET_WELGEVORMD")
                .header("Authorization", lezer).build()).body()).get("totaal").asInt() > 0);
        String id = json.readTree(stuur(anoniem, verzoek("/api/v1/dlq?reden=NIET_WELGEVORMD").header("Authorization", lezer)
                .build()).body()).at("/dodeLetters/0/id").asText();
        JsonNode alsLezer = json.readTree(stuur(anoniem, verzoek("/api/v1/dlq/" + id).header("Authorization", lezer).build()).body());
        JsonNode alsBeheerder = json.readTree(stuur(anoniem, verzoek("/api/v1/dlq/" + id)
                .header("Authorization", basic(BEHEERDER, WACHTWOORD)).build()).body());
        assertThat(alsLezer.has("dodeLetter")).isTrue();
        assertThat(alsLezer.has("inhoud")).isFalse();
        assertThat(alsBeheerder.has("inhoud")).isTrue();
    }

    @Test
    void theConsoleSignsInWithAFormAndItsChangesNeedTheSessionsCsrfToken() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        JsonNode csrf = json.readTree(stuur(browser, verzoek("/api/v1/beheer/csrf").build()).body());
        String formulier = "username=" + BEHEERDER + "&password=" + URLEncoder.encode(WACHTWOORD, StandardCharsets.UTF_8)
                + "&" + csrf.get("parameter").asText() + "=" + csrf.get("token").asText();

        HttpResponse<String> ingelogd = stuur(browser, verzoek("/beheer/inloggen")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(formulier)).build());

        assertThat(ingelogd.statusCode()).isEqualTo(302);
        assertThat(ingelogd.headers().firstValue("Location").orElseThrow()).endsWith("/beheer/");
        JsonNode ik = json.readTree(stuur(browser, verzoek("/api/v1/beheer/ik").build()).body());
        assertThat(ik.get("naam").asText()).isEqualTo(BEHEERDER);
        assertThat(ik.get("rollen").toString()).contains("BEHEERDER");
        HttpRequest.Builder bulk = verzoek("/api/v1/dlq/opnieuw").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reden\":\"LEEG\"}"));
        // Signed in by the session alone, a change without the token is refused (another site could send it).
        assertThat(stuur(browser, bulk.build()).statusCode()).isEqualTo(403);
        assertThat(stuur(browser, bulk.header(ik.at("/csrf/header").asText(), ik.at("/csrf/token").asText()).build())
                .statusCode()).isEqualTo(200);
    }
}
