package nl.ijw.gateway.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.ijw.gateway.Voorbeelden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every policy shipped in regios/: it starts on the day its source document took effect and not a
 * day earlier, and its versions leave no gap once it has started.
 */
class GeleverdBeleidTest {

    static Stream<Beleid> geleverdBeleid() {
        return Voorbeelden.PARTIJEN.regios().stream().flatMap(r -> r.beleid().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("geleverdBeleid")
    void shippedPolicyIsInForceFromItsStartDateOnly(Beleid beleid) {
        var eerste = beleid.versies().stream().map(BeleidVersie::geldigVan).min(java.time.LocalDate::compareTo).orElseThrow();

        assertThat(beleid.versieOp(eerste.minusDays(1))).as("dag vóór %s", eerste).isEmpty();
        assertThat(beleid.versieOp(eerste)).as("eerste dag").isPresent();
        assertThat(beleid.versieOp(java.time.LocalDate.of(2026, 11, 23))).as("vandaag").isPresent();
        assertThat(eerste).isIn(java.time.LocalDate.of(2023, 1, 1), java.time.LocalDate.of(2019, 1, 24));
    }
}
