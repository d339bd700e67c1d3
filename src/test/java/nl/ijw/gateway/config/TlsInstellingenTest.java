package nl.ijw.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.junit.jupiter.api.Test;

/** The broker acceptor's TLS settings: client certificates only inside TLS, and said at start when set wrongly. */
class TlsInstellingenTest {

    private static Map<String, Object> acceptor(GatewayProperties.Tls tls) {
        return BrokerConfiguration.acceptor(new GatewayProperties.Broker(null, 0, null, null, null, tls));
    }

    @Test
    void aTrustStoreMakesTheAcceptorAskForCertificatesAndNeedThemOnlyWhenRequired() {
        Map<String, Object> gevraagd = acceptor(new GatewayProperties.Tls("g.p12", "w", null, "p.p12", "w", null, false));
        assertThat(gevraagd).containsEntry(TransportConstants.WANT_CLIENT_AUTH_PROP_NAME, true)
                .doesNotContainKey(TransportConstants.NEED_CLIENT_AUTH_PROP_NAME)
                .containsEntry(TransportConstants.TRUSTSTORE_PATH_PROP_NAME, "p.p12");
        Map<String, Object> verplicht = acceptor(new GatewayProperties.Tls("g.p12", "w", null, "p.p12", "w", null, true));
        assertThat(verplicht).containsEntry(TransportConstants.NEED_CLIENT_AUTH_PROP_NAME, true)
                .doesNotContainKey(TransportConstants.WANT_CLIENT_AUTH_PROP_NAME);
        assertThat(acceptor(new GatewayProperties.Tls("g.p12", "w", null, null, null, null, false)))
                .doesNotContainKeys(TransportConstants.WANT_CLIENT_AUTH_PROP_NAME, TransportConstants.TRUSTSTORE_PATH_PROP_NAME);
    }

    @Test
    void certificatesWithoutTlsOrARequirementWithoutTrustedCertificatesIsRefused() {
        assertThatThrownBy(() -> new GatewayProperties.Tls(null, null, null, "p.p12", "w", null, false))
                .hasMessageContaining("ijw.broker.tls.key-store");
        assertThatThrownBy(() -> new GatewayProperties.Tls("g.p12", "w", null, null, null, null, true))
                .hasMessageContaining("ijw.broker.tls.trust-store");
    }
}
