package nl.ijw.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.net.ServerSocket;
import java.nio.file.Path;
import nl.ijw.gateway.GatewayApplication;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway on a broker it does not run itself, selected by configuration only: a separate broker
 * (started here in this JVM, reached over TCP like a standalone one) and {@code spring.artemis.mode=native}.
 */
class ExternalBrokerTest {

    @Test
    void gatewayProcessesMessagesOnAnExternalBrokerChosenByConfigurationOnly(@TempDir Path data) throws Exception {
        int poort;
        try (ServerSocket socket = new ServerSocket(0)) {
            poort = socket.getLocalPort();
        }
        EmbeddedActiveMQ extern = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + poort));
        extern.start();
        String url = "tcp://127.0.0.1:" + poort;
        try (ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class).run(
                "--spring.artemis.mode=native", "--spring.artemis.broker-url=" + url,
                "--server.port=0", "--ijw.data-dir=" + data, "--ijw.intake.consumer-window=16KB",
                // Its broker is stopped below: do not wait the default 45 s for consumers that cannot finish.
                "--camel.main.shutdown-timeout=5");
             ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
             Connection verbinding = factory.createConnection()) {
            verbinding.start();
            Session session = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            BytesMessage heen = session.createBytesMessage();
            heen.writeBytes(Voorbeelden.bytes(BerichtType.JW305));
            session.createProducer(session.createQueue("ijw.in")).send(heen);

            MessageConsumer outbox = session.createConsumer(session.createQueue("ijw.out.0193"));
            BytesMessage doorgestuurd = (BytesMessage) outbox.receive(30_000);

            assertThat(doorgestuurd).isNotNull();
            assertThat(doorgestuurd.getStringProperty("ijw_berichttype")).isEqualTo("JW305");
            assertThat(gateway.getEnvironment().getProperty("spring.artemis.mode")).isEqualTo("native");
            // No broker of its own beside the standalone one.
            assertThat(gateway.getBeanProvider(EmbeddedActiveMQ.class).getIfAvailable()).isNull();
            // Its consumers take only a few messages ahead on a broker it does not run too.
            jakarta.jms.ConnectionFactory verbindingen = gateway.getBean(jakarta.jms.ConnectionFactory.class);
            ActiveMQConnectionFactory artemis = (ActiveMQConnectionFactory) (verbindingen
                    instanceof org.springframework.jms.connection.CachingConnectionFactory c ? c.getTargetConnectionFactory() : verbindingen);
            assertThat(artemis.getConsumerWindowSize()).isEqualTo(16 * 1024);
            assertThat(artemis.isCacheDestinations()).isTrue();

            // The console's queue readings come from the external broker's management too.
            var stand = gateway.getBean(nl.ijw.gateway.operations.Wachtrijen.class).ververs();
            assertThat(stand.fout()).isNull();
            assertThat(stand.wachtrijen()).extracting(nl.ijw.gateway.operations.Wachtrijen.Wachtrij::naam).contains("ijw.in");
            String gereed = "http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port")
                    + "/actuator/health/readiness";
            assertThat(status(gereed)).isEqualTo(200);

            extern.stop();

            // Not ready while the broker is gone: a load balancer stops sending HTTP submissions.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> status(gereed) == 503);
            assertThat(gateway.getBean(nl.ijw.gateway.operations.Wachtrijen.class).ververs().fout()).isNotNull();
        } finally {
            extern.stop();
        }
    }

    private static int status(String adres) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(adres)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
