package nl.ijw.gateway.operations;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.springframework.jms.core.JmsTemplate;

/**
 * How full the gateway's queues are: ijw.in, ijw.dlq and every outbox, read from the broker's own
 * management (request and reply over JMS), so it works the same on the embedded and on an external
 * broker. Read every few seconds by the operations route; everyone else reads the last reading.
 */
public final class Wachtrijen {

    /** The broker's management address (its default). */
    static final String BEHEERADRES = "activemq.management";
    private static final long ANTWOORD_MS = 5_000;

    private final JmsTemplate jms;
    private final Clock klok;
    private final MeterRegistry metrics;
    private final java.util.Set<String> gemeten = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Stand stand;

    /**
     * @param berichten   messages waiting now
     * @param afnemers    consumers connected now
     * @param afgenomen   messages consumed (acknowledged) since the broker started
     */
    public record Wachtrij(String naam, long berichten, int afnemers, long afgenomen) {
    }

    /** One reading; {@code fout} says why there is none (broker unreachable, say). */
    public record Stand(Instant gelezenOp, List<Wachtrij> wachtrijen, String fout) {
        public long berichten(String naam) {
            return wachtrijen.stream().filter(w -> w.naam().equals(naam)).mapToLong(Wachtrij::berichten).sum();
        }
    }

    public Wachtrijen(ConnectionFactory verbindingen, MeterRegistry metrics, Clock klok) {
        this.jms = new JmsTemplate(BrokerVerbinding.eigen(verbindingen));
        this.klok = klok;
        this.metrics = metrics;
        this.stand = new Stand(klok.instant(), List.of(), "nog niet gelezen");
        Gauge.builder("ijw.dlq.diepte", this, w -> w.stand().berichten("ijw.dlq"))
                .description("Berichten in ijw.dlq bij de laatste lezing").register(metrics);
    }

    public Stand stand() {
        return stand;
    }

    /** The last reading, or a new one when that is older than the given age: for an operator looking now. */
    public Stand actueel(java.time.Duration maximaleOuderdom) {
        Stand laatste = stand;
        return laatste.gelezenOp().plus(maximaleOuderdom).isBefore(klok.instant()) ? ververs() : laatste;
    }

    /** Reads the broker now; a failure is kept as the reading's error, the numbers before it stay visible. */
    public synchronized Stand ververs() {
        try {
            stand = new Stand(klok.instant(), lees(), null);
            for (Wachtrij w : stand.wachtrijen()) {
                if (gemeten.add(w.naam())) {
                    Gauge.builder("ijw.wachtrij.berichten", this, t -> t.stand().berichten(w.naam()))
                            .description("Berichten in een wachtrij (ijw.in, ijw.dlq, outboxen) bij de laatste lezing")
                            .tag("wachtrij", w.naam()).register(metrics);
                }
            }
        } catch (RuntimeException e) {
            stand = new Stand(klok.instant(), stand.wachtrijen(), "broker niet te lezen: " + e.getClass().getSimpleName());
        }
        return stand;
    }

    private List<Wachtrij> lees() {
        return jms.execute(session -> {
            try (MessageProducer vragen = session.createProducer(session.createQueue(BEHEERADRES))) {
                var antwoorden = session.createTemporaryQueue();
                try (MessageConsumer antwoord = session.createConsumer(antwoorden)) {
                    Beheervraag vraag = new Beheervraag(session, vragen, antwoord, antwoorden);
                    List<Wachtrij> wachtrijen = new ArrayList<>();
                    for (Object naam : (Object[]) vraag.attribuut(ResourceNames.BROKER, "queueNames")) {
                        String n = String.valueOf(naam);
                        if (n.startsWith("ijw.")) {
                            String bron = ResourceNames.QUEUE + n;
                            wachtrijen.add(new Wachtrij(n, getal(vraag.attribuut(bron, "messageCount")),
                                    (int) getal(vraag.attribuut(bron, "consumerCount")),
                                    getal(vraag.attribuut(bron, "messagesAcknowledged"))));
                        }
                    }
                    wachtrijen.sort(Comparator.comparing(Wachtrij::naam));
                    return wachtrijen;
                } finally {
                    antwoorden.delete();
                }
            }
        }, true);
    }

    private static long getal(Object waarde) {
        return waarde instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(waarde));
    }

    private record Beheervraag(Session session, MessageProducer vragen, MessageConsumer antwoord,
                               jakarta.jms.Destination antwoorden) {
        Object attribuut(String bron, String naam) throws JMSException {
            Message m = session.createMessage();
            JMSManagementHelper.putAttribute(m, bron, naam);
            m.setJMSReplyTo(antwoorden);
            vragen.send(m);
            Message reactie = antwoord.receive(ANTWOORD_MS);
            if (reactie == null || !JMSManagementHelper.hasOperationSucceeded(reactie)) {
                throw new IllegalStateException("geen antwoord van het beheer van de broker op " + bron + "." + naam);
            }
            try {
                return JMSManagementHelper.getResult(reactie);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
