package nl.ijw.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the flow tests: one real gateway (embedded persistent Artemis, real JMS, HTTP on a random
 * port) shared by every test class that extends this, so the Spring context starts once.
 */
@CamelSpringBootTest
@Import(BrokerClient.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ijw.intake.redelivery-vertraging=0s",
        "ijw.intake.max-pogingen=3",
        "ijw.intake.concurrent-consumers=2"})
public abstract class GatewayTest {

    private static final Path DATA_DIR;
    private static final int BROKER_PORT;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("ijw-gateway-test");
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
