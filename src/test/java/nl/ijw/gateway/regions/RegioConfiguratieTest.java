package nl.ijw.gateway.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.regions.beleid.BeleidsCatalogus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Changing the region folder takes effect on reload; an invalid change never replaces a valid configuration. */
class RegioConfiguratieTest {

    private static final String NIEUWE_REGIO = """
            regio: { code: nieuw, naam: Nieuwe regio }
            gemeenten:
              - { code: "0999", naam: Voorbeeldstad }
            """;

    @TempDir
    private Path map;

    /** The example regions, loaded from the test's own folder. */
    private RegioConfiguratie configuratie() throws Exception {
        for (RegioLader.Bestand b : Voorbeelden.regioBestanden()) {
            Files.writeString(map.resolve(b.naam()), b.inhoud());
        }
        return new RegioConfiguratie("file:" + map + "/", new PathMatchingResourcePatternResolver(),
                new RegioLader(new BeleidsCatalogus()));
    }

    @Test
    void aFileDroppedInTheFolderIsLoadedOnReload() throws Exception {
        RegioConfiguratie configuratie = configuratie();
        assertThat(configuratie.get().gemeente("0999")).isEmpty();

        Files.writeString(map.resolve("nieuw.yaml"), NIEUWE_REGIO);

        assertThat(configuratie.herlaad()).isEmpty();
        assertThat(configuratie.get().gemeente("0999")).isPresent();
    }

    @Test
    void thePeriodicCheckLoadsAChangedFolderAndLeavesAnUnchangedOneAlone() throws Exception {
        RegioConfiguratie configuratie = configuratie();
        PartijRegister voor = configuratie.get();

        configuratie.herlaadAlsGewijzigd();
        assertThat(configuratie.get()).isSameAs(voor);

        Files.writeString(map.resolve("nieuw.yaml"), NIEUWE_REGIO);
        configuratie.herlaadAlsGewijzigd();
        assertThat(configuratie.get().gemeente("0999")).isPresent();
    }

    @Test
    void anInvalidChangeKeepsTheRunningConfiguration() throws Exception {
        RegioConfiguratie configuratie = configuratie();
        PartijRegister voor = configuratie.get();

        Files.writeString(map.resolve("nieuw.yaml"), NIEUWE_REGIO.replace("\"0999\"", "\"0193\""));

        assertThat(configuratie.herlaad()).extracting(RegioLader.Fout::toString)
                .containsExactly("nieuw.yaml:3: gemeenten[1].code: gemeente 0193 staat al in ijsselland.yaml");
        assertThat(configuratie.get()).isSameAs(voor);
    }

    @Test
    void aChangedFileIsCheckedAgainstTheOthersBeforeItGoesIntoTheFolder() throws Exception {
        RegioConfiguratie configuratie = configuratie();

        assertThat(configuratie.controleer(new RegioLader.Bestand("nieuw.yaml", NIEUWE_REGIO))).isEmpty();
        assertThat(configuratie.controleer(new RegioLader.Bestand("aanbieders.yaml", "aanbieders:\n  - { agb: \"1\" }\n")))
                .extracting(RegioLader.Fout::toString).containsExactlyInAnyOrder(
                        "aanbieders.yaml:2: aanbieders[1].agb: '1' past niet bij \\d{8}",
                        "aanbieders.yaml:2: aanbieders[1].naam: verplicht veld ontbreekt");
    }
}
