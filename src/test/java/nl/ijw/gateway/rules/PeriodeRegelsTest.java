package nl.ijw.gateway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import nl.ijw.gateway.validation.Validatie;
import org.junit.jupiter.api.Test;

/** CS003 and TR018: an end date never lies before the start of its own period. */
class PeriodeRegelsTest {

    private final Validatie validatie = Voorbeelden.validatie();

    @Test
    void toegewezenProductEndingBeforeItsIngangsdatumBreaksCs003AtThatProduct() {
        var rapport = validatie.valideer(Voorbeelden.met(BerichtType.JW301,
                "<Einddatum>2027-04-30</Einddatum>", "<Einddatum>2026-10-31</Einddatum>"));

        assertThat(rapport.bevindingen()).containsExactly(new Bevinding("CS003", "0001",
                "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum",
                "Einddatum 2026-10-31 ligt vóór Ingangsdatum 2026-11-01."));
    }

    @Test
    void endDateOnTheStartDateIsAllowed() {
        var rapport = validatie.valideer(Voorbeelden.met(BerichtType.JW301,
                "<Einddatum>2027-04-30</Einddatum>", "<Einddatum>2026-11-01</Einddatum>"));

        assertThat(rapport.bevindingen()).isEmpty();
    }

    @Test
    void aangevraagdProductEndingBeforeItStartsBreaksCs003() {
        var rapport = validatie.valideer(Voorbeelden.met(BerichtType.JW315,
                "<ToewijzingEinddatum>2027-04-30</ToewijzingEinddatum>",
                "<ToewijzingEinddatum>2026-01-01</ToewijzingEinddatum>"));

        assertThat(rapport.bevindingen()).extracting(Bevinding::regel, Bevinding::locatie).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CS003",
                        "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ToewijzingEinddatum"));
    }

    @Test
    void teWijzigenProductEndingBeforeGewensteIngangsdatumBreaksCs003() {
        var rapport = validatie.valideer(Voorbeelden.met(BerichtType.JW317,
                "<Einddatum>2027-04-30</Einddatum>", "<Einddatum>2026-11-15</Einddatum>"));

        assertThat(rapport.bevindingen()).extracting(Bevinding::regel).containsExactly("CS003");
        assertThat(rapport.bevindingen().get(0).melding())
                .isEqualTo("Einddatum 2026-11-15 ligt vóór GewensteIngangsdatum 2026-11-16.");
    }

    @Test
    void stopProductEndingBeforeItsBegindatumBreaksTr018() {
        var rapport = validatie.valideer(Voorbeelden.met(BerichtType.JW307,
                "<Einddatum>2026-11-02</Einddatum>", "<Einddatum>2026-11-01</Einddatum>"));

        assertThat(rapport.bevindingen()).extracting(Bevinding::regel, Bevinding::retourcode, Bevinding::locatie)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TR018", "0001",
                        "/Bericht/Client/StopProducten/StopProduct[1]/Einddatum"));
    }
}
