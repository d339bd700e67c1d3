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

/** TR006, TR061, TR101, CD005, CS050 and CS139, each failing on a minimal variant of a sample that passes. */
class ClientEnContactRegelsTest {

    private final Validatie validatie = Voorbeelden.validatie();
    private final String jw301 = Voorbeelden.tekst(BerichtType.JW301);

    private List<Bevinding> bevindingen(String bericht) {
        return validatie.valideer(bericht.getBytes(StandardCharsets.UTF_8)).bevindingen();
    }

    @Test
    void aContactWithoutTelephoneAndWithoutHouseAndPostcodeBreaksTr006() {
        int nummer = jw301.indexOf("0387654321");
        int begin = jw301.lastIndexOf("<Telefoon>", nummer);
        String zonderTelefoon = jw301.substring(0, begin) + jw301.substring(jw301.indexOf("</Telefoon>", nummer) + "</Telefoon>".length());

        List<Bevinding> gevonden = bevindingen(zonderTelefoon);

        assertThat(gevonden).extracting(Bevinding::regel).containsExactly("TR006");
        assertThat(gevonden.get(0).locatie()).startsWith("/Bericht/Client/Relaties/Relatie[2]/Contact");
    }

    @Test
    void aClientWithoutABrpCorrespondenceOrResidentialAddressBreaksTr061() {
        assertThat(bevindingen(Voorbeelden.vervangLaatste(jw301, "<Soort>01</Soort>", "<Soort>04</Soort>")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("TR061", "/Bericht/Client/Contactgegevens"));
    }

    @Test
    void aPostcodeWithoutHouseNumberBreaksCd005() {
        int huis = jw301.lastIndexOf("<ijw:Huis>");
        String zonderHuis = jw301.substring(0, huis) + jw301.substring(jw301.indexOf("</ijw:Huis>", huis) + "</ijw:Huis>".length());

        List<Bevinding> gevonden = bevindingen(zonderHuis);

        assertThat(gevonden).extracting(Bevinding::regel).containsExactly("CD005");
        assertThat(gevonden.get(0).locatie()).startsWith("/Bericht/Client/Contactgegevens/Contact").endsWith("/Adres");
    }

    @Test
    void naamGebruikFollowsThePartnerName() {
        String alsPartner = Voorbeelden.vervangEerste(jw301, "<ijw:NaamGebruik>1</ijw:NaamGebruik>", "<ijw:NaamGebruik>2</ijw:NaamGebruik>");

        assertThat(bevindingen(alsPartner)).extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("CS050", "/Bericht/Client/Naam/NaamGebruik"));
        String metPartner = alsPartner.replaceFirst("(</ijw:Geslachtsnaam>)",
                "$1<ijw:Partnernaam><ijw:Achternaam>Verzonnen</ijw:Achternaam></ijw:Partnernaam>");
        assertThat(bevindingen(metPartner)).isEmpty();
    }

    @Test
    void aPartlyUnknownBirthDateFillsTheUnknownPartsAsAgreed() {
        String jw315 = Voorbeelden.tekst(BerichtType.JW315);

        assertThat(bevindingen(jw315.replace("<ijw:Datum>2014-03-12</ijw:Datum>",
                "<ijw:Datum>2014-03-12</ijw:Datum><ijw:DatumGebruik>1</ijw:DatumGebruik>")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CS139", "/Bericht/Client/Geboortedatum/Datum"));
        assertThat(bevindingen(jw315.replace("<ijw:Datum>2014-03-12</ijw:Datum>",
                "<ijw:Datum>2014-03-01</ijw:Datum><ijw:DatumGebruik>1</ijw:DatumGebruik>"))).isEmpty();
        assertThat(bevindingen(jw315.replace("<ijw:Datum>2014-03-12</ijw:Datum>",
                "<ijw:Datum>2014-01-01</ijw:Datum><ijw:DatumGebruik>2</ijw:DatumGebruik>"))).isEmpty();
    }

    @Test
    void theSameLineTwiceBreaksTr101AtTheCopy() {
        String jw305 = Voorbeelden.tekst(BerichtType.JW305);
        int begin = jw305.indexOf("<StartProduct>");
        String eerste = jw305.substring(begin, jw305.indexOf("</StartProduct>", begin) + "</StartProduct>".length());

        List<Bevinding> gevonden = bevindingen(jw305.replace(eerste, eerste + "\n  " + eerste));

        assertThat(gevonden).extracting(Bevinding::regel, Bevinding::melding).contains(tuple("TR101",
                "StartProduct is een dubbele regel: gelijk aan /Bericht/Client/StartProducten/StartProduct[1]."));
        assertThat(gevonden.stream().filter(b -> b.regel().equals("TR101")).findFirst().orElseThrow().locatie())
                .isEqualTo("/Bericht/Client/StartProducten/StartProduct[2]");
    }
}
