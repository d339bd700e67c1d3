package nl.ijw.gateway;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** How a fault test's messages ended: everything taken from a queue, counted per key. */
public final class Afloop {

    private Afloop() {
    }

    /**
     * Takes everything from a queue, counting copies per key (a property of the message), until the
     * expected number of keys is there and the queue stays empty for two seconds; at most three minutes.
     */
    public static void leeg(String url, String gebruiker, String wachtwoord, String queue, Map<String, Integer> per,
                            int verwacht, String sleutel) throws Exception {
        Instant einde = Instant.now().plus(Duration.ofMinutes(3));
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
             Connection verbinding = factory.createConnection(gebruiker, wachtwoord)) {
            verbinding.start();
            Session session = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            while (Instant.now().isBefore(einde)) {
                Message m = consumer.receive(per.size() >= verwacht ? 2_000 : 500);
                if (m == null) {
                    if (per.size() >= verwacht) {
                        return;
                    }
                    continue;
                }
                per.merge(String.valueOf(m.getStringProperty(sleutel)), 1, Integer::sum);
            }
        }
    }

    /** Copies beyond the first, over all keys. */
    public static long dubbel(Map<String, Integer> per) {
        return per.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
    }

    public static long ontbrekend(int verwacht, Map<String, Integer> per) {
        return Math.max(0, verwacht - per.size());
    }
}
