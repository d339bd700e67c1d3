package nl.ijw.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine on the build machines, so the compose file is checked here: its shape,
 * and that every setting it gives the gateway is one the application knows (by the configuration
 * metadata of Spring Boot and of the gateway itself), in the environment-variable form Spring binds.
 */
class DockerComposeTest {

    @SuppressWarnings("unchecked")
    private final Map<String, Object> compose = leesCompose();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> leesCompose() {
        try (InputStream in = Files.newInputStream(Path.of("docker-compose.yml"))) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String naam) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(naam);
    }

    @Test
    void composeRunsTheGatewayBuiltFromThisRepositoryBesideTheOfficialArtemisImage() {
        assertThat(service("artemis").get("image")).asString().startsWith("apache/activemq-artemis:");
        assertThat(service("gateway").get("build")).isEqualTo(".");
        assertThat(Path.of("Dockerfile")).exists();
        assertThat(service("gateway").get("depends_on")).asString().contains("artemis");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyGatewaySettingInComposeExistsInTheApplication() throws IOException {
        Map<String, Object> omgeving = (Map<String, Object>) service("gateway").get("environment");
        Set<String> bekend = bekendeOmgevingsvariabelen();

        assertThat(omgeving).isNotEmpty();
        assertThat(bekend).contains("IJW_DATADIR", "SPRING_ARTEMIS_BROKERURL");
        assertThat(omgeving.keySet()).allSatisfy(naam -> assertThat(bekend).as("instelling %s", naam).contains(naam));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGatewayUsesTheComposeBrokerAndNoPasswordIsWrittenInTheFile() {
        Map<String, Object> omgeving = (Map<String, Object>) service("gateway").get("environment");

        assertThat(omgeving.get("SPRING_ARTEMIS_MODE")).isEqualTo("native");
        assertThat(omgeving.get("SPRING_ARTEMIS_BROKERURL")).asString().startsWith("tcp://artemis:");
        assertThat(omgeving.get("SPRING_ARTEMIS_PASSWORD")).asString().startsWith("${");
        assertThat((Map<String, Object>) service("artemis").get("environment"))
                .extractingByKey("ARTEMIS_PASSWORD").asString().startsWith("${");
    }

    /** Spring's canonical mapping: dots become underscores, dashes go, upper case (IJW_DATADIR). */
    private static Set<String> bekendeOmgevingsvariabelen() throws IOException {
        Set<String> namen = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        List<java.net.URL> bestanden = Collections.list(DockerComposeTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"));
        for (java.net.URL bestand : bestanden) {
            try (InputStream in = bestand.openStream()) {
                for (JsonNode p : json.readTree(in).path("properties")) {
                    namen.add(p.get("name").asText().replace("-", "").replace('.', '_').toUpperCase());
                }
            }
        }
        return namen;
    }
}
