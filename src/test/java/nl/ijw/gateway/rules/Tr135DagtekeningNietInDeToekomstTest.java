package nl.ijw.gateway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import nl.ijw.gateway.validation.Validatie;
import org.junit.jupiter.api.Test;

class Tr135DagtekeningNietInDeToekomstTest {

    private final Validatie validatie = Voorbeelden.validatie();

    @Test
    void dagtekeningAfterTodayGivesRetourcode8848OnTheHeader() {
        var rapport = validatie.valideer(Voorbeelden.met(BerichtType.JW319,
                "<ijw:Dagtekening>2026-11-02</ijw:Dagtekening>", "<ijw:Dagtekening>2026-11-24</ijw:Dagtekening>"));

        assertThat(rapport.bevindingen()).containsExactly(new Bevinding("TR135", "8848",
                "/Bericht/Header/BerichtIdentificatie/Dagtekening",
                "Dagtekening 2026-11-24 ligt na de datum van ontvangst 2026-11-23."));
    }

    @Test
    void dagtekeningOfTodayIsAccepted() {
        var rapport = validatie.valideer(Voorbeelden.met(BerichtType.JW319,
                "<ijw:Dagtekening>2026-11-02</ijw:Dagtekening>", "<ijw:Dagtekening>2026-11-23</ijw:Dagtekening>"));

        assertThat(rapport.geldig()).isTrue();
    }
}
