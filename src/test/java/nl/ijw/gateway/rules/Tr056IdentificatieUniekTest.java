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
        Geschiedenis gezien = (Geschiedenis) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Geschiedenis.class}, (proxy, methode, argumenten) -> methode.getName().equals("identificatieGebruikt")
                        ? argumenten[0].equals("12345678") && argumenten[1] == BerichtType.JW305 && argumenten[2].equals("DUBBEL-1")
                        : methode.invoke(Geschiedenis.LEEG, argumenten));

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
