package nl.ijw.gateway.config;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import java.util.Set;
import nl.ijw.gateway.access.BrokerGebruikers;
import nl.ijw.gateway.access.BrokerToegang;
import nl.ijw.gateway.regions.RegioConfiguratie;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnectorFactory;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker (only used when {@code spring.artemis.mode=embedded}): an acceptor for
 * provider software and back offices, a journal tuned for group commit, and dead-letter settings.
 * The broker owns redelivery of {@code ijw.in}; once the attempts are used up the gateway
 * dead-letters with a reason on the next delivery, and the broker's own limit one delivery later is
 * the safety net.
 */
@Configuration(proxyBeanMethods = false)
public class BrokerConfiguration {

    public static final String IN = "ijw.in";
    public static final String DLQ = "ijw.dlq";

    /**
     * Artemis's journal-pool-files: a freed journal file is kept for reuse only while the journal holds
     * fewer files than this, so under load it is deleted and the next file is a new, zero-filled one.
     * With reused files, the journal's compaction (which reads every file whole) at times allocated
     * byte arrays of megabytes apiece, gigabytes in seconds: a storm of collections, and messages held
     * up for one to two seconds. Most likely its reader took the old contents after a reused file's
     * last record for records; without reuse the stalls were gone (README, Latency).
     */
    public static final int JOURNAAL_POOL_BESTANDEN = 2;

    @Bean
    ArtemisConfigurationCustomizer ijwBroker(GatewayProperties properties) {
        return config -> {
            GatewayProperties.Broker broker = properties.broker();
            GatewayProperties.Intake intake = properties.intake();
            config.addAcceptorConfiguration(new TransportConfiguration(NettyAcceptorFactory.class.getName(), acceptor(broker),
                    "ijw-tcp"));
            // The NIO default (3.33 ms) caps a commit-per-message flow near 300 msg/s (STACK.md).
            config.setJournalBufferTimeout_NIO((int) broker.journalBufferTimeout().toNanos());
            config.setJournalPoolFiles(JOURNAAL_POOL_BESTANDEN);
            config.setAddressSettings(new HashMap<>(adresInstellingen(intake, "#")));
            config.addQueueConfiguration(QueueConfiguration.of(DLQ).setRoutingType(RoutingType.ANYCAST));
            // Who may do what is decided by BrokerToegang: the gateway everything, a party send to ijw.in
            // and take from its own outboxes, an operator browse and manage. Messages carry their
            // sender's name. Artemis asks the security manager only for addresses with a role setting.
            config.setSecurityEnabled(broker.beveiliging());
            config.setPopulateValidatedUser(true);
            config.putSecurityRoles("#", Set.of(new Role(BrokerToegang.ALLE, true, true, true, true, true, true, true, true, true,
                    true, true, true)));
        };
    }

    /**
     * How the broker treats the gateway's addresses: {@code ijw.in} is redelivered with back-off and
     * dead-lettered after the gateway's attempts; the rest dead-letters to {@code ijw.dlq} too; the
     * dead-letter queue itself keeps what it holds. The same for the embedded broker and, written as
     * broker properties, for a standalone one.
     *
     * @param overig the match for every other address: "#" on the gateway's own broker (replacing
     *               Boot's default, which would send dead letters to "DLQ"), "ijw.#" on a shared one
     */
    public static Map<String, AddressSettings> adresInstellingen(GatewayProperties.Intake intake, String overig) {
        // Expired messages go to the dead-letter queue too (not dropped), where operators see them
        // with reason VERLOPEN.
        AddressSettings in = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DLQ))
                .setExpiryAddress(SimpleString.of(DLQ))
                .setMaxDeliveryAttempts(intake.maxPogingen() + 2)
                .setRedeliveryDelay(intake.redeliveryVertraging().toMillis())
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(intake.maxRedeliveryVertraging().toMillis());
        AddressSettings rest = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DLQ))
                .setExpiryAddress(SimpleString.of(DLQ))
                .setMaxDeliveryAttempts(10)
                .setAutoCreateDeadLetterResources(false);
        // No dead-letter or expiry address of its own, so nothing is ever moved from it to itself.
        AddressSettings dlq = new AddressSettings().setMaxDeliveryAttempts(-1).setAutoCreateDeadLetterResources(false);
        Map<String, AddressSettings> instellingen = new LinkedHashMap<>();
        instellingen.put(overig, rest);
        instellingen.put(IN, in);
        instellingen.put(DLQ, dlq);
        return instellingen;
    }

    /**
     * The acceptor's parameters: CORE only; with a key store, TLS only; with a trust store as well,
     * clients are asked for a certificate. As parameters rather than a URL, so a password may hold any
     * character.
     */
    static Map<String, Object> acceptor(GatewayProperties.Broker broker) {
        Map<String, Object> p = new HashMap<>();
        p.put(TransportConstants.HOST_PROP_NAME, broker.host());
        p.put(TransportConstants.PORT_PROP_NAME, broker.port());
        p.put(TransportConstants.PROTOCOLS_PROP_NAME, "CORE");
        GatewayProperties.Tls tls = broker.tls();
        if (tls.aan()) {
            p.put(TransportConstants.SSL_ENABLED_PROP_NAME, true);
            p.put(TransportConstants.KEYSTORE_TYPE_PROP_NAME, tls.keyStoreType());
            p.put(TransportConstants.KEYSTORE_PATH_PROP_NAME, tls.keyStore());
            p.put(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME, tls.keyStoreWachtwoord() == null ? "" : tls.keyStoreWachtwoord());
        }
        if (tls.certificaten()) {
            p.put(TransportConstants.TRUSTSTORE_TYPE_PROP_NAME, tls.trustStoreType());
            p.put(TransportConstants.TRUSTSTORE_PATH_PROP_NAME, tls.trustStore());
            p.put(TransportConstants.TRUSTSTORE_PASSWORD_PROP_NAME, tls.trustStoreWachtwoord() == null ? "" : tls.trustStoreWachtwoord());
            p.put(tls.certificaatVerplicht() ? TransportConstants.NEED_CLIENT_AUTH_PROP_NAME : TransportConstants.WANT_CLIENT_AUTH_PROP_NAME,
                    true);
        }
        return p;
    }

    @Bean
    BrokerGebruikers brokerGebruikers(GatewayProperties properties, RegioConfiguratie regios) {
        return new BrokerGebruikers(properties, regios);
    }

    /**
     * Signs connections in on the embedded broker (Boot's own broker bean has no hook for it), and
     * signs the gateway's own in-VM connections in with a password made at start.
     */
    @Bean
    static BeanPostProcessor brokerToegang(ObjectProvider<BrokerGebruikers> gebruikers,
                                           ObjectProvider<GatewayProperties> properties) {
        String gatewaySleutel = BrokerToegang.nieuweGatewaySleutel();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String naam) {
                if (bean instanceof EmbeddedActiveMQ broker) {
                    broker.setSecurityManager(new BrokerToegang(gebruikers.getObject(), gatewaySleutel));
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String naam) {
                ConnectionFactory doel = bean instanceof CachingConnectionFactory c ? c.getTargetConnectionFactory()
                        : bean instanceof ConnectionFactory f ? f : null;
                if (doel instanceof ActiveMQConnectionFactory artemis) {
                    // Each consumer of ijw.in takes only the next few messages ahead: with Artemis's
                    // 1 MiB, a queue of small messages went to the first consumers in hundreds each,
                    // and at its end (or on a second instance) the others had nothing to do.
                    artemis.setConsumerWindowSize(Math.toIntExact(properties.getObject().intake().consumerWindow().toBytes()));
                    // Every send names its queue (an outbox, ijw.dlq); without the cache each name was
                    // looked up at the broker again, a blocking round trip per send.
                    artemis.setCacheDestinations(true);
                    if (inVm(artemis)) {
                        artemis.setUser(BrokerToegang.GATEWAY);
                        artemis.setPassword(gatewaySleutel);
                    }
                }
                return bean;
            }
        };
    }

    private static boolean inVm(ActiveMQConnectionFactory factory) {
        return factory.getStaticConnectors() != null && java.util.Arrays.stream(factory.getStaticConnectors())
                .anyMatch(t -> t.getFactoryClassName().equals(InVMConnectorFactory.class.getName()));
    }
}
