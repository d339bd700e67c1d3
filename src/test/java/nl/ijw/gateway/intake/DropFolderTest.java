package nl.ijw.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.ijw.gateway.BrokerClient;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.Test;

/** A file in the drop folder under the data dir follows the path of a message on ijw.in. */
class DropFolderTest extends GatewayTest {

    @Test
    void xmlFileInTheDropFolderIsForwardedAndMovedAway() throws Exception {
        byte[] heen = Voorbeelden.metIdentificatie(BerichtType.JW305,
                "MAP-0001");
        Path inbox = dataDir().resolve("inbox");
        Files.createDirectories(inbox);
        Path tijdelijk = Files.write(inbox.resolve("start.tmp"), heen);
        Files.move(tijdelijk, inbox.resolve("start.xml"));

        BrokerClient.Ontvangen doorgestuurd = broker.ontvangSelectie("ijw.out.0193", "ijw_identificatie = 'MAP-0001'");

        assertThat(doorgestuurd).isNotNull();
        assertThat(doorgestuurd.inhoud()).isEqualTo(heen);
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(inbox.resolve("start.xml")));
    }
}
