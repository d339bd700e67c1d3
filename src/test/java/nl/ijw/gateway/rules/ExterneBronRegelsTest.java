package nl.ijw.gateway.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import nl.ijw.gateway.validation.Validatie;
import org.junit.jupiter.api.Test;

/** TR378 and TR381 on the lists the gateway ships (CBS municipality codes, national product codes). */
class ExterneBronRegelsTest {

    private final Validatie validatie = Voorbeelden.validatie();

    private List<Bevinding> bevindingen(String bericht) {
        return validatie.valideer(bericht.getBytes(StandardCharsets.UTF_8)).bevindingen();
    }

    @Test
    void aMunicipalityCodeCbsNeverIssuedBreaksTr378() {
        String jw305 = Voorbeelden.tekst(BerichtType.JW305).replace("<Ontvanger>0193</Ontvanger>", "<Ontvanger>0001</Ontvanger>");

        assertThat(bevindingen(jw305)).extracting(Bevinding::regel, Bevinding::retourcode, Bevinding::locatie)
                .containsExactly(tuple("TR378", "S300", "/Bericht/Header/Ontvanger"));
        assertThat(bevindingen(jw305).get(0).melding()).startsWith("Gemeentecode 0001 staat niet in het CBS-overzicht.");
    }

    /** Appingedam (0003) merged into Eemsdelta (1979) on 2021-01-01. */
    @Test
    void aMergedMunicipalitysCodeHoldsBeforeTheMergerAndItsSuccessorsFromIt() {
        String jw301 = Voorbeelden.tekst(BerichtType.JW301);
        String appingedam = jw301.replace("<Afzender>0193</Afzender>", "<Afzender>0003</Afzender>");
        String eemsdelta = jw301.replace("<Afzender>0193</Afzender>", "<Afzender>1979</Afzender>");

        assertThat(bevindingen(appingedam)).extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("TR378", "/Bericht/Header/Afzender"));
        assertThat(bevindingen(appingedam).get(0).melding())
                .contains("Gemeentecode 0003 (Appingedam) is volgens het CBS-overzicht niet geldig op 2026-11-01.");
        assertThat(bevindingen(eemsdelta)).as("Eemsdelta on the allocations' Ingangsdatum").isEmpty();
        assertThat(bevindingen(eemsdelta.replace("<Ingangsdatum>2026-11-01</Ingangsdatum>", "<Ingangsdatum>2020-12-31</Ingangsdatum>")
                .replace("<Einddatum>2027-04-30</Einddatum>", "<Einddatum>2021-04-30</Einddatum>")))
                .extracting(Bevinding::regel).containsExactly("TR378");
    }

    @Test
    void theMunicipalityOfWoonplaatsbeginselIsJudgedToo() {
        String jw319 = Voorbeelden.tekst(BerichtType.JW319);
        String metWoonplaatsbeginsel = jw319.replace("<RedenAfwijzingVerzoek>4</RedenAfwijzingVerzoek>",
                "<RedenAfwijzingVerzoek>8</RedenAfwijzingVerzoek><Woonplaatsbeginsel><Gemeente>0150</Gemeente></Woonplaatsbeginsel>");
        assertThat(metWoonplaatsbeginsel).isNotEqualTo(jw319);

        assertThat(bevindingen(metWoonplaatsbeginsel)).isEmpty();
        assertThat(bevindingen(metWoonplaatsbeginsel.replace("<Gemeente>0150</Gemeente>", "<Gemeente>0457</Gemeente>")))
                .as("Weesp joined Amsterdam on 2022-03-24").extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("TR378", "/Bericht/Antwoord/Woonplaatsbeginsel/Gemeente"));
    }

    @Test
    void aProductCodeOutsideItsCategoryBreaksTr381() {
        String jw301 = Voorbeelden.tekst(BerichtType.JW301);

        List<Bevinding> andereCategorie = bevindingen(jw301.replace("<ijw:Code>45A05</ijw:Code>", "<ijw:Code>43A05</ijw:Code>"));
        assertThat(andereCategorie).extracting(Bevinding::regel, Bevinding::retourcode, Bevinding::locatie)
                .containsExactly(tuple("TR381", "S329", "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Product/Code"));
        assertThat(andereCategorie.get(0).melding()).startsWith("ProductCode 43A05 hoort volgens de productcodelijst niet bij "
                + "ProductCategorie 45 maar bij 43.");

        assertThat(bevindingen(jw301.replace("<ijw:Code>45A05</ijw:Code>", "<ijw:Code>45Z99</ijw:Code>")))
                .extracting(Bevinding::regel, Bevinding::melding)
                .containsExactly(tuple("TR381", "ProductCode 45Z99 hoort volgens de productcodelijst niet bij ProductCategorie 45: "
                        + "de lijst kent de code niet. Lijst: standaardproductcodelijst Jeugdwet, februari 2025."));
    }

    @Test
    void aCategoryTheListDoesNotCoverIsNotJudgedByTr381() {
        String jw301 = Voorbeelden.tekst(BerichtType.JW301).replace("<ijw:Categorie>45</ijw:Categorie>\n          <ijw:Code>45A05</ijw:Code>",
                "<ijw:Categorie>54</ijw:Categorie>\n          <ijw:Code>54X01</ijw:Code>");
        assertThat(jw301).contains("54X01");

        assertThat(bevindingen(jw301)).extracting(Bevinding::regel).doesNotContain("TR381");
    }
}
