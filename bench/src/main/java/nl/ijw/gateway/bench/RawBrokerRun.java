package nl.ijw.gateway.bench;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The broker alone, as a yardstick: the same payloads, persistent, through queue {@code bench.raw}
 * with one producer and one consumer running at the same time, each committing every 100 messages.
 */
final class RawBrokerRun {

    static final String QUEUE = "bench.raw";
    private static final int BATCH = 100;
    private static final String RUN_PROPERTY = "bench_run";

    record Result(int messages, double seconds) {
        double rate() {
            return messages / seconds;
        }
    }

    static Result run(ConnectionFactory factory, Workload workload, Duration timeout) throws Exception {
        int n = workload.size();
        String run = workload.identificatie(0);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection consumerConnection = factory.createConnection();
             Connection producerConnection = factory.createConnection()) {
            Session in = consumerConnection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = in.createConsumer(in.createQueue(QUEUE));
            consumerConnection.start();
            Session out = producerConnection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = out.createProducer(out.createQueue(QUEUE));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);

            long start = System.nanoTime();
            CompletableFuture<Long> received = CompletableFuture.supplyAsync(() -> receive(in, consumer, run, n, deadline));
            for (int i = 0; i < n; i++) {
                BytesMessage message = out.createBytesMessage();
                message.writeBytes(workload.payload(i));
                message.setStringProperty(RUN_PROPERTY, run);
                producer.send(message);
                if ((i + 1) % BATCH == 0 || i == n - 1) {
                    out.commit();
                }
            }
            long end;
            try {
                end = received.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("raw broker run: not all messages received within " + timeout);
            } catch (ExecutionException e) {
                throw new IllegalStateException("raw broker run failed: " + e.getCause(), e.getCause());
            }
            return new Result(n, (end - start) / 1e9);
        }
    }

    /** Receives this run's n messages (anything else left on the queue is consumed and ignored). */
    private static long receive(Session session, MessageConsumer consumer, String run, int n, long deadline) {
        try {
            int count = 0;
            int uncommitted = 0;
            while (count < n) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException("timed out after " + count + " of " + n + " messages");
                }
                Message message = consumer.receive(Math.min(left, 1000));
                if (message == null) {
                    continue;
                }
                if (run.equals(message.getStringProperty(RUN_PROPERTY))) {
                    count++;
                }
                if (++uncommitted == BATCH || count == n) {
                    session.commit();
                    uncommitted = 0;
                }
            }
            return System.nanoTime();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private RawBrokerRun() {
    }
}
