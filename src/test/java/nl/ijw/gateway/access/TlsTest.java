package nl.ijw.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.ijw.gateway.TestMap;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * TLS on HTTP and on the broker's acceptor, configured as the README's worked example does it: a key
 * store made with keytool (here for 127.0.0.1, valid two days), Spring Boot's server.ssl.* for HTTPS
 * and ijw.broker.tls.* for the broker. Plain connections are refused on both. A party may also sign
 * in on the broker with a client certificate the broker trusts, named in its broker user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TlsTest {

    private static final String WACHTWOORD = "alleen-voor-tests";
    private static final Path MAP;
    private static final Path SLEUTELS;
    private static final Path VERTROUWD;
    private static final int BROKER_POORT;
    private static final String ZWOLLE_CERTIFICAAT = "CN=zwolle-backoffice-test, O=Testgemeente, C=NL";
    private static final Path PARTIJ_SLEUTELS;
    private static final Path PARTIJEN_VERTROUWD;

    static {
        try {
            MAP = TestMap.totDeContextenSluiten("ijw-tls-test");
            SLEUTELS = MAP.resolve("gateway.p12");
            VERTROUWD = MAP.resolve("vertrouwd.p12");
            PARTIJ_SLEUTELS = MAP.resolve("zwolle.p12");
            PARTIJEN_VERTROUWD = MAP.resolve("partijen.p12");
            Path certificaat = MAP.resolve("gateway.crt");
            keytool("-genkeypair", "-alias", "gateway", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
                    "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", SLEUTELS.toString(), "-storepass", WACHTWOORD, "-keypass", WACHTWOORD);
            keytool("-exportcert", "-alias", "gateway", "-keystore", SLEUTELS.toString(), "-storepass", WACHTWOORD,
                    "-file", certificaat.toString());
            keytool("-importcert", "-noprompt", "-alias", "gateway", "-file", certificaat.toString(), "-storetype", "PKCS12",
                    "-keystore", VERTROUWD.toString(), "-storepass", WACHTWOORD);
            // A party's client certificate, and the store of certificates the broker trusts for sign-in.
            Path partijCertificaat = MAP.resolve("zwolle.crt");
            keytool("-genkeypair", "-alias", "zwolle", "-keyalg", "RSA", "-keysize", "2048", "-dname", ZWOLLE_CERTIFICAAT,
                    "-validity", "2", "-storetype", "PKCS12", "-keystore", PARTIJ_SLEUTELS.toString(), "-storepass", WACHTWOORD,
                    "-keypass", WACHTWOORD);
            keytool("-exportcert", "-alias", "zwolle", "-keystore", PARTIJ_SLEUTELS.toString(), "-storepass", WACHTWOORD,
                    "-file", partijCertificaat.toString());
            keytool("-importcert", "-noprompt", "-alias", "zwolle", "-file", partijCertificaat.toString(), "-storetype", "PKCS12",
                    "-keystore", PARTIJEN_VERTROUWD.toString(), "-storepass", WACHTWOORD);
            try (ServerSocket socket = new ServerSocket(0)) {
                BROKER_POORT = socket.getLocalPort();
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void keytool(String... argumenten) throws IOException, InterruptedException {
        List<String> opdracht = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        opdracht.addAll(List.of(argumenten));
        Process p = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
        String uitvoer = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("keytool " + argumenten[0] + " mislukt: " + uitvoer);
        }
    }

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) {
        registry.add("ijw.data-dir", () -> MAP.resolve("data").toString());
        registry.add("ijw.broker.port", () -> BROKER_POORT);
        registry.add("ijw.broker.tls.key-store", SLEUTELS::toString);
        registry.add("ijw.broker.tls.key-store-wachtwoord", () -> WACHTWOORD);
        registry.add("ijw.broker.tls.trust-store", PARTIJEN_VERTROUWD::toString);
        registry.add("ijw.broker.tls.trust-store-wachtwoord", () -> WACHTWOORD);
        // Spelled differently from the certificate on purpose: compared as names, not as text.
        registry.add("ijw.broker.gebruikers[0].naam", () -> "zwolle-certificaat");
        registry.add("ijw.broker.gebruikers[0].certificaat", () -> "cn=zwolle-backoffice-test,o=Testgemeente,c=NL");
        registry.add("ijw.broker.gebruikers[0].partijen", () -> ZWOLLE);
        registry.add("ijw.broker.gebruikers[1].naam", () -> AANBIEDER);
        registry.add("ijw.broker.gebruikers[1].wachtwoord", () -> "{noop}" + WACHTWOORD);
        registry.add("ijw.broker.gebruikers[1].partijen", () -> AANBIEDER);
        registry.add("server.ssl.key-store", SLEUTELS::toString);
        registry.add("server.ssl.key-store-password", () -> WACHTWOORD);
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
    }

    private static final String ZWOLLE = "0193";
    private static final String AANBIEDER = "12345678";

    @LocalServerPort
    private int httpPoort;

    private static SSLContext vertrouwt() throws Exception {
        KeyStore vertrouwd = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(VERTROUWD)) {
            vertrouwd.load(in, WACHTWOORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(vertrouwd);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    @Test
    void httpIsServedOverTlsOnly() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(vertrouwt()).build();
        HttpResponse<String> gezond = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + httpPoort
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(gezond.statusCode()).isEqualTo(200);

        // Tomcat answers plain HTTP on a TLS port with 400 and nothing else.
        HttpResponse<String> onversleuteld = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + httpPoort + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onversleuteld.statusCode()).as("plain HTTP").isEqualTo(400);
        assertThat(onversleuteld.body()).doesNotContain("UP");
    }

    @Test
    void aUserWhoSignsInByCertificateHasNoPasswordForHttp() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(vertrouwt()).build();
        for (String wachtwoord : List.of("", "null", WACHTWOORD)) {
            String basic = java.util.Base64.getEncoder().encodeToString(("zwolle-certificaat:" + wachtwoord).getBytes());
            HttpResponse<String> antwoord = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + httpPoort
                    + "/api/v1/berichten?afzender=" + ZWOLLE)).header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).as("password '%s'", wachtwoord).isEqualTo(401);
        }
    }

    private static final String TLS = "tcp://127.0.0.1:" + BROKER_POORT + "?sslEnabled=true&trustStoreType=PKCS12&trustStorePath="
            + VERTROUWD + "&trustStorePassword=" + WACHTWOORD;
    /** As the party's software connects with its certificate. */
    private static final String MET_CERTIFICAAT = TLS + "&keyStoreType=PKCS12&keyStorePath=" + PARTIJ_SLEUTELS
            + "&keyStorePassword=" + WACHTWOORD;

    @Test
    void aPartySignsInWithItsCertificateAloneAndActsForItsOwnPartiesOnly() throws Exception {
        try (Connection zwolle = new ActiveMQConnectionFactory(MET_CERTIFICAAT).createConnection();
             Connection aanbieder = new ActiveMQConnectionFactory(TLS).createConnection(AANBIEDER, WACHTWOORD)) {
            zwolle.start();
            aanbieder.start();
            Session session = zwolle.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createConsumer(session.createQueue("ijw.out." + ZWOLLE)).close();
            assertThatThrownBy(() -> session.createConsumer(session.createQueue("ijw.out." + AANBIEDER)))
                    .as("another party's outbox").isInstanceOf(JMSSecurityException.class);

            // Sent in Zwolle's name by the user of its certificate: forwarded, not refused as forged.
            BytesMessage toewijzing = session.createBytesMessage();
            toewijzing.writeBytes(Voorbeelden.bytes(BerichtType.JW301));
            try (MessageProducer producer = session.createProducer(session.createQueue("ijw.in"))) {
                producer.send(toewijzing);
            }
            Session ontvangst = aanbieder.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer outbox = ontvangst.createConsumer(ontvangst.createQueue("ijw.out." + AANBIEDER),
                    "ijw_berichttype = 'JW301'")) {
                Message doorgestuurd = outbox.receive(20_000);
                assertThat(doorgestuurd).as("JW301 forwarded to the provider").isNotNull();
                assertThat(doorgestuurd.getStringProperty("ijw_afzender")).isEqualTo(ZWOLLE);
            }
        }
    }

    @Test
    void aCertificateIsNoKeyToAnotherUserAndLeavesNothingBehindForConnectionsWithoutIt() throws Exception {
        try (Connection zwolle = new ActiveMQConnectionFactory(MET_CERTIFICAAT).createConnection()) {
            zwolle.start();
        }
        assertThatThrownBy(() -> new ActiveMQConnectionFactory(MET_CERTIFICAAT).createConnection(AANBIEDER, "fout").close())
                .as("the certificate with another user's name and a wrong password").isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> new ActiveMQConnectionFactory(TLS).createConnection().close())
                .as("no certificate and no password, just after a certificate sign-in").isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> new ActiveMQConnectionFactory(TLS).createConnection("zwolle-certificaat", null).close())
                .as("the certificate user's name without its certificate").isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void theBrokerAcceptsPartiesOverTlsOnly() throws Exception {
        try (Connection verbinding = new ActiveMQConnectionFactory(TLS).createConnection(AANBIEDER, WACHTWOORD);
             Session session = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createQueue("ijw.in"))) {
            BytesMessage bericht = session.createBytesMessage();
            bericht.writeBytes(Voorbeelden.bytes(BerichtType.JW315));
            producer.send(bericht);
            assertThat(bericht.getJMSMessageID()).isNotBlank();
        }

        ActiveMQConnectionFactory zonderTls = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + BROKER_POORT
                + "?callTimeout=3000&connectionTTL=3000&reconnectAttempts=0&initialConnectAttempts=1");
        assertThatThrownBy(() -> zonderTls.createConnection(AANBIEDER, WACHTWOORD).close())
                .as("plain TCP").isInstanceOf(JMSException.class);
    }
}
