package nl.ijw.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.autoconfigure.web.client.RestTemplateBuilderConfigurer;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the flow tests: one real gateway (embedded persistent Artemis, real JMS, HTTP on a random
 * port) shared by every test class that extends this, so the Spring context starts once.
 */
@CamelSpringBootTest
// The Prometheus endpoint as in production: tests read the gateway's metrics from it.
@AutoConfigureObservability(tracing = false)
@Import({BrokerClient.class, GatewayTest.AlsBeheerder.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ijw.intake.redelivery-vertraging=0s",
        "ijw.intake.max-pogingen=3",
        "ijw.intake.concurrent-consumers=2",
        "ijw.beheer.gebruikers[0].naam=" + GatewayTest.BEHEERDER,
        "ijw.beheer.gebruikers[0].wachtwoord={noop}" + GatewayTest.WACHTWOORD,
        "ijw.beheer.gebruikers[0].rollen=BEHEERDER",
        "ijw.beheer.gebruikers[1].naam=" + GatewayTest.LEZER,
        "ijw.beheer.gebruikers[1].wachtwoord={noop}" + GatewayTest.WACHTWOORD,
        "ijw.beheer.gebruikers[1].rollen=LEZER"})
public abstract class GatewayTest {

    /** Test operators (made up for the tests; the gateway has no default account). */
    public static final String BEHEERDER = "test-beheerder";
    public static final String LEZER = "test-lezer";
    public static final String WACHTWOORD = "alleen-voor-tests";

    /** The tests' HTTP client signs in as the acting operator unless a test asks otherwise. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AlsBeheerder {
        @Bean
        RestTemplateBuilder restTemplateBuilder(RestTemplateBuilderConfigurer configurer) {
            return configurer.configure(new RestTemplateBuilder()).basicAuthentication(BEHEERDER, WACHTWOORD);
        }
    }

    private static final Path DATA_DIR;
    private static final int BROKER_PORT;

    static {
        try {
            DATA_DIR = TestMap.totDeContextenSluiten("ijw-gateway-test");
            try (ServerSocket socket = new ServerSocket(0)) {
                BROKER_PORT = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("ijw.data-dir", DATA_DIR::toString);
        registry.add("ijw.broker.port", () -> BROKER_PORT);
    }

    @Autowired
    protected BrokerClient broker;

    protected static Path dataDir() {
        return DATA_DIR;
    }

    protected static int brokerPort() {
        return BROKER_PORT;
    }
}
