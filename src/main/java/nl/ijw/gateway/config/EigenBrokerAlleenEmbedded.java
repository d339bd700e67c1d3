package nl.ijw.gateway.config;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On a standalone broker ({@code spring.artemis.mode=native}) the gateway runs no broker of its own.
 * Spring Boot starts its embedded Artemis whenever the broker classes are present, whatever the mode:
 * each gateway instance on a shared broker then also ran an idle broker of its own, with a journal
 * in its data dir and an acceptor on {@code ijw.broker.port} (found when the second instance on one
 * machine could not bind that port). Setting {@code spring.artemis.embedded.enabled} explicitly
 * still decides.
 */
public final class EigenBrokerAlleenEmbedded implements EnvironmentPostProcessor {

    static final String MODE = "spring.artemis.mode";
    static final String EIGEN_BROKER = "spring.artemis.embedded.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment omgeving, SpringApplication toepassing) {
        if ("native".equalsIgnoreCase(omgeving.getProperty(MODE, "").trim()) && !omgeving.containsProperty(EIGEN_BROKER)) {
            // Last: below everything a user can set.
            omgeving.getPropertySources().addLast(new MapPropertySource("ijw-geen-eigen-broker", Map.of(EIGEN_BROKER, "false")));
        }
    }
}
