package nl.ijw.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The journal's settings refuse what the embedded database would not honour. */
class JournaalInstellingenTest {

    private static GatewayProperties.Journaal metPaginacache(String paginacache) {
        return new GatewayProperties.Journaal(null, null, null, null, null, null, null, null,
                paginacache == null ? null : DataSize.parse(paginacache));
    }

    @Test
    void thePageCacheDefaultsToFourMegabytes() {
        assertThat(metPaginacache(null).paginacache()).isEqualTo(DataSize.ofMegabytes(4));
    }

    @Test
    void aPageCacheOfWholeMegabytesIsTaken() {
        assertThat(metPaginacache("1MB").paginacache().toKilobytes()).isEqualTo(1024);
        assertThat(metPaginacache("3072KB").paginacache()).isEqualTo(DataSize.ofMegabytes(3));
    }

    @Test
    void aPageCacheH2WouldRoundIsRefused() {
        // H2 would run with 1 MB for both.
        for (String paginacache : new String[] {"1536KB", "512KB"}) {
            assertThatThrownBy(() -> metPaginacache(paginacache)).as(paginacache)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ijw.journaal.paginacache")
                    .hasMessageContaining("whole number of megabytes");
        }
    }
}
