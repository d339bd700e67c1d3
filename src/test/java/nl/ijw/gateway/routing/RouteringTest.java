package nl.ijw.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ijw.gateway.regions.Aanbieder;
import nl.ijw.gateway.regions.Gemeente;
import nl.ijw.gateway.regions.PartijRegister;
import nl.ijw.gateway.regions.Regio;
import org.junit.jupiter.api.Test;

class RouteringTest {

    private final PartijRegister register = new PartijRegister(
            List.of(new Regio("r", "R", null, List.of(
                    new Gemeente("0193", "Zwolle", "r", "ijw.out.zwolle-backoffice", Gemeente.RetourSchrijver.GATEWAY),
                    new Gemeente("0150", "Deventer", "r", "ijw.out.0150", Gemeente.RetourSchrijver.GATEWAY)), List.of())),
            List.of(new Aanbieder("12345678", "A", List.of("r"), List.of(), "ijw.out.12345678")));

    private final Routering routering = new Routering(() -> register);

    @Test
    void outboxComesFromTheRegisterWithTheStandardNameAsDefault() {
        assertThat(routering.outbox("0193")).isEqualTo("ijw.out.zwolle-backoffice");
        assertThat(routering.outbox("12345678")).isEqualTo("ijw.out.12345678");
        assertThat(routering.outbox("0999")).isEqualTo("ijw.out.0999");
    }
}
