package nl.ijw.gateway.operations;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * The broker as health sees it: a new connection, opened and closed. The routes share one cached
 * connection, which can look open for a while after the broker went away; a new one cannot.
 */
public final class BrokerVerbinding extends AbstractHealthIndicator {

    private final ConnectionFactory verbindingen;

    public BrokerVerbinding(ConnectionFactory verbindingen) {
        super("Broker niet bereikbaar");
        this.verbindingen = eigen(verbindingen);
    }

    /** The factory behind Spring's cache, for work that wants its own connection and sessions. */
    public static ConnectionFactory eigen(ConnectionFactory verbindingen) {
        return verbindingen instanceof CachingConnectionFactory c && c.getTargetConnectionFactory() != null
                ? c.getTargetConnectionFactory() : verbindingen;
    }

    /**
     * A factory like the routes' for reading a queue through (listing dead letters, taking them out):
     * one without a consumer window, which the client fills one message at a time. With a window, the
     * Artemis client sends the credit for the next instalment from a thread of its own, and a browser's
     * question "anything more?" can overtake it: the broker, out of credit, answers "nothing", and the
     * listing ends early (a test saw 10 of 40 dead letters). Without a window the client waits until
     * its credit has gone before it asks. For Artemis the factory returned is always a new copy, which
     * the caller closes; any other is returned as it is.
     */
    public static ConnectionFactory zonderVenster(ConnectionFactory verbindingen) {
        ConnectionFactory eigen = eigen(verbindingen);
        if (!(eigen instanceof ActiveMQConnectionFactory artemis)) {
            return eigen;
        }
        ActiveMQConnectionFactory kopie = artemis.getStaticConnectors() != null
                ? new ActiveMQConnectionFactory(artemis.isHA(), artemis.getStaticConnectors())
                : new ActiveMQConnectionFactory(artemis.isHA(), artemis.getDiscoveryGroupConfiguration());
        kopie.setUser(artemis.getUser());
        kopie.setPassword(artemis.getPassword());
        kopie.setConsumerWindowSize(0);
        return kopie;
    }

    @Override
    protected void doHealthCheck(Health.Builder gezondheid) throws JMSException {
        try (Connection verbinding = verbindingen.createConnection()) {
            verbinding.start();
            gezondheid.up().withDetail("provider", verbinding.getMetaData().getJMSProviderName());
        }
    }
}
