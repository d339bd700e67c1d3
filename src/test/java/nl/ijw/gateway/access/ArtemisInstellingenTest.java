package nl.ijw.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.config.BrokerConfiguration;
import nl.ijw.gateway.config.GatewayProperties;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The files for a standalone broker, read back the way Artemis reads them (its own properties parser
 * on its own configuration class): the same redelivery and dead-letter settings as the embedded
 * broker, messages stamped with their sender, and each party's outbox open to that party's role only.
 * The development users of the test gateway stand in for configured ones: every party its own user.
 */
class ArtemisInstellingenTest extends GatewayTest {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private GatewayProperties properties;

    @Autowired
    private EmbeddedActiveMQ embedded;

    private ConfigurationImpl gelezen() throws Exception {
        String tekst = http.getForObject("/api/v1/broker/artemis/broker.properties", String.class);
        Path bestand = Files.createTempFile(dataDir(), "broker", ".properties");
        Files.writeString(bestand, tekst);
        ConfigurationImpl config = new ConfigurationImpl();
        config.parseFileProperties(bestand.toFile());
        assertThat(config.getStatus()).as("Artemis's verdict on the file").doesNotContain("\"errors\":[{");
        return config;
    }

    @Test
    void theBrokerGetsTheEmbeddedBrokersRedeliveryDeadLetterAndJournalSettings() throws Exception {
        ConfigurationImpl config = gelezen();
        assertThat(config.isPopulateValidatedUser()).isTrue();
        // As the gateway's own broker runs: it does not keep freed journal files either.
        assertThat(config.getJournalPoolFiles()).isEqualTo(BrokerConfiguration.JOURNAAL_POOL_BESTANDEN)
                .isEqualTo(embedded.getActiveMQServer().getConfiguration().getJournalPoolFiles());
        Map<String, AddressSettings> verwacht = BrokerConfiguration.adresInstellingen(properties.intake(), "ijw.#");
        assertThat(config.getAddressSettings().keySet()).containsExactlyInAnyOrderElementsOf(verwacht.keySet());
        verwacht.forEach((adres, instelling) -> {
            AddressSettings gelezen = config.getAddressSettings().get(adres);
            assertThat(String.valueOf(gelezen.getDeadLetterAddress())).as(adres).isEqualTo(String.valueOf(instelling.getDeadLetterAddress()));
            assertThat(String.valueOf(gelezen.getExpiryAddress())).as(adres).isEqualTo(String.valueOf(instelling.getExpiryAddress()));
            assertThat(gelezen.getMaxDeliveryAttempts()).as(adres).isEqualTo(instelling.getMaxDeliveryAttempts());
            assertThat(gelezen.getRedeliveryDelay()).as(adres).isEqualTo(instelling.getRedeliveryDelay());
            assertThat(gelezen.getRedeliveryMultiplier()).as(adres).isEqualTo(instelling.getRedeliveryMultiplier());
            assertThat(gelezen.getMaxRedeliveryDelay()).as(adres).isEqualTo(instelling.getMaxRedeliveryDelay());
            assertThat(gelezen.isAutoCreateDeadLetterResources()).as(adres).isEqualTo(instelling.isAutoCreateDeadLetterResources());
        });
        assertThat(verwacht.get("ijw.in").getMaxDeliveryAttempts()).isEqualTo(properties.intake().maxPogingen() + 2);
        assertThat(config.getAddressConfigurations()).extracting(CoreAddressConfiguration::getName)
                .containsExactlyInAnyOrder("ijw.in", "ijw.dlq");
        for (CoreAddressConfiguration adres : config.getAddressConfigurations()) {
            assertThat(adres.getRoutingTypes()).containsExactly(RoutingType.ANYCAST);
            assertThat(adres.getQueueConfigs()).singleElement()
                    .satisfies(q -> assertThat(q.getName().toString()).isEqualTo(adres.getName()));
        }
    }

    @Test
    void aPartyMaySendToIjwInAndTakeFromItsOwnOutboxOnly() throws Exception {
        Map<String, Set<Role>> rollen = gelezen().getSecurityRoles();
        assertThat(rol(rollen, "ijw.in", "ijw-partij").isSend()).isTrue();
        assertThat(rol(rollen, "ijw.in", "ijw-partij").isConsume()).isFalse();
        assertThat(rol(rollen, "ijw.in", "ijw-gateway").isConsume()).isTrue();
        assertThat(rol(rollen, "ijw.in", "ijw-beheer").isConsume()).isFalse();
        assertThat(rol(rollen, "ijw.in", "ijw-beheer").isBrowse()).isTrue();

        Role zwolle = rol(rollen, "ijw.out.0193", "ijw-partij-0193");
        assertThat(zwolle.isConsume()).isTrue();
        assertThat(zwolle.isSend()).isFalse();
        assertThat(rollen.get("ijw.out.0193")).extracting(Role::getName)
                .containsExactlyInAnyOrder("ijw-gateway", "ijw-beheer", "ijw-partij-0193");
        assertThat(rollen.get("ijw.#")).extracting(Role::getName).containsExactlyInAnyOrder("ijw-gateway", "ijw-beheer");
        assertThat(rol(rollen, "ijw.#", "ijw-beheer").isSend()).as("operators never put anything in a gateway queue").isFalse();
        assertThat(rol(rollen, "ijw.#", "ijw-gateway").isSend()).isTrue();
        // Management requests: a temporary reply queue, made and removed with its address.
        for (String wie : List.of("ijw-gateway", "ijw-beheer")) {
            Role overal = rol(rollen, "#", wie);
            assertThat(List.of(overal.isSend(), overal.isManage(), overal.isCreateNonDurableQueue(), overal.isConsume(),
                    overal.isDeleteNonDurableQueue(), overal.isDeleteAddress())).as(wie).containsOnly(true);
            assertThat(overal.isCreateDurableQueue()).as(wie).isFalse();
        }
    }

    @Test
    void everyUserGetsTheRolesOfItsParties() {
        String tekst = http.getForObject("/api/v1/broker/artemis/artemis-roles.properties", String.class);
        Map<String, String> rollen = tekst.lines().filter(r -> !r.startsWith("#")).map(r -> r.split("=", 2))
                .collect(Collectors.toMap(r -> r[0], r -> r[1]));
        assertThat(rollen.get("ijw-gateway")).isEqualTo(BrokerToegang.GATEWAY);
        assertThat(rollen.get("ijw-beheer")).isEqualTo(BrokerGebruikers.ONTWIKKELBEHEERDER);
        assertThat(rollen.get("ijw-partij-0193")).isEqualTo("0193");
        assertThat(rollen.get("ijw-partij").split(",")).contains("0193", "12345678").doesNotContain("beheer");
    }

    @Test
    void onlyAnOperatorWhoManagesMayReadThem() {
        assertThat(http.withBasicAuth(LEZER, WACHTWOORD).getForEntity("/api/v1/broker/artemis/broker.properties", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("0193", BrokerGebruikers.ONTWIKKELWACHTWOORD)
                .getForEntity("/api/v1/broker/artemis/artemis-roles.properties", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static Role rol(Map<String, Set<Role>> rollen, String adres, String naam) {
        return rollen.get(adres).stream().filter(r -> r.getName().equals(naam)).findFirst()
                .orElseThrow(() -> new AssertionError(naam + " heeft geen rechten op " + adres));
    }
}
