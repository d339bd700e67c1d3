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
 * The in-message technical rules TR002, TR302, TR352, TR353, TR377, TR383, TR386, TR409 and TR410,
 * each passing on the sample and failing on a minimal variant of it.
 */
class InBerichtRegelsTest {

    private final Validatie validatie = Voorbeelden.validatie();

    private List<Bevinding> bevindingen(String bericht) {
        return validatie.valideer(bericht.getBytes(StandardCharsets.UTF_8)).bevindingen();
    }

    /** The class from its opening to its closing tag (the first one), to repeat or drop it. */
    private static String klasse(String bericht, String naam) {
        int begin = bericht.indexOf("<" + naam + ">");
        int eind = bericht.indexOf("</" + naam + ">", begin) + naam.length() + 3;
        assertThat(begin).as(naam).isNotNegative();
        return bericht.substring(begin, eind);
    }

    /** The message with a copy of the class's first occurrence, changed as given, right after it. */
    private static String herhaald(String bericht, String naam, String was, String wordt) {
        String eerste = klasse(bericht, naam);
        return bericht.replace(eerste, eerste + Voorbeelden.vervang(eerste, was, wordt));
    }

    private static String zonder(String bericht, String naam) {
        return bericht.replace(klasse(bericht, naam), "");
    }

    @Test
    void everySampleComplies() {
        for (BerichtType type : List.of(BerichtType.JW301, BerichtType.JW305, BerichtType.JW307, BerichtType.JW315,
                BerichtType.JW317, BerichtType.JW319)) {
            assertThat(bevindingen(Voorbeelden.tekst(type))).as(type.name()).isEmpty();
        }
    }

    /** All findings in one answer: in the catalogue's order, then in document order, the same every time. */
    @Test
    void everyFindingOfAMessageIsReportedInAStableOrder() {
        String jw301 = Voorbeelden.tekst(BerichtType.JW301)
                .replace("<ijw:Code>45A05</ijw:Code>", "<ijw:Code>45Z99</ijw:Code>")
                .replace("<Afzender>0193</Afzender>", "<Afzender>0001</Afzender>")
                .replace("<ijw:Datum>2014-03-12</ijw:Datum>", "<ijw:Datum>2026-11-03</ijw:Datum>")
                .replaceFirst("<Einddatum>2027-04-30</Einddatum>", "<Einddatum>2026-10-01</Einddatum>");

        List<Bevinding> eerste = bevindingen(jw301);

        assertThat(eerste).extracting(Bevinding::regel).containsExactly("CS003", "TR134", "TR378", "TR381");
        assertThat(bevindingen(jw301)).isEqualTo(eerste);
    }

    @Test
    void aBirthDateMoreThan120YearsBeforeTheDagtekeningBreaksTr002() {
        String jw301 = Voorbeelden.tekst(BerichtType.JW301);

        assertThat(bevindingen(jw301.replace("<ijw:Datum>2014-03-12</ijw:Datum>", "<ijw:Datum>1906-11-01</ijw:Datum>")))
                .containsExactly(new Bevinding("TR002", "0001", "/Bericht/Client/Geboortedatum",
                        "Geboortedatum 1906-11-01 ligt meer dan 120 jaar vóór de Dagtekening 2026-11-02."));
        assertThat(bevindingen(jw301.replace("<ijw:Datum>2014-03-12</ijw:Datum>", "<ijw:Datum>1906-11-02</ijw:Datum>")))
                .as("exactly 120 years").isEmpty();
        assertThat(bevindingen(jw301.replace("<ijw:Datum>1984-06-20</ijw:Datum>", "<ijw:Datum>1899-12-31</ijw:Datum>")))
                .extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("TR002", "/Bericht/Client/Relaties/Relatie[1]/Geboortedatum"));
    }

    @Test
    void anUnknownBirthDateIsNotJudgedByTr002() {
        String onbekend = Voorbeelden.tekst(BerichtType.JW315).replace("<ijw:Datum>2014-03-12</ijw:Datum>",
                "<ijw:Datum>1900-01-01</ijw:Datum><ijw:DatumGebruik>3</ijw:DatumGebruik>");

        assertThat(bevindingen(onbekend)).extracting(Bevinding::regel).doesNotContain("TR002");
    }

    @Test
    void aDateOfWhatHappenedAfterTheDagtekeningBreaksTr134() {
        String jw305 = Voorbeelden.tekst(BerichtType.JW305);
        assertThat(bevindingen(jw305.replaceFirst("<Begindatum>2026-11-02</Begindatum>", "<Begindatum>2026-11-03</Begindatum>")))
                .containsExactly(new Bevinding("TR134", "0001", "/Bericht/Client/StartProducten/StartProduct[1]/Begindatum",
                        "Begindatum 2026-11-03 ligt na de Dagtekening 2026-11-02 van het bericht."));

        String jw307 = Voorbeelden.tekst(BerichtType.JW307);
        assertThat(bevindingen(jw307.replace("<Einddatum>2026-11-02</Einddatum>", "<Einddatum>2026-11-03</Einddatum>")))
                .extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("TR134", "/Bericht/Client/StopProducten/StopProduct[1]/Einddatum"));

        String jw301 = Voorbeelden.tekst(BerichtType.JW301);
        assertThat(bevindingen(jw301.replace("<ijw:Datum>2014-03-12</ijw:Datum>", "<ijw:Datum>2026-11-03</ijw:Datum>")))
                .extracting(Bevinding::regel, Bevinding::locatie).containsExactly(tuple("TR134", "/Bericht/Client/Geboortedatum/Datum"));
        assertThat(bevindingen(jw301.replaceFirst("<Toewijzingsdatum>2026-11-02</Toewijzingsdatum>",
                "<Toewijzingsdatum>2026-11-03</Toewijzingsdatum>"))).extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("TR134", "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Toewijzingsdatum"));
        assertThat(bevindingen(jw301.replaceAll("2026-11-02", "2026-11-01"))).as("on the Dagtekening itself")
                .extracting(Bevinding::regel).doesNotContain("TR134");
    }

    @Test
    void aNewProductFromTheDagtekeningOrBeforeBreaksTr380() {
        String jw317 = Voorbeelden.tekst(BerichtType.JW317);
        String nieuw = klasse(jw317, "NieuwProduct");

        assertThat(bevindingen(jw317.replace(nieuw, nieuw.replace("2026-11-16", "2026-11-02"))))
                .containsExactly(new Bevinding("TR380", "0001", "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/GewensteIngangsdatum",
                        "GewensteIngangsdatum 2026-11-02 ligt niet na de Dagtekening 2026-11-02 van het bericht."));
        assertThat(bevindingen(jw317.replace(nieuw, nieuw.replace("2026-11-16", "2026-11-03")))).isEmpty();
    }

    @Test
    void theSameProductTwiceInOverlappingPeriodsBreaksTr302AtTheSecond() {
        String jw301 = Voorbeelden.tekst(BerichtType.JW301).replace("<ijw:Code>45A05</ijw:Code>", "<ijw:Code>45A01</ijw:Code>");

        assertThat(bevindingen(jw301)).containsExactly(new Bevinding("TR302", "0001",
                "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]",
                "Product 45/45A01 komt vaker voor met overlappende perioden: 2026-11-01 t/m open einde en 2026-11-01 t/m 2027-04-30."));
        int laatste = jw301.lastIndexOf("<Ingangsdatum>2026-11-01</Ingangsdatum>");
        String daarna = jw301.substring(0, laatste) + "<Ingangsdatum>2027-05-01</Ingangsdatum>"
                + jw301.substring(laatste + "<Ingangsdatum>2026-11-01</Ingangsdatum>".length());
        assertThat(bevindingen(daarna)).as("the second starts after the first ends").isEmpty();
    }

    @Test
    void twoRequestedProductsWithOneReferenceBreakTr383AndOverlappingOnesTr386() {
        String jw315 = Voorbeelden.tekst(BerichtType.JW315);
        String referentie = jw315.substring(jw315.indexOf("<ReferentieAanbieder>"), jw315.indexOf("</ReferentieAanbieder>"));

        assertThat(bevindingen(herhaald(jw315, "AangevraagdProduct", "<ijw:Code>45A01</ijw:Code>", "<ijw:Code>45A03</ijw:Code>")))
                .extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("TR383", "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder"));
        assertThat(bevindingen(herhaald(jw315, "AangevraagdProduct", referentie, referentie + "B")))
                .extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("TR386", "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]"));
        String ander = herhaald(jw315, "AangevraagdProduct", referentie, referentie + "B")
                .replaceFirst("(?s)(AangevraagdProduct>.*AangevraagdProduct>.*?)<ijw:Code>45A01</ijw:Code>", "$1<ijw:Code>45A03</ijw:Code>");
        assertThat(bevindingen(ander)).as("another product in the same period").isEmpty();
    }

    @Test
    void aNewProductTwiceInOverlappingPeriodsBreaksTr410() {
        String jw317 = Voorbeelden.tekst(BerichtType.JW317);

        assertThat(bevindingen(herhaald(jw317, "NieuwProduct", "<GewensteIngangsdatum>2026-11-16</GewensteIngangsdatum>",
                "<GewensteIngangsdatum>2027-04-30</GewensteIngangsdatum>")))
                .extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("TR410", "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]"));
        assertThat(bevindingen(herhaald(jw317, "NieuwProduct", "<GewensteIngangsdatum>2026-11-16</GewensteIngangsdatum>",
                "<GewensteIngangsdatum>2027-05-01</GewensteIngangsdatum>").replaceFirst(
                "(?s)(NieuwProduct>.*NieuwProduct>.*?)<Einddatum>2027-04-30</Einddatum>", "$1<Einddatum>2027-10-31</Einddatum>")))
                .as("one after the other").isEmpty();
    }

    @Test
    void aRequestForChangeWithOnlyNewProductsBreaksTr352AndWithOnlyUnchangedOnesTr353() {
        String jw317 = Voorbeelden.tekst(BerichtType.JW317);

        assertThat(bevindingen(zonder(zonder(jw317, "OngewijzigdeProducten"), "TeWijzigenProducten")))
                .extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("TR352", "/Bericht/Client/Verzoek"));
        assertThat(bevindingen(zonder(zonder(jw317, "TeWijzigenProducten"), "NieuweProducten")))
                .extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("TR353", "/Bericht/Client/Verzoek"));
    }

    @Test
    void woonplaatsbeginselIsThereExactlyWithReason8() {
        String jw319 = Voorbeelden.tekst(BerichtType.JW319);
        String reden8 = jw319.replace("<RedenAfwijzingVerzoek>4</RedenAfwijzingVerzoek>", "<RedenAfwijzingVerzoek>8</RedenAfwijzingVerzoek>");
        String gemeente = "<Woonplaatsbeginsel><Gemeente>0150</Gemeente></Woonplaatsbeginsel>";

        assertThat(bevindingen(reden8)).extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("TR377", "/Bericht/Antwoord"));
        assertThat(bevindingen(reden8.replace("</Antwoord>", gemeente + "</Antwoord>"))).isEmpty();
        assertThat(bevindingen(jw319.replace("</Antwoord>", gemeente + "</Antwoord>")))
                .extracting(Bevinding::regel, Bevinding::locatie)
                .containsExactly(tuple("TR409", "/Bericht/Antwoord/Woonplaatsbeginsel"));
    }
}
