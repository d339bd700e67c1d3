package nl.ijw.gateway.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.Test;

/** The JW319 the gateway writes on a municipality's behalf, for each action that answers. */
class AntwoordNamensGemeenteTest {

    private final AntwoordNamensGemeente antwoorden = new AntwoordNamensGemeente(Voorbeelden.SCHRIJVER, Voorbeelden.KLOK, "0.1.0");

    private static BeleidsUitkomst uitkomst(Actie actie, Map<String, Object> parameters) {
        Beleid beleid = new Beleid("TEST-BELEID", "test", "vow-buiten-berichtenverkeer", Set.of(BerichtType.JW315),
                Set.of("0193"), List.of());
        return new BeleidsUitkomst(List.of(new Treffer(beleid, new BeleidVersie(LocalDate.of(2020, 1, 1), null, actie, parameters))));
    }

    @Test
    void requestInOnderzoekIsAnsweredWithVerzoekAntwoord2WithoutReasonAndStillForwarded() {
        BeleidsUitkomst onderzoek = uitkomst(Actie.ONDERZOEK, Map.of());

        Voorbeelden.Traject t = Voorbeelden.traject();
        var uit = antwoorden.bouw(Voorbeelden.bericht(BerichtType.JW315, t.tekst(BerichtType.JW315)), onderzoek, "id-1");

        assertThat(uit).singleElement().satisfies(a -> assertThat(new String(a.inhoud(), StandardCharsets.UTF_8))
                .contains("<VerzoekAntwoord>2</VerzoekAntwoord></Antwoord>")
                .contains("<ReferentieAanbieder>" + t.waarde("VOT-2026-0001") + "</ReferentieAanbieder>")
                .doesNotContain("RedenAfwijzingVerzoek"));
        assertThat(onderzoek.doorsturen()).isTrue();
    }

    @Test
    void requestWithTwoRequestedProductsGetsOneAnswerPerReferentieAanbieder() {
        Voorbeelden.Traject t = Voorbeelden.traject();
        String tekst = t.tekst(BerichtType.JW315);
        int begin = tekst.indexOf("<AangevraagdProduct>");
        int eind = tekst.indexOf("</AangevraagdProduct>") + "</AangevraagdProduct>".length();
        String tweede = tekst.substring(begin, eind).replace(t.waarde("VOT-2026-0001"), "VOT-2026-0002");
        byte[] twee = (tekst.substring(0, eind) + tweede + tekst.substring(eind)).getBytes(StandardCharsets.UTF_8);

        var uit = antwoorden.bouw(Voorbeelden.bericht(BerichtType.JW315, twee), uitkomst(Actie.AFWIJZEN, Map.of("reden-afwijzing", "3")), "id-2");

        assertThat(uit).hasSize(2);
        assertThat(uit).extracting(AntwoordNamensGemeente.Antwoord::identificatie).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("GW").hasSizeLessThanOrEqualTo(12));
        assertThat(new String(uit.get(1).inhoud(), StandardCharsets.UTF_8)).contains("VOT-2026-0002")
                .contains("<RedenAfwijzingVerzoek>3</RedenAfwijzingVerzoek>");
    }

    @Test
    void rejectionForwardedForInformationWhenThePolicySaysSo() {
        assertThat(uitkomst(Actie.AFWIJZEN, Map.of("reden-afwijzing", "4")).doorsturen()).isFalse();
        assertThat(uitkomst(Actie.AFWIJZEN, Map.of("reden-afwijzing", "4", "ter-informatie-doorsturen", "true"))
                .doorsturen()).isTrue();
    }

    @Test
    void signalOnlyGivesNoAnswer() {
        assertThat(antwoorden.bouw(Voorbeelden.bericht(BerichtType.JW315, Voorbeelden.bytes(BerichtType.JW315)),
                uitkomst(Actie.SIGNAAL, Map.of()), "id-3")).isEmpty();
    }
}
