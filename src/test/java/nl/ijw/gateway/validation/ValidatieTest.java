package nl.ijw.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.intake.Ontvangst;
import nl.ijw.gateway.regions.PartijRegister;
import nl.ijw.gateway.regions.RegioLader;
import nl.ijw.gateway.regions.beleid.BeleidsCatalogus;
import nl.ijw.gateway.retour.RetourBuilder;
import nl.ijw.gateway.rules.RegelCatalogus;
import org.junit.jupiter.api.Test;

/** Who writes the retour: the gateway by default, the receiving municipality when it is configured to. */
class ValidatieTest {

    private static Validatie validatieMetZwolleDieZelfRetourneert() {
        return Voorbeelden.validatie(Voorbeelden.partijenMetZwolleDieZelfRetourneert());
    }

    private static Ontvangst ontvangst(byte[] inhoud) {
        return new Ontvangst("test", inhoud, "jms", Instant.now(), 1, Map.of(), null, null, Ontvangst.Eerder.NIET);
    }

    @Test
    void gatewayWritesTheRetourByDefault() {
        Beoordeling b = Voorbeelden.validatie().beoordeel(ontvangst(Voorbeelden.bytes(BerichtType.JW305)));

        assertThat(b.uitkomst()).isEqualTo(Uitkomst.GEACCEPTEERD);
        assertThat(b.heeftRetour()).isTrue();
    }

    @Test
    void municipalityThatWritesItsOwnRetoursGetsTheMessageWithoutAGatewayRetour() {
        Beoordeling b = validatieMetZwolleDieZelfRetourneert().beoordeel(ontvangst(Voorbeelden.bytes(BerichtType.JW305)));

        assertThat(b.uitkomst()).isEqualTo(Uitkomst.GEACCEPTEERD);
        assertThat(b.heeftRetour()).isFalse();
        assertThat(b.doorsturen()).isTrue();
    }

    @Test
    void rejectedMessageIsStillAnsweredByTheGatewayBecauseTheMunicipalityNeverSeesIt() {
        Beoordeling b = validatieMetZwolleDieZelfRetourneert().beoordeel(
                ontvangst(Voorbeelden.met(BerichtType.JW305, "999993653", "999993654")));

        assertThat(b.uitkomst()).isEqualTo(Uitkomst.AFGEKEURD);
        assertThat(b.heeftRetour()).isTrue();
    }
}
