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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine on the build machines, so the compose file is checked here: its shape,
 * and that every setting it gives the gateway is one the application knows (by the configuration
 * metadata of Spring Boot and of the gateway itself), in the environment-variable form Spring binds.
 */
@SuppressWarnings("unchecked")
class DockerComposeTest {

    private final Map<String, Object> compose = leesCompose();

    private static Map<String, Object> leesCompose() {
        try (InputStream in = Files.newInputStream(Path.of("docker-compose.yml"))) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> service(String naam) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(naam);
    }

    private static final List<String> GATEWAYS = List.of("gateway-1", "gateway-2");

    @Test
    void composeRunsTwoGatewaysBuiltFromThisRepositoryBesideTheOfficialArtemisImageAndPostgresql() {
        assertThat(service("artemis").get("image")).asString().startsWith("apache/activemq-artemis:");
        assertThat(service("postgres").get("image")).asString().startsWith("postgres:");
        for (String gateway : GATEWAYS) {
            assertThat(service(gateway).get("build")).as(gateway).isEqualTo(".");
            assertThat(service(gateway).get("depends_on")).as(gateway).asString().contains("artemis", "postgres");
        }
        assertThat(Path.of("Dockerfile")).exists();
        assertThat(((Map<String, Object>) compose.get("services")).values())
                .as("every service has a health check").allSatisfy(s -> assertThat((Map<String, Object>) s).containsKey("healthcheck"));
    }

    @Test
    void theImageBuildCopiesEverythingTheBuildReads() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        Matcher map = Pattern.compile("<resource>\\s*<directory>([^<$]+)</directory>").matcher(pom);
        List<String> mappen = new java.util.ArrayList<>(List.of("src", "pom.xml"));
        while (map.find()) {
            mappen.add(map.group(1).split("/")[0]);
        }
        assertThat(mappen).contains("regios", "xsd");
        assertThat(mappen).allSatisfy(m -> assertThat(dockerfile).as("Dockerfile copies %s", m).containsPattern("(?m)^COPY " + m + "\\b"));
    }

    @Test
    void everyGatewaySettingInComposeExistsInTheApplication() throws IOException {
        Set<String> bekend = bekendeOmgevingsvariabelen();
        assertThat(bekend).contains("IJW_DATADIR", "SPRING_ARTEMIS_BROKERURL", "SPRING_DATASOURCE_URL", "IJW_JOURNAAL_BSNSLEUTEL");
        for (String gateway : GATEWAYS) {
            Map<String, Object> omgeving = omgeving(gateway);
            assertThat(omgeving).as(gateway).isNotEmpty();
            assertThat(omgeving.keySet()).allSatisfy(naam -> assertThat(bekend).as("%s: instelling %s", gateway, naam).contains(naam));
        }
    }

    @Test
    void theGatewaysShareBrokerDatabaseAndJournalKeysAndNoSecretIsWrittenInTheFile() {
        Map<String, Object> omgeving = omgeving("gateway-1");
        assertThat(omgeving("gateway-2")).as("both instances configured alike").isEqualTo(omgeving);
        assertThat(omgeving.get("SPRING_ARTEMIS_MODE")).isEqualTo("native");
        assertThat(omgeving.get("SPRING_ARTEMIS_BROKERURL")).asString().startsWith("tcp://artemis:");
        assertThat(omgeving.get("SPRING_DATASOURCE_URL")).asString().startsWith("jdbc:postgresql://postgres:");
        for (String geheim : List.of("SPRING_ARTEMIS_PASSWORD", "SPRING_DATASOURCE_PASSWORD", "IJW_JOURNAAL_BSNSLEUTEL",
                "IJW_JOURNAAL_PAYLOADSLEUTEL")) {
            assertThat(omgeving.get(geheim)).as(geheim).asString().startsWith("${").contains(":?");
        }
        assertThat((Map<String, Object>) service("artemis").get("environment"))
                .extractingByKey("ARTEMIS_PASSWORD").asString().startsWith("${");
        assertThat((Map<String, Object>) service("postgres").get("environment"))
                .extractingByKey("POSTGRES_PASSWORD").asString().startsWith("${");
    }

    /**
     * The image and the benchmark start the gateway with the same JVM options, so the benchmark's figures
     * are those of the image; and this JDK's launcher must accept the file, or the image would not start.
     */
    @Test
    void theImageAndTheBenchmarkStartTheGatewayWithTheJvmOptionsFile() throws IOException, InterruptedException {
        Path opties = Path.of("src/main/jvm/jvm.options");
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^COPY --from=build /src/" + opties + " /app/jvm.options$");
        assertThat(dockerfile).containsPattern("(?m)^ENTRYPOINT \\[\"java\", \"@/app/jvm.options\", \"-jar\"");
        assertThat(Files.readString(Path.of("bench/run.sh"))).contains("java @\"$ROOT/" + opties + "\"");

        String java = ProcessHandle.current().info().command().orElse("java");
        Process jvm = new ProcessBuilder(java, "@" + opties, "-version").redirectErrorStream(true).start();
        String uitvoer = new String(jvm.getInputStream().readAllBytes());
        assertThat(jvm.waitFor()).as(uitvoer).isZero();
    }

    @Test
    void eachGatewayHasItsOwnPortAndDataDir() {
        assertThat(service("gateway-1").get("ports")).isNotEqualTo(service("gateway-2").get("ports"));
        assertThat(service("gateway-1").get("volumes")).isNotEqualTo(service("gateway-2").get("volumes"));
    }

    private Map<String, Object> omgeving(String gateway) {
        return (Map<String, Object>) service(gateway).get("environment");
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
