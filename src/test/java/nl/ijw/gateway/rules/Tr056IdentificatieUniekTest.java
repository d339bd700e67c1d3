package nl.ijw.gateway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import nl.ijw.gateway.validation.Bevinding;
import org.junit.jupiter.api.Test;

class Tr056IdentificatieUniekTest {

    @Test
    void identificatieUsedBeforeBySameSenderForSameTypeGives9056OnTheHeader() {
        byte[] bericht = Voorbeelden.metIdentificatie(BerichtType.JW305, "DUBBEL-1");
        Geschiedenis gezien = new Geschiedenis() {
            @Override
            public boolean identificatieGebruikt(String afzender, BerichtType type, String identificatie) {
                return afzender.equals("12345678") && type == BerichtType.JW305 && identificatie.equals("DUBBEL-1");
            }

            @Override
            public java.util.Optional<java.util.Set<String>> toewijzingen(String aanbieder, String bsn) {
                return java.util.Optional.empty();
            }
        };

        var bevindingen = new Tr056IdentificatieUniek(gezien).toets(Voorbeelden.bericht(BerichtType.JW305, bericht));

        assertThat(bevindingen).containsExactly(new Bevinding("TR056", "9056",
                "/Bericht/Header/BerichtIdentificatie/Identificatie",
                "Identificatie DUBBEL-1 is door deze afzender al eerder gebruikt voor een JW305."));
    }

    @Test
    void newIdentificatieIsAccepted() {
        var bevindingen = new Tr056IdentificatieUniek(Geschiedenis.LEEG)
                .toets(Voorbeelden.bericht(BerichtType.JW305, Voorbeelden.bytes(BerichtType.JW305)));

        assertThat(bevindingen).isEmpty();
    }
}
