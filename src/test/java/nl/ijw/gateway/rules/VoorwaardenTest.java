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

/** Conditions and constraints CD041, CD077-CD079, CD085, CD086, CS318, CS335 and CS336 on minimal variants of the samples. */
class VoorwaardenTest {

    private static final String PRODUCT = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct";

    private final Validatie validatie = Voorbeelden.validatie();
    private final String jw301 = Voorbeelden.tekst(BerichtType.JW301);
    private final String jw319 = Voorbeelden.tekst(BerichtType.JW319);

    private List<Bevinding> bevindingen(String bericht) {
        return validatie.valideer(bericht.getBytes(StandardCharsets.UTF_8)).bevindingen();
    }

    private static String zonderEersteOmvang(String bericht) {
        int begin = bericht.indexOf("<Omvang>");
        return bericht.substring(0, begin) + bericht.substring(bericht.indexOf("</Omvang>", begin) + "</Omvang>".length());
    }

    @Test
    void aProductCodeWithoutOmvangBreaksCd041() {
        assertThat(bevindingen(zonderEersteOmvang(jw301))).containsExactly(new Bevinding("CD041", "0001", PRODUCT + "[1]",
                "Omvang ontbreekt; die is verplicht omdat Product de Code 45A01 heeft."));
    }

    @Test
    void omvangAndBudgetTogetherBreakCd077AndCd078AndABudgetAloneIsFine() {
        String beide = Voorbeelden.vervangEerste(jw301, "</Omvang>", "</Omvang><Budget>150000</Budget>");

        assertThat(bevindingen(beide)).extracting(Bevinding::regel, Bevinding::locatie).containsExactly(
                tuple("CD077", PRODUCT + "[1]/Omvang"), tuple("CD078", PRODUCT + "[1]/Budget"));
        String alleenBudget = Voorbeelden.vervangEerste(zonderEersteOmvang(jw301), "<ijw:Code>45A01</ijw:Code>", "")
                .replaceFirst("<Einddatum>2027-04-30</Einddatum>", "<Einddatum>2027-04-30</Einddatum><Budget>150000</Budget>");
        assertThat(bevindingen(alleenBudget)).isEmpty();
    }

    @Test
    void anAllocatedProductWithoutProductOrBudgetBreaksCd079() {
        String tweede = jw301.substring(jw301.indexOf("<ijw:Code>45A05</ijw:Code>") - 200);
        String product = tweede.substring(tweede.indexOf("<Product>"), tweede.indexOf("</Product>") + "</Product>".length());

        // Without a Product there is no product Code either, so its Omvang breaks CD080 as well.
        assertThat(bevindingen(jw301.replace(product, ""))).extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("CD079", PRODUCT + "[2]"), tuple("CD080", PRODUCT + "[2]/Omvang"));
    }

    @Test
    void aRefusalNeedsItsReasonAndAnInquiryHasNone() {
        assertThat(bevindingen(jw319.replace("<RedenAfwijzingVerzoek>4</RedenAfwijzingVerzoek>", "")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CD085", "/Bericht/Antwoord"));
        String inOnderzoek = jw319.replace("<VerzoekAntwoord>1</VerzoekAntwoord>", "<VerzoekAntwoord>2</VerzoekAntwoord>");
        assertThat(bevindingen(inOnderzoek)).extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("CD086", "/Bericht/Antwoord/RedenAfwijzingVerzoek"));
        assertThat(bevindingen(inOnderzoek.replace("<RedenAfwijzingVerzoek>4</RedenAfwijzingVerzoek>", ""))).isEmpty();
    }

    @Test
    void aClientIsNoLegalPersonButARelationMayBe() {
        assertThat(bevindingen(Voorbeelden.vervangEerste(jw301, "<ijw:NaamGebruik>1</ijw:NaamGebruik>", "<ijw:NaamGebruik>6</ijw:NaamGebruik>")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CS318", "/Bericht/Client/Naam/NaamGebruik"));
        String relatie = jw301.replaceFirst("(?s)(<Relatie>.*?)<ijw:NaamGebruik>1</ijw:NaamGebruik>", "$1<ijw:NaamGebruik>6</ijw:NaamGebruik>");
        assertThat(bevindingen(relatie)).isEmpty();
    }

    @Test
    void redenWijziging01IsNotUsedAnd13OnlyOnAnAllocationClosedOnItsFirstDay() {
        assertThat(bevindingen(Voorbeelden.vervangEerste(jw301, "</Einddatum>", "</Einddatum><RedenWijziging>01</RedenWijziging>")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("CS336", PRODUCT + "[1]/RedenWijziging"));
        assertThat(bevindingen(Voorbeelden.vervangEerste(jw301, "</Einddatum>", "</Einddatum><RedenWijziging>13</RedenWijziging>")))
                .containsExactly(new Bevinding("CS335", "0001", PRODUCT + "[1]/RedenWijziging",
                        "RedenWijziging 13 (verwijderd) vraagt een Einddatum gelijk aan de Ingangsdatum 2026-11-01; die is 2027-04-30."));
        assertThat(bevindingen(Voorbeelden.vervangEerste(jw301, "<Einddatum>2027-04-30</Einddatum>",
                "<Einddatum>2026-11-01</Einddatum><RedenWijziging>13</RedenWijziging>"))).isEmpty();
    }
}
