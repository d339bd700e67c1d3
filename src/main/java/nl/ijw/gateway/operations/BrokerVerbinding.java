package nl.ijw.gateway.operations;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
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

    @Override
    protected void doHealthCheck(Health.Builder gezondheid) throws JMSException {
        try (Connection verbinding = verbindingen.createConnection()) {
            verbinding.start();
            gezondheid.up().withDetail("provider", verbinding.getMetaData().getJMSProviderName());
        }
    }
}
