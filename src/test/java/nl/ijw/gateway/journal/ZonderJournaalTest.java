package nl.ijw.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import nl.ijw.gateway.BrokerClient;
import nl.ijw.gateway.GatewayApplication;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * The gateway with its journal switched off ({@code ijw.journaal.actief=false}, for benchmarks and
 * diagnosis): messages still flow, nothing is journaled. A gateway of its own, started and stopped in
 * this test, so the shared flow-test gateway keeps its journal.
 */
class ZonderJournaalTest {

    @Test
    void withTheJournalOffMessagesAreForwardedAndAnsweredAndNothingIsJournaled(@TempDir Path data) throws Exception {
        int brokerPoort;
        try (ServerSocket socket = new ServerSocket(0)) {
            brokerPoort = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class).run(
                "--ijw.journaal.actief=false", "--server.port=0", "--ijw.data-dir=" + data,
                "--ijw.broker.port=" + brokerPoort, "--ijw.intake.redelivery-vertraging=0s")) {
            BrokerClient broker = new BrokerClient(gateway.getBean(JmsTemplate.class));
            byte[] heen = Voorbeelden.bytes(BerichtType.JW301);
            // The same Identificatie twice: TR056 reads the journal, so without it both are accepted.
            List<String> ids = List.of(broker.stuur(heen), broker.stuur(heen));

            for (String id : ids) {
                BrokerClient.Ontvangen doorgestuurd = broker.ontvang("ijw.out.12345678", id, "JW301");
                assertThat(doorgestuurd).as("doorgestuurd").isNotNull();
                assertThat(doorgestuurd.inhoud()).isEqualTo(heen);
                assertThat(broker.ontvang("ijw.out.0193", id, "JW302")).as("retour").isNotNull();
            }
            assertThat(gateway.getBeansOfType(Journaal.class)).isEmpty();
            assertThat(gateway.getBeansOfType(JournaalController.class)).isEmpty();
            CamelContext camel = gateway.getBean(CamelContext.class);
            assertThat(List.of("journaal-bewaartermijn", "retour-termijn")).allSatisfy(route ->
                    assertThat(camel.getRoute(route)).as(route).isNull());
            assertThat(gateway.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM bericht", Integer.class))
                    .isZero();
        }
    }
}
