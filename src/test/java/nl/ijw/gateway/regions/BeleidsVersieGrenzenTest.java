package nl.ijw.gateway.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.Bericht;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.regions.beleid.BeleidsCatalogus;
import nl.ijw.gateway.regions.beleid.CrisisMaximaleDuur;
import nl.ijw.gateway.regions.beleid.DyslexieLeeftijd;
import nl.ijw.gateway.regions.beleid.EersteMedischeVerwijzing;
import nl.ijw.gateway.regions.beleid.SegmentBeperking;
import nl.ijw.gateway.regions.beleid.Standaardbudgetten;
import nl.ijw.gateway.regions.beleid.VowBuitenBerichtenverkeer;
import org.junit.jupiter.api.Test;

/**
 * A policy that signals up to 2024-12-31 and rejects from 2025-01-01: the version applied is the one
 * in force on the day the message was received (REGIONAL.md), day by day at the boundaries.
 */
class BeleidsVersieGrenzenTest {

    private static final String REGIO = """
            regio:
              code: proefregio
              naam: Proefregio
            gemeenten:
              - { code: "0193", naam: Zwolle }
            beleid:
              - code: PROEF-STANDAARDBUDGETTEN
                naam: Ambulant alleen in standaardbudgetten, vanaf 2025 streng
                soort: standaardbudgetten
                berichten: [JW315]
                versies:
                  - geldig-van: 2023-01-01
                    geldig-tot: 2024-12-31
                    actie: signaal
                    parameters:
                      categorie: "45"
                      bedragen: [100000, 200000, 300000, 500000, 800000, 1200000, 1500000, 2000000]
                      offerte-boven: 2000000
                  - geldig-van: 2025-01-01
                    actie: afwijzen
                    parameters:
                      categorie: "45"
                      bedragen: [100000, 200000, 300000, 500000, 800000, 1200000, 1500000, 2000000]
                      offerte-boven: 2000000
                      reden-afwijzing: "4"
            """;

    private final BeleidsCatalogus catalogus = new BeleidsCatalogus(List.of(new SegmentBeperking(),
            new Standaardbudgetten(), new EersteMedischeVerwijzing(), new CrisisMaximaleDuur(), new DyslexieLeeftijd(),
            new VowBuitenBerichtenverkeer()));
    private final PartijRegister register =
            new RegioLader(catalogus).laad(List.of(new RegioLader.Bestand("proefregio.yaml", REGIO)));
    private final RegionaalBeleid beleid = new RegionaalBeleid(() -> register, catalogus);
    private final Bericht nietStandaard = aanvraagMetBudget("1040000");

    @Test
    void beforeTheFirstVersionNoPolicyApplies() {
        assertThat(beleid.beoordeel(nietStandaard, LocalDate.of(2022, 12, 31)).treffers()).isEmpty();
    }

    @Test
    void onTheFirstDayOfTheFirstVersionItSignals() {
        assertThat(actiesOp(LocalDate.of(2023, 1, 1))).containsExactly(Actie.SIGNAAL);
    }

    @Test
    void onTheLastDayOfTheOldVersionItStillSignals() {
        BeleidsUitkomst uitkomst = beleid.beoordeel(nietStandaard, LocalDate.of(2024, 12, 31));

        assertThat(uitkomst.treffers()).singleElement().satisfies(t -> {
            assertThat(t.actie()).isEqualTo(Actie.SIGNAAL);
            assertThat(t.versie().geldigTot()).isEqualTo(LocalDate.of(2024, 12, 31));
        });
        assertThat(uitkomst.signalen()).containsExactly("PROEF-STANDAARDBUDGETTEN");
        assertThat(uitkomst.afwijzing()).isEmpty();
    }

    @Test
    void onTheFirstDayOfTheNewVersionItRejects() {
        BeleidsUitkomst uitkomst = beleid.beoordeel(nietStandaard, LocalDate.of(2025, 1, 1));

        assertThat(uitkomst.treffers()).singleElement().satisfies(t -> {
            assertThat(t.actie()).isEqualTo(Actie.AFWIJZEN);
            assertThat(t.versie().geldigVan()).isEqualTo(LocalDate.of(2025, 1, 1));
        });
        assertThat(uitkomst.afwijzing()).isPresent();
        assertThat(uitkomst.doorsturen()).isFalse();
    }

    @Test
    void aStandardBudgetMeetsNeitherVersion() {
        Bericht standaard = aanvraagMetBudget("800000");

        assertThat(beleid.beoordeel(standaard, LocalDate.of(2024, 12, 31)).treffers()).isEmpty();
        assertThat(beleid.beoordeel(standaard, LocalDate.of(2025, 1, 1)).treffers()).isEmpty();
    }

    private List<Actie> actiesOp(LocalDate ontvangen) {
        return beleid.beoordeel(nietStandaard, ontvangen).treffers().stream().map(Treffer::actie).toList();
    }

    private static Bericht aanvraagMetBudget(String budget) {
        return Voorbeelden.bericht(BerichtType.JW315, Voorbeelden.met(BerichtType.JW315,
                "<Verwijzer>", "<Budget>" + budget + "</Budget><Verwijzer>"));
    }
}
