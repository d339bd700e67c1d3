package nl.ijw.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.config.GatewayConfiguration;
import nl.ijw.gateway.config.GatewayProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.DefaultResourceLoader;

/** A release is a folder of schemas chosen by configuration, the official release files included. */
class IjwSchemasTest {

    private static final Path REFERENTIE = Path.of(System.getProperty("ijw.reference.dir", "../shared/reference/ijw-3.2"));

    private static IjwSchemas laad(String locatie) {
        GatewayProperties properties = new GatewayProperties(null, null,
                new GatewayProperties.Schemas("ijw-3.2", locatie, null), null, null, null, null, null, null);
        return new TestableConfiguration().schemas(properties);
    }

    /** Reaches the package-private bean method the application itself uses to load a release. */
    private static final class TestableConfiguration extends GatewayConfiguration {
        IjwSchemas schemas(GatewayProperties properties) {
            return ijwSchemas(properties, new DefaultResourceLoader());
        }
    }

    @ParameterizedTest
    @EnumSource(BerichtType.class)
    void theOfficialReleaseFilesCanReplaceTheProjectSchemas(BerichtType type) {
        assertThat(REFERENTIE.resolve("xsd/JW301.xsd")).as("officiële release in %s", REFERENTIE).exists();
        IjwSchemas officieel = laad("file:" + REFERENTIE.resolve("xsd").toAbsolutePath() + "/");

        var resultaat = new BerichtLezer(officieel).lees(Voorbeelden.bytes(type));

        assertThat(resultaat.type()).isEqualTo(type);
        assertThat(resultaat.xsdBevindingen()).isEmpty();
    }

    @Test
    void theProjectReleaseIsLoadedFromTheClasspathByDefault() {
        IjwSchemas schemas = laad(null);

        assertThat(schemas.release()).isEqualTo("ijw-3.2");
        assertThat(schemas.herhalendeElementen()).contains("ToegewezenProduct", "Contact", "Relatie", "StopProduct")
                .doesNotContain("Client", "Header", "Bsn");
        assertThat(schemas.xsdVersies(BerichtType.JW302)).hasValueSatisfying(v -> assertThat(v).containsExactly("0.1.0", "0.1.0"));
    }

    @Test
    void aReleaseFolderMissingASchemaStopsTheStartWithItsName(@TempDir Path map) throws Exception {
        Files.copy(Path.of("xsd/ijw-3.2/basisschema.xsd"), map.resolve("basisschema.xsd"));

        assertThatThrownBy(() -> laad("file:" + map + "/")).hasMessageMatching(".*JW3\\d\\d\\.xsd niet gevonden.*");
    }
}
