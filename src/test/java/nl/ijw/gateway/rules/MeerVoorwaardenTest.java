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

/**
 * Conditions and constraints on contacts, referrers, deliveries and the Omvang of products: CD007,
 * CD009, CD025, CS089, CD034, CD043, CD066-CD068, CD075, CD076, CD080, CD095, CD096, CS058, CS338 and
 * CS343, each failing on a minimal variant of a sample that passes.
 */
class MeerVoorwaardenTest {

    private static final String PRODUCT = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct";
    private static final String AANGEVRAAGD = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]";

    private final Validatie validatie = Voorbeelden.validatie();
    private final String jw301 = Voorbeelden.tekst(BerichtType.JW301);
    private final String jw315 = Voorbeelden.tekst(BerichtType.JW315);

    private List<Bevinding> bevindingen(String bericht) {
        return validatie.valideer(bericht.getBytes(StandardCharsets.UTF_8)).bevindingen();
    }

    private List<String> regels(String bericht) {
        return bevindingen(bericht).stream().map(Bevinding::regel).toList();
    }

    /** The last Omvang of the message (the second allocated product's) replaced. */
    private static String laatsteOmvang(String bericht, String wordt) {
        int begin = bericht.lastIndexOf("<Omvang>");
        return bericht.substring(0, begin) + wordt + bericht.substring(bericht.indexOf("</Omvang>", begin) + "</Omvang>".length());
    }

    /** CS015 and CS025 are the schema's: a message of another release fails XSD validation. */
    @Test
    void theHeaderOfAnotherReleaseFailsTheSchema() {
        String jw319 = Voorbeelden.tekst(BerichtType.JW319);

        assertThat(bevindingen(jw319.replace("<BerichtVersie>3</BerichtVersie>", "<BerichtVersie>4</BerichtVersie>")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("XSD", "/Bericht/Header/BerichtVersie"));
        assertThat(bevindingen(jw319.replace("<BerichtSubversie>2</BerichtSubversie>", "<BerichtSubversie>1</BerichtSubversie>")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("XSD", "/Bericht/Header/BerichtSubversie"));
    }

    @Test
    void anInterpreterNeedsALanguage() {
        assertThat(bevindingen(Voorbeelden.vervangEerste(jw301, "<Relaties>", "<Communicatie><ijw:Vorm>1</ijw:Vorm></Communicatie><Relaties>")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CD007", "/Bericht/Client/Communicatie"));
        assertThat(regels(Voorbeelden.vervangEerste(jw301, "<Relaties>", "<Communicatie><ijw:Vorm>2</ijw:Vorm></Communicatie><Relaties>"))).isEmpty();
    }

    @Test
    void contactsFollowTheirSoort() {
        String periode = "<Periode><ijw:Begindatum>2026-01-01</ijw:Begindatum></Periode>";
        // The first contact, a relation's with an address.
        String metPeriode = Voorbeelden.vervangEerste(jw301, "</Contact>", periode + "</Contact>");
        assertThat(regels(metPeriode)).containsExactly("CD009");
        assertThat(regels(Voorbeelden.vervangEerste(metPeriode, "<Soort>01</Soort>", "<Soort>04</Soort>"))).isEmpty();

        assertThat(bevindingen(jw301.replace("<Soort>02</Soort>", "<Soort>03</Soort>")))
                .extracting(Bevinding::regel).containsExactly("CD034");
        assertThat(bevindingen(jw301.replace("<Soort>02</Soort>", "<Soort>03</Soort>")).get(0).locatie())
                .startsWith("/Bericht/Client/Relaties/Relatie[2]/Contact");
    }

    @Test
    void aDutchAddressHasADutchPostcode() {
        int huis = jw301.lastIndexOf("<ijw:Huis>");
        String zonderHuis = jw301.substring(0, huis) + jw301.substring(jw301.indexOf("</ijw:Huis>", huis) + "</ijw:Huis>".length());
        List<Bevinding> zonder = bevindingen(Voorbeelden.vervangLaatste(zonderHuis, "<ijw:Postcode>8011AB</ijw:Postcode>", ""));
        assertThat(zonder).extracting(Bevinding::regel).containsExactly("CD025");
        assertThat(zonder.get(0).locatie()).startsWith("/Bericht/Client/Contactgegevens/Contact").endsWith("/Adres");

        List<Bevinding> verkeerd = bevindingen(Voorbeelden.vervangLaatste(jw301, "<ijw:Postcode>8011AB</ijw:Postcode>", "<ijw:Postcode>0811AB</ijw:Postcode>"));
        assertThat(verkeerd).extracting(Bevinding::regel, Bevinding::melding)
                .containsExactly(tuple("CS089", "Postcode 0811AB is geen Nederlandse postcode (zoals 1234AB)."));
        String buitenland = Voorbeelden.vervangLaatste(Voorbeelden.vervangLaatste(jw301, "<ijw:Postcode>8011AB</ijw:Postcode>", "<ijw:Postcode>B-1000</ijw:Postcode>"),
                "<ijw:LandCode>NL</ijw:LandCode>", "<ijw:LandCode>BE</ijw:LandCode>");
        assertThat(regels(buitenland)).isEmpty();
    }

    @Test
    void aBeschikkingNumberComesWithItsDate() {
        String metNummer = jw315.replaceFirst("(</ReferentieAanbieder>)", "$1<BeschikkingNummer>2026001</BeschikkingNummer>");
        assertThat(bevindingen(metNummer)).extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CD043", AANGEVRAAGD));
        assertThat(regels(metNummer.replace("</Product>", "</Product><BeschikkingIngangsdatum>2026-11-01</BeschikkingIngangsdatum>")))
                .isEmpty();
        assertThat(bevindingen(jw315.replace("</Product>", "</Product><BeschikkingIngangsdatum>2026-11-01</BeschikkingIngangsdatum>")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CD043", AANGEVRAAGD + "/BeschikkingIngangsdatum"));
    }

    @Test
    void aReferrersTypeDecidesBetweenCodeAndName() {
        assertThat(bevindingen(jw315.replace("<ijw:ZorgverlenerCode>", "<ijw:Naam>Dr. Verzonnen</ijw:Naam><ijw:ZorgverlenerCode>")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CD066", AANGEVRAAGD + "/Verwijzer/Naam"));
        assertThat(bevindingen(jw315.replace("<ijw:ZorgverlenerCode>01012345</ijw:ZorgverlenerCode>", "")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CD067", AANGEVRAAGD + "/Verwijzer"));
        assertThat(bevindingen(jw315.replace("<ijw:Type>02</ijw:Type>", "<ijw:Type>01</ijw:Type>")))
                .extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("CD068", AANGEVRAAGD + "/Verwijzer/ZorgverlenerCode"));
    }

    @Test
    void aStartIsDeliveredFirstOrRemovedNothingElse() {
        String jw305 = Voorbeelden.tekst(BerichtType.JW305);

        List<Bevinding> gevonden = bevindingen(Voorbeelden.vervangEerste(jw305, "<StatusAanlevering>1</StatusAanlevering>",
                "<StatusAanlevering>2</StatusAanlevering>"));
        assertThat(gevonden).extracting(Bevinding::regel).containsExactly("CS058");
        assertThat(gevonden.get(0).locatie()).endsWith("/StatusAanlevering");
    }

    @Test
    void aBudgetAndAWeeklyOmvangNeedAnEndDate() {
        String budget = laatsteOmvang(jw301.replace("<ijw:Code>45A05</ijw:Code>", ""), "<Budget>50000</Budget>");
        assertThat(bevindingen(budget)).extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CD075", PRODUCT + "[2]"));

        assertThat(bevindingen(jw301.replace("<ijw:Frequentie>4</ijw:Frequentie>", "<ijw:Frequentie>2</ijw:Frequentie>")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CD076", PRODUCT + "[2]"));
    }

    @Test
    void withoutAProductCodeThereIsNoOmvang() {
        assertThat(bevindingen(jw301.replace("<ijw:Code>45A05</ijw:Code>", "")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CD080", PRODUCT + "[2]/Omvang"));
        assertThat(bevindingen(jw315.replace("<ijw:Code>45A01</ijw:Code>", "")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CD095", AANGEVRAAGD + "/Omvang"));
        assertThat(bevindingen(Voorbeelden.tekst(BerichtType.JW317).replace("<ijw:Code>45A03</ijw:Code>", "")))
                .extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("CD096", "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang"));
    }

    @Test
    void someUnitsOnlyComePerWeekPerMonthOrInTotal() {
        String perDag = "<ijw:Eenheid>14</ijw:Eenheid>$1<ijw:Frequentie>1</ijw:Frequentie>";
        String patroon = "<ijw:Eenheid>04</ijw:Eenheid>(\\s*)<ijw:Frequentie>2</ijw:Frequentie>";

        assertThat(bevindingen(jw301.replaceFirst(patroon, perDag))).extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("CS338", PRODUCT + "[1]/Omvang/Frequentie"));
        assertThat(bevindingen(jw315.replaceFirst(patroon, perDag))).extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("CS343", AANGEVRAAGD + "/Omvang/Frequentie"));
        assertThat(regels(jw301.replaceFirst(patroon, "<ijw:Eenheid>14</ijw:Eenheid>$1<ijw:Frequentie>4</ijw:Frequentie>"))).isEmpty();
    }
}
