package nl.ijw.gateway.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.beleid.BeleidsCatalogus;
import org.junit.jupiter.api.Test;

/** The region and provider files: what ships, what a new region takes, and how mistakes are reported. */
class RegioLaderTest {

    private final RegioLader lader = new RegioLader(new BeleidsCatalogus());

    private static final String VOORBEELDREGIO = """
            regio:
              code: voorbeeldregio
              naam: Voorbeeldregio
            gemeenten:
              - { code: "0999", naam: Voorbeeldstad }
            beleid:
              - code: VB-VOW
                naam: VOW buiten het berichtenverkeer
                soort: vow-buiten-berichtenverkeer
                versies:
                  - geldig-van: 2026-01-01
                    geldig-tot: 2026-06-30
                    actie: signaal
                  - geldig-van: 2026-07-01
                    actie: afwijzen
                    parameters:
                      reden-afwijzing: "7"
            """;

    private List<RegioLader.Fout> fouten(String naam, String inhoud) {
        List<RegioLader.Bestand> bestanden = new ArrayList<>(Voorbeelden.regioBestanden());
        bestanden.add(new RegioLader.Bestand(naam, inhoud));
        return lader.controleer(bestanden);
    }

    @Test
    void shippedFilesHoldBothRegionsTheirMunicipalitiesAndTheExampleProvider() {
        PartijRegister register = lader.laad(Voorbeelden.regioBestanden());

        assertThat(register.regios()).extracting(Regio::code).containsExactly("ijsselland", "midden-ijssel-oost-veluwe");
        assertThat(register.regios().get(0).gemeenten()).extracting(Gemeente::code).containsExactlyInAnyOrder(
                "0148", "0150", "0160", "0166", "1773", "0175", "0177", "0180", "1708", "1896", "0193");
        assertThat(register.gemeente("0262")).get().extracting(Gemeente::naam).isEqualTo("Lochem");
        assertThat(register.gemeente("0150")).get().extracting(Gemeente::outbox, Gemeente::retouren)
                .containsExactly("ijw.out.0150", Gemeente.RetourSchrijver.GATEWAY);
        assertThat(register.aanbieder("12345678")).get().extracting(Aanbieder::regios)
                .isEqualTo(List.of("ijsselland", "midden-ijssel-oost-veluwe"));
    }

    @Test
    void aFurtherRegionIsAddedByDroppingAFile() {
        List<RegioLader.Bestand> bestanden = new ArrayList<>(Voorbeelden.regioBestanden());
        bestanden.add(new RegioLader.Bestand("voorbeeldregio.yaml", VOORBEELDREGIO));

        PartijRegister register = lader.laad(bestanden);

        assertThat(register.gemeente("0999")).get().extracting(Gemeente::regio).isEqualTo("voorbeeldregio");
        Beleid beleid = register.regios().get(2).beleid().get(0);
        assertThat(beleid.berichten()).containsExactly(BerichtType.JW317);
        assertThat(beleid.gemeenten()).containsExactly("0999");
        assertThat(beleid.versieOp(java.time.LocalDate.of(2026, 6, 30))).get().extracting(BeleidVersie::actie)
                .isEqualTo(Actie.SIGNAAL);
        assertThat(beleid.versieOp(java.time.LocalDate.of(2026, 7, 1))).get().extracting(BeleidVersie::actie)
                .isEqualTo(Actie.AFWIJZEN);
        assertThat(beleid.versieOp(java.time.LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void everyMistakeIsReportedWithFileLineAndField() {
        String fout = """
                regio:
                  code: Fout Regio
                  naam: Foutregio
                gemeenten:
                  - { code: "150", naam: Te kort }
                  - { code: "0193", naam: Zwolle nog eens }
                  - { code: "0998", naam: Onbekend veld, kleur: rood }
                beleid:
                  - code: FOUT-1
                    naam: Onbekende soort
                    soort: bestaat-niet
                    versies:
                      - { geldig-van: 2026-01-01, actie: signaal }
                  - code: FOUT-2
                    naam: Afwijzen zonder reden, overlappende versies
                    soort: vow-buiten-berichtenverkeer
                    gemeenten: ["0998", "0150"]
                    versies:
                      - { geldig-van: 2026-01-01, actie: afwijzen }
                      - { geldig-van: 2026-06-01, geldig-tot: 2026-05-01, actie: weggooien }
                """;

        assertThat(fouten("fout.yaml", fout)).extracting(RegioLader.Fout::toString).containsExactlyInAnyOrder(
                "fout.yaml:2: regio.code: 'Fout Regio' past niet bij [a-z0-9-]+",
                "fout.yaml:5: gemeenten[1].code: '150' past niet bij \\d{4}",
                "fout.yaml:6: gemeenten[2].code: gemeente 0193 staat al in ijsselland.yaml",
                "fout.yaml:7: gemeenten[3].kleur: onbekend veld; toegestaan zijn [code, naam, outbox, retouren]",
                "fout.yaml:11: beleid[1].soort: onbekende soort 'bestaat-niet'; bekend zijn " + new BeleidsCatalogus().namen(),
                "fout.yaml:17: beleid[2].gemeenten: gemeente 0150 hoort niet bij deze regio",
                "fout.yaml:19: beleid[2].versies[1].parameters.reden-afwijzing: verplicht bij actie afwijzen: een RedenAfwijzingVerzoek-code 1..9",
                "fout.yaml:20: beleid[2].versies[2].actie: 'weggooien' past niet bij afwijzen|onderzoek|signaal|rapport",
                "fout.yaml:20: beleid[2].versies[2].geldig-tot: ligt vóór geldig-van 2026-06-01");
    }

    @Test
    void providerInAnUnknownRegionAndBrokenYamlAreRefused() {
        assertThat(fouten("extra-aanbieders.yaml", """
                aanbieders:
                  - { agb: "87654321", naam: Tweede aanbieder, regios: [nergens] }
                """)).extracting(RegioLader.Fout::toString)
                .containsExactly("extra-aanbieders.yaml:2: aanbieders[1].regios: onbekende regio 'nergens'");
        assertThat(fouten("kapot.yaml", "regio: [\n")).singleElement()
                .satisfies(f -> assertThat(f.melding()).startsWith("geen geldige YAML"));
    }

    @Test
    void loadingInvalidFilesFailsWithEveryProblem() {
        assertThatThrownBy(() -> lader.laad(List.of(new RegioLader.Bestand("leeg.yaml", "regio: {}"))))
                .isInstanceOf(RegioLader.OngeldigeConfiguratie.class)
                .hasMessageContaining("leeg.yaml:1: regio.code: verplicht veld ontbreekt")
                .hasMessageContaining("leeg.yaml:1: regio.naam: verplicht veld ontbreekt");
    }
}
