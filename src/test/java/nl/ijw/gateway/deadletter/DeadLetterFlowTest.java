package nl.ijw.gateway.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jms.core.JmsTemplate;

/** Operators find dead letters, see why they are there, and re-drive or remove them, over the real broker. */
class DeadLetterFlowTest extends GatewayTest {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private JmsTemplate jmsTemplate;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode get(String pad) throws Exception {
        ResponseEntity<String> antwoord = http.getForEntity(pad, String.class);
        assertThat(antwoord.getStatusCode()).as(pad).isEqualTo(HttpStatus.OK);
        return json.readTree(antwoord.getBody());
    }

    private ResponseEntity<String> post(String pad, Object lichaam) throws Exception {
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(pad, HttpMethod.POST, new HttpEntity<>(lichaam == null ? null : json.writeValueAsString(lichaam), kop),
                String.class);
    }

    /** The dead letter of one tracking id, once the gateway has put it on the queue. */
    private JsonNode dodeLetter(String filter, String berichtId) throws Exception {
        return await().atMost(Duration.ofSeconds(20)).until(() -> vind(filter, berichtId), Objects::nonNull);
    }

    private JsonNode vind(String filter, String berichtId) throws Exception {
        for (JsonNode d : get("/api/v1/dlq?grootte=200&" + filter).get("dodeLetters")) {
            if (d.get("berichtId").asText().equals(berichtId)) {
                return d;
            }
        }
        return null;
    }

    private String alsVerwerkingsfout(byte[] inhoud, String berichtId) {
        return broker.alsVerwerkingsfout(inhoud, berichtId, Map.of());
    }

    private String alsVerwerkingsfout(byte[] inhoud, String berichtId, Map<String, String> meer) {
        return broker.alsVerwerkingsfout(inhoud, berichtId, meer);
    }

    @Test
    void anUnreadableMessageIsListedWithItsReasonFindingsAndPayloadAndCanBeRemoved() throws Exception {
        byte[] kapot = "<Bericht><Header>".getBytes(StandardCharsets.UTF_8);
        String id = broker.stuur(kapot);

        JsonNode lijst = dodeLetter("reden=NIET_WELGEVORMD", id);
        assertThat(lijst.get("herkomst").asText()).isEqualTo("ijw.in");
        assertThat(vind("reden=TE_GROOT", id)).as("een ander filter").isNull();
        JsonNode details = get("/api/v1/dlq/" + lijst.get("id").asText());
        assertThat(details.at("/dodeLetter/melding").asText()).isNotBlank();
        assertThat(details.at("/inhoud").asText()).isEqualTo("<Bericht><Header>");
        assertThat(details.at("/validatie/geldig").asBoolean()).isFalse();
        assertThat(details.at("/validatie/bevindingen/0/regel").asText()).isEqualTo("XML");
        assertThat(details.at("/journaal/status").asText()).isEqualTo("DEAD_LETTER");

        ResponseEntity<Void> weg = http.exchange("/api/v1/dlq/" + lijst.get("id").asText(), HttpMethod.DELETE, null, Void.class);

        assertThat(weg.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.getForEntity("/api/v1/dlq/" + lijst.get("id").asText(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.exchange("/api/v1/dlq/" + lijst.get("id").asText(), HttpMethod.DELETE, null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/berichten/" + id).at("/bericht/status").asText()).isEqualTo(DodeLetters.VERWIJDERD);
    }

    @Test
    void aReDrivenDeadLetterIsProcessedAsANewMessageLinkedToTheOldOne() throws Exception {
        byte[] stop = Voorbeelden.bytes(BerichtType.JW307);
        String oud = alsVerwerkingsfout(stop, UUID.randomUUID().toString());
        JsonNode d = dodeLetter("reden=VERWERKINGSFOUT", oud);

        JsonNode gedaan = json.readTree(post("/api/v1/dlq/" + d.get("id").asText() + "/opnieuw", null).getBody());

        assertThat(gedaan.get("soort").asText()).isEqualTo("OPNIEUW_AANGEBODEN");
        String nieuw = gedaan.get("nieuwBerichtId").asText();
        var doorgestuurd = broker.ontvang("ijw.out.0193", nieuw, "JW307");
        assertThat(doorgestuurd).isNotNull();
        assertThat(doorgestuurd.inhoud()).isEqualTo(stop);
        assertThat(broker.ontvang("ijw.out.12345678", nieuw, "JW308")).isNotNull();
        assertThat(vind("", oud)).as("weg uit de dead-letter queue").isNull();
        JsonNode journaal = get("/api/v1/berichten/" + nieuw);
        assertThat(journaal.at("/bericht/sleutels/OpnieuwVan/0").asText()).isEqualTo(oud);
        // A second re-drive of the same dead letter finds nothing to do.
        assertThat(post("/api/v1/dlq/" + d.get("id").asText() + "/opnieuw", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void reDrivingAMessageWhoseOutcomeWasJournaledDeliversNothingTwice() throws Exception {
        byte[] stop = Voorbeelden.bytes(BerichtType.JW307);
        String id = broker.stuur(stop);
        assertThat(broker.ontvang("ijw.out.0193", id, "JW307")).isNotNull();
        assertThat(broker.ontvang("ijw.out.12345678", id, "JW308")).isNotNull();
        // It failed after its outcome was committed (say, the JMS commit), and ended in the dead-letter queue.
        JsonNode d = dodeLetter("reden=VERWERKINGSFOUT", alsVerwerkingsfout(stop, id));

        JsonNode gedaan = json.readTree(post("/api/v1/dlq/" + d.get("id").asText() + "/opnieuw", null).getBody());

        assertThat(gedaan.get("soort").asText()).isEqualTo("OPNIEUW_VERSTUURD");
        assertThat(gedaan.get("alAfgeleverd").asInt()).as("the forwarded message and its retour").isEqualTo(2);
        // Sent again under the original duplicate ids: the broker drops what had arrived.
        // Give a copy that was not dropped a moment to arrive.
        Thread.sleep(1_000);
        assertThat(broker.tel("ijw.out.0193", id)).isZero();
        assertThat(broker.tel("ijw.out.12345678", id)).isZero();
        JsonNode statussen = get("/api/v1/berichten/" + id).at("/bericht/statussen");
        assertThat(statussen.get(statussen.size() - 1).get("status").asText()).isEqualTo(DodeLetters.OPNIEUW_VERSTUURD);
        assertThat(statussen.get(statussen.size() - 1).get("toelichting").asText()).startsWith("door ");
    }

    @Test
    void aBulkReDriveRunsOnlyWhatItsPreviewCountedAndOnlyOnce() throws Exception {
        // A sender no other test uses: the broker and its dead-letter queue are shared by the whole suite.
        String afzender = "7" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String reden = "VERWERKINGSFOUT";
        for (int i = 0; i < 3; i++) {
            alsVerwerkingsfout(Voorbeelden.bytes(BerichtType.JW307), UUID.randomUUID().toString(), Map.of("ijw_afzender", afzender));
        }
        JsonNode voorbeeld = json.readTree(post("/api/v1/dlq/opnieuw", Map.of("reden", reden, "afzender", afzender)).getBody());
        assertThat(voorbeeld.get("aantal").asInt()).isEqualTo(3);
        String laat = UUID.randomUUID().toString();
        alsVerwerkingsfout(Voorbeelden.bytes(BerichtType.JW307), laat, Map.of("ijw_afzender", afzender));

        ResponseEntity<String> eerste = post("/api/v1/dlq/opnieuw", Map.of("token", voorbeeld.get("token").asText()));
        ResponseEntity<String> tweede = post("/api/v1/dlq/opnieuw", Map.of("token", voorbeeld.get("token").asText()));

        assertThat(eerste.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(eerste.getBody()).get("aangeboden")).hasSize(3);
        assertThat(tweede.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(tweede.getBody()).get("eerderUitgevoerd").asBoolean()).isTrue();
        JsonNode over = get("/api/v1/dlq?afzender=" + afzender);
        assertThat(over.get("totaal").asInt()).as("the letter that came after the preview").isEqualTo(1);
        assertThat(over.at("/dodeLetters/0/berichtId").asText()).isEqualTo(laat);
        assertThat(post("/api/v1/dlq/opnieuw", Map.of("token", UUID.randomUUID().toString())).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aMessageTheBrokerMovedFromAnOutboxShowsWhyAndGoesBackToThatOutbox() throws Exception {
        String outbox = "ijw.out.99990001";
        String berichtId = UUID.randomUUID().toString();
        JmsTemplate jms = new JmsTemplate(jmsTemplate.getConnectionFactory());
        jms.setSessionTransacted(true);
        jms.send(outbox, session -> {
            BytesMessage m = session.createBytesMessage();
            m.writeBytes("<Bericht/>".getBytes(StandardCharsets.UTF_8));
            m.setStringProperty("ijw_bericht_id", berichtId);
            m.setStringProperty("ijw_berichttype", "JW301");
            return m;
        });
        // A back office that takes the message and rolls back, until the broker gives up on it (10 attempts).
        jms.execute(session -> {
            try (MessageConsumer consumer = session.createConsumer(session.createQueue(outbox))) {
                for (int poging = 0; poging < 10; poging++) {
                    if (consumer.receive(5_000) == null) {
                        break;
                    }
                    session.rollback();
                }
            }
            return null;
        }, true);

        JsonNode d = dodeLetter("reden=MAX_AFLEVERPOGINGEN", berichtId);
        assertThat(d.get("herkomst").asText()).isEqualTo(outbox);
        JsonNode gedaan = json.readTree(post("/api/v1/dlq/" + d.get("id").asText() + "/opnieuw", null).getBody());

        assertThat(gedaan.get("soort").asText()).isEqualTo("TERUG_NAAR_OUTBOX");
        assertThat(broker.ontvang(outbox, berichtId)).isNotNull();
    }

    @Test
    void aMessageWhoseTimeToLiveRanOutIsDeadLetteredAsExpired() throws Exception {
        String outbox = "ijw.out.99990002";
        String berichtId = UUID.randomUUID().toString();
        JmsTemplate jms = new JmsTemplate(jmsTemplate.getConnectionFactory());
        jms.execute(session -> {
            try (MessageProducer producer = session.createProducer(session.createQueue(outbox))) {
                Message m = session.createBytesMessage();
                m.setStringProperty("ijw_bericht_id", berichtId);
                producer.send(m, jakarta.jms.DeliveryMode.PERSISTENT, 4, 50);
            }
            return null;
        });
        Thread.sleep(200);
        // A consumer that comes too late makes the broker expire it at once.
        jms.setReceiveTimeout(500);
        assertThat(jms.receive(outbox)).isNull();

        assertThat(dodeLetter("reden=VERLOPEN", berichtId).get("herkomst").asText()).isEqualTo(outbox);
    }

    @Test
    void anIdThatIsNoDeadLetterIsNotFound() {
        assertThat(http.getForEntity("/api/v1/dlq/" + UUID.randomUUID(), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/v1/dlq/' OR 1=1", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theListingShowsEveryDeadLetterAlsoWhenTheyAreMoreThanABrowserIsSentAtOnce() throws Exception {
        // Far more bytes than the consumers' flow-control window (8 KB): a browser gets the queue in
        // several instalments, and the listing must not end after the first.
        String afzender = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        byte[] inhoud = Voorbeelden.bytes(BerichtType.JW301);
        int aantal = 40;
        for (int i = 0; i < aantal; i++) {
            alsVerwerkingsfout(inhoud, UUID.randomUUID().toString(), Map.of("ijw_afzender", afzender));
        }

        for (int keer = 0; keer < 10; keer++) {
            assertThat(get("/api/v1/dlq?grootte=200&afzender=" + afzender).get("totaal").asInt()).as("listing %d", keer)
                    .isEqualTo(aantal);
        }
    }
}
