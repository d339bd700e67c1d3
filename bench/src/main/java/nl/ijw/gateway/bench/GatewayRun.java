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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Pushes a {@link Workload} through the gateway: producers send to {@code ijw.in}, one consumer per
 * party reads {@code ijw.out.<code>}. A valid message is complete when its forwarded copy and its
 * retour have arrived, an invalid one when its retour has arrived. Latency is the arrival of the
 * forwarded copy (of the retour for invalid messages) minus the send time: the start of the producer's
 * commit of that message (a transacted message is invisible to the gateway before its commit).
 */
final class GatewayRun {

    static final String IN = "ijw.in";
    static final String OUT_PREFIX = "ijw.out.";
    private static final int FORWARDED = 1;
    private static final int RETOUR = 2;
    private static final int CONSUMER_BATCH = 100;
    /** Bounded waits for client threads; closing the connections afterwards unblocks any that hang. */
    private static final long JOIN_MILLIS = 10_000;

    /** What one run measured and found; times are System.nanoTime values. */
    record Result(Workload workload, int sent, long firstSend, long lastSend, long lastCompletion, int completed,
                  long[] latenciesNanos, int accepted, int rejected, int missingRetour, int validNotForwarded,
                  int invalidForwarded, int duplicateForwarded, int duplicateRetour, int wrongProperties,
                  int unrelated, String stopReason) {

        boolean ok() {
            return completed == workload.size() && missingRetour == 0 && validNotForwarded == 0 && invalidForwarded == 0
                    && duplicateForwarded == 0 && duplicateRetour == 0 && wrongProperties == 0;
        }

        double throughput() {
            return completed / Math.max(1e-9, (lastCompletion - firstSend) / 1e9);
        }

        double offeredRate() {
            return sent / Math.max(1e-9, (lastSend - firstSend) / 1e9);
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * latenciesNanos.length);
            return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, rank - 1))] / 1e6;
        }
    }

    private final ConnectionFactory factory;
    private final Workload workload;
    private final Options options;
    private final int n;
    private final AtomicLongArray sentAt;
    private final AtomicLongArray arrivedAt;
    private final AtomicIntegerArray forwardedCount;
    private final AtomicIntegerArray retourCount;
    private final AtomicIntegerArray state;
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicLong lastCompletion = new AtomicLong();
    private final AtomicLong lastArrival = new AtomicLong();
    private final AtomicInteger wrongProperties = new AtomicInteger();
    private final AtomicInteger unrelated = new AtomicInteger();
    private final AtomicInteger producersRunning = new AtomicInteger();
    private final AtomicLong lastSend = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** One moment on both clocks, to turn send times into wall-clock time (see writeLatencies). */
    private final long epochMillisAtStart = System.currentTimeMillis();
    private final long nanosAtStart = System.nanoTime();
    private volatile boolean stopProducers;
    private volatile boolean stopConsumers;

    GatewayRun(ConnectionFactory factory, Workload workload, Options options) {
        this.factory = factory;
        this.workload = workload;
        this.options = options;
        this.n = workload.size();
        this.sentAt = new AtomicLongArray(n);
        this.arrivedAt = new AtomicLongArray(n);
        this.forwardedCount = new AtomicIntegerArray(n);
        this.retourCount = new AtomicIntegerArray(n);
        this.state = new AtomicIntegerArray(n);
    }

    /** Runs to completion, timeout or stall; the meter covers sending up to the last completion. */
    Result run(boolean progress, CpuMeter meter) throws Exception {
        Set<String> parties = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            parties.add(workload.sample(i).afzender());
            parties.add(workload.sample(i).ontvanger());
        }
        List<Connection> connections = new ArrayList<>();
        List<Thread> consumers = new ArrayList<>();
        List<Thread> producers = new ArrayList<>();
        String stopReason = "complete";
        try {
            for (String party : parties) {
                Connection connection = factory.createConnection();
                connections.add(connection);
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer consumer = session.createConsumer(session.createQueue(OUT_PREFIX + party));
                connection.start();
                consumers.add(start("consumer-" + party, () -> consume(party, session, consumer)));
            }
            meter.start();
            long start = System.nanoTime();
            producersRunning.set(options.producers());
            for (int p = 0; p < options.producers(); p++) {
                Connection connection = factory.createConnection();
                connections.add(connection);
                int first = p;
                producers.add(start("producer-" + p, () -> produce(connection, first, start)));
            }

            long deadline = start + options.timeout().toNanos();
            long nextProgress = start + 5_000_000_000L;
            while (completed.get() < n) {
                LockSupport.parkNanos(20_000_000L);
                long now = System.nanoTime();
                if (failure.get() != null) {
                    throw new IllegalStateException("client failed: " + failure.get(), failure.get());
                }
                if (now > deadline) {
                    stopReason = "timeout after " + options.timeout().toSeconds() + " s";
                    break;
                }
                long quietSince = Math.max(lastArrival.get(), lastSend.get());
                if (producersRunning.get() == 0 && now - quietSince > options.idleTimeout().toNanos()) {
                    stopReason = "nothing arrived for " + options.idleTimeout().toSeconds() + " s";
                    break;
                }
                if (progress && now > nextProgress) {
                    System.out.printf("  ... %d s: %d sent, %d complete%n", (now - start) / 1_000_000_000L,
                            sentCount(), completed.get());
                    nextProgress += 5_000_000_000L;
                }
            }
            meter.stop();
            stopProducers = true;
            for (Thread t : producers) {
                t.join(JOIN_MILLIS);
            }
            // Keep consuming a little longer: a duplicate or a late copy must not go unnoticed.
            Thread.sleep(options.drain().toMillis());
            stopConsumers = true;
            for (Thread t : consumers) {
                t.join(JOIN_MILLIS);
            }
            if (failure.get() != null) {
                throw new IllegalStateException("client failed: " + failure.get(), failure.get());
            }
        } finally {
            stopProducers = true;
            stopConsumers = true;
            for (Connection connection : connections) {
                try {
                    connection.close();
                } catch (JMSException ignored) {
                    // closing after a failure
                }
            }
        }
        return result(stopReason);
    }

    private void produce(Connection connection, int first, long start) {
        try {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue(IN));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            int[] batch = new int[options.commitEvery()];
            int uncommitted = 0;
            for (int i = first; i < n && !stopProducers; i += options.producers()) {
                if (options.rate() > 0) {
                    long due = start + (long) (i * 1e9 / options.rate());
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                BytesMessage message = session.createBytesMessage();
                message.writeBytes(workload.payload(i));
                producer.send(message);
                batch[uncommitted++] = i;
                if (uncommitted == batch.length) {
                    commit(session, batch, uncommitted);
                    uncommitted = 0;
                }
            }
            commit(session, batch, uncommitted);
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        } finally {
            lastSend.accumulateAndGet(System.nanoTime(), Math::max);
            producersRunning.decrementAndGet();
        }
    }

    /** The send time of a message is the start of the commit that hands it over to the broker. */
    private void commit(Session session, int[] batch, int count) throws JMSException {
        if (count == 0) {
            return;
        }
        long now = System.nanoTime();
        for (int k = 0; k < count; k++) {
            sentAt.set(batch[k], now);
        }
        session.commit();
    }

    private void consume(String party, Session session, MessageConsumer consumer) {
        try {
            int uncommitted = 0;
            while (!stopConsumers) {
                Message message = consumer.receive(50);
                if (message == null) {
                    if (uncommitted > 0) {
                        session.commit();
                        uncommitted = 0;
                    }
                    continue;
                }
                long now = System.nanoTime();
                lastArrival.accumulateAndGet(now, Math::max);
                arrived(party, message, now);
                if (++uncommitted == CONSUMER_BATCH) {
                    session.commit();
                    uncommitted = 0;
                }
            }
            if (uncommitted > 0) {
                session.commit();
            }
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
    }

    private void arrived(String party, Message message, long now) throws JMSException {
        int i = workload.indexOf(message.getStringProperty("ijw_identificatie"));
        if (i < 0) {
            unrelated.incrementAndGet();
            return;
        }
        Sample sample = workload.sample(i);
        String type = message.getStringProperty("ijw_berichttype");
        boolean forwarded = sample.berichttype().equals(type);
        boolean retour = sample.retourType().equals(type);
        String expectedQueue = forwarded ? sample.ontvanger() : sample.afzender();
        if (!(forwarded || retour) || !party.equals(expectedQueue)
                || !sample.afzender().equals(message.getStringProperty("ijw_afzender"))
                || !sample.ontvanger().equals(message.getStringProperty("ijw_ontvanger"))
                || message.getStringProperty("ijw_bericht_id") == null) {
            wrongProperties.incrementAndGet();
            return;
        }
        int count = (forwarded ? forwardedCount : retourCount).incrementAndGet(i);
        if (count > 1) {
            return;
        }
        boolean invalid = workload.invalid(i);
        if (forwarded != invalid) {
            // the forwarded copy of a valid message, or the retour of an invalid one
            arrivedAt.set(i, now);
        }
        int expected = expected(i);
        int bit = forwarded ? FORWARDED : RETOUR;
        int before = state.getAndAccumulate(i, bit, (a, b) -> a | b);
        if ((before & expected) != expected && ((before | bit) & expected) == expected) {
            completed.incrementAndGet();
            lastCompletion.accumulateAndGet(now, Math::max);
        }
    }

    private Result result(String stopReason) {
        long firstSend = Long.MAX_VALUE;
        long[] latencies = new long[n];
        int measured = 0;
        int accepted = 0;
        int rejected = 0;
        int missingRetour = 0;
        int validNotForwarded = 0;
        int invalidForwarded = 0;
        int duplicateForwarded = 0;
        int duplicateRetour = 0;
        for (int i = 0; i < n; i++) {
            long sent = sentAt.get(i);
            if (sent != 0) {
                firstSend = Math.min(firstSend, sent);
            }
            int forwarded = forwardedCount.get(i);
            int retours = retourCount.get(i);
            boolean invalid = workload.invalid(i);
            accepted += forwarded > 0 ? 1 : 0;
            rejected += forwarded == 0 && retours > 0 ? 1 : 0;
            missingRetour += retours == 0 ? 1 : 0;
            duplicateRetour += retours > 1 ? 1 : 0;
            duplicateForwarded += forwarded > 1 ? 1 : 0;
            invalidForwarded += invalid && forwarded > 0 ? 1 : 0;
            validNotForwarded += !invalid && forwarded == 0 ? 1 : 0;
            if (hasLatency(i)) {
                latencies[measured++] = arrivedAt.get(i) - sent;
            }
        }
        long[] sorted = Arrays.copyOf(latencies, measured);
        Arrays.sort(sorted);
        return new Result(workload, sentCount(), firstSend == Long.MAX_VALUE ? 0 : firstSend, lastSend.get(), lastCompletion.get(),
                completed.get(), sorted, accepted, rejected, missingRetour, validNotForwarded, invalidForwarded, duplicateForwarded, duplicateRetour, wrongProperties.get(), unrelated.get(),
                stopReason);
    }

    /**
     * Writes the completed messages of this run, in send order: when each was sent (ms since the epoch,
     * so that a slow one can be found in the gateway's logs and GC log), its latency and its type.
     * Nothing of the content.
     */
    void writeLatencies(Path file) throws IOException {
        List<Integer> done = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (hasLatency(i)) {
                done.add(i);
            }
        }
        done.sort(Comparator.comparingLong(sentAt::get));
        List<String> lines = new ArrayList<>(done.size() + 1);
        lines.add("sent_epoch_ms,latency_ms,type");
        for (int i : done) {
            long sentMillis = epochMillisAtStart + (sentAt.get(i) - nanosAtStart) / 1_000_000;
            lines.add(String.format(Locale.ROOT, "%d,%.2f,%s", sentMillis, (arrivedAt.get(i) - sentAt.get(i)) / 1e6,
                    workload.sample(i).berichttype()));
        }
        Files.write(file, lines);
    }

    /** Whether message i was sent and has completed: it has a latency. */
    private boolean hasLatency(int i) {
        return sentAt.get(i) != 0 && (state.get(i) & expected(i)) == expected(i);
    }

    /** The arrivals that complete message i: the retour, and for a valid message also the forwarded copy. */
    private int expected(int i) {
        return workload.invalid(i) ? RETOUR : FORWARDED | RETOUR;
    }

    private int sentCount() {
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += sentAt.get(i) != 0 ? 1 : 0;
        }
        return count;
    }

    private static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
