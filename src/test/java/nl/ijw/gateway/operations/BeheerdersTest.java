package nl.ijw.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.ijw.gateway.config.GatewayProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.userdetails.UserDetails;

/** Secure defaults: no default password, and production refuses to run without proper operators. */
class BeheerdersTest {

    @TempDir
    Path data;

    private GatewayProperties met(boolean productie, GatewayProperties.Gebruiker... gebruikers) {
        return new GatewayProperties(data, null, null, null, null, null, null,
                new GatewayProperties.Beheer(0, null, List.of(gebruikers), productie, null), null);
    }

    @Test
    void withoutOperatorsOutsideProductionOneIsMadeWithARandomPasswordKeptForItsOwnerOnly() throws Exception {
        UserDetails eerste = Beheerders.uit(met(false)).get(0);
        Path bestand = data.resolve(Beheerders.WACHTWOORDBESTAND);
        String wachtwoord = Files.readString(bestand).trim();

        assertThat(eerste.getUsername()).isEqualTo("beheerder");
        assertThat(wachtwoord).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Beheerders.wachtwoorden().matches(wachtwoord, eerste.getPassword())).isTrue();
        assertThat(Files.getPosixFilePermissions(bestand)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        // A restart keeps the password; another data dir gets another one.
        UserDetails later = Beheerders.uit(met(false)).get(0);
        assertThat(Beheerders.wachtwoorden().matches(wachtwoord, later.getPassword())).isTrue();
    }

    @Test
    void productionWithoutOperatorsDoesNotStart() {
        assertThatThrownBy(() -> Beheerders.uit(met(true))).hasMessageContaining("ijw.beheer.gebruikers");
        assertThat(data.resolve(Beheerders.WACHTWOORDBESTAND)).doesNotExist();
    }

    @Test
    void productionRefusesAPasswordThatIsNotHashed() {
        assertThatThrownBy(() -> Beheerders.uit(met(true, new GatewayProperties.Gebruiker("jan", "{noop}geheim", List.of("BEHEERDER")))))
                .hasMessageContaining("ongehasht");
    }

    @Test
    void anOperatorNeedsAKnownRoleAndAPasswordScheme() {
        assertThatThrownBy(() -> Beheerders.uit(met(false, new GatewayProperties.Gebruiker("jan", "{noop}x", List.of("ADMIN")))))
                .hasMessageContaining("rollen");
        assertThatThrownBy(() -> Beheerders.uit(met(false, new GatewayProperties.Gebruiker("jan", "geheim", List.of("LEZER")))))
                .hasMessageContaining("schema");
    }

    @Test
    void configuredOperatorsSignInWithTheirHashedPasswordAndRoles() {
        String hash = Beheerders.wachtwoorden().encode("correct paard batterij");
        List<UserDetails> gebruikers = Beheerders.uit(met(true, new GatewayProperties.Gebruiker("jan", hash, List.of("LEZER"))));

        assertThat(gebruikers).singleElement().satisfies(g -> {
            assertThat(Beheerders.wachtwoorden().matches("correct paard batterij", g.getPassword())).isTrue();
            assertThat(g.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_LEZER");
        });
    }
}
