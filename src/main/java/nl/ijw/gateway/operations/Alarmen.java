package nl.ijw.gateway.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alarms without floods: a condition is checked on every reading, but only its start and its end are
 * reported, each once, as a log event and as metrics ({@code ijw.alarm} is 1 while it holds,
 * {@code ijw.alarmen} counts how often it started). Conditions: dead letters above a threshold, an
 * outbox with messages that nobody took for a while, retours overdue (OP090), the broker unreadable.
 */
public final class Alarmen {

    /** Dead letters above the threshold. */
    public static final String DLQ = "dlq-diepte";
    /** Messages waiting in an outbox while nothing was taken from it for the configured time; per outbox. */
    public static final String OUTBOX = "outbox-niet-afgenomen";
    /** Heenberichten without their receiver's retour after 3 working days (OP090). */
    public static final String RETOUREN = "retouren-te-laat";
    /** The broker's management could not be read. */
    public static final String BROKER = "broker-onbereikbaar";

    private static final Logger LOG = LoggerFactory.getLogger("ijw.alarm");

    private final MeterRegistry metrics;
    private final Clock klok;
    private final int dlqDrempel;
    private final Duration stilstand;
    private final int retourenDrempel;
    private final LongSupplier retourenTeLaat;
    private final Map<String, Alarm> actief = new ConcurrentHashMap<>();
    private final Map<String, Double> standen = new ConcurrentHashMap<>();
    /** Per outbox: since when it has held messages without one being taken. */
    private final Map<String, Stilstand> outboxen = new HashMap<>();

    /** A condition that holds: which, why, and since when. */
    public record Alarm(String naam, String soort, String toelichting, Instant sinds) {
    }

    private record Stilstand(long afgenomen, Instant sinds) {
    }

    public Alarmen(MeterRegistry metrics, Clock klok, int dlqDrempel, Duration stilstand, int retourenDrempel,
                   LongSupplier retourenTeLaat) {
        this.metrics = metrics;
        this.klok = klok;
        this.dlqDrempel = dlqDrempel;
        this.stilstand = stilstand;
        this.retourenDrempel = retourenDrempel;
        this.retourenTeLaat = retourenTeLaat;
    }

    public List<Alarm> actief() {
        return new ArrayList<>(actief.values());
    }

    /** Checks every condition against this reading of the queues; reports what started and what ended. */
    public synchronized void controleer(Wachtrijen.Stand wachtrijen) {
        Instant nu = klok.instant();
        Map<String, String[]> nuWaar = new LinkedHashMap<>();
        if (wachtrijen.fout() != null) {
            nuWaar.put(BROKER, new String[] {BROKER, wachtrijen.fout()});
        } else {
            long dlq = wachtrijen.berichten("ijw.dlq");
            if (dlq > dlqDrempel) {
                nuWaar.put(DLQ, new String[] {DLQ, dlq + " dode letters (drempel " + dlqDrempel + ")"});
            }
            for (Wachtrijen.Wachtrij w : wachtrijen.wachtrijen()) {
                if (!w.naam().startsWith("ijw.out.")) {
                    continue;
                }
                Stilstand vorige = outboxen.get(w.naam());
                Stilstand s = w.berichten() == 0 || vorige == null || vorige.afgenomen() != w.afgenomen()
                        ? new Stilstand(w.afgenomen(), nu) : vorige;
                outboxen.put(w.naam(), s);
                Duration duur = Duration.between(s.sinds(), nu);
                if (w.berichten() > 0 && duur.compareTo(stilstand) >= 0) {
                    nuWaar.put(OUTBOX + ":" + w.naam(), new String[] {OUTBOX, w.berichten() + " berichten in " + w.naam()
                            + ", " + duur.toMinutes() + " minuten niets afgenomen (" + w.afnemers() + " afnemers)"});
                }
            }
        }
        long teLaat = retourenTeLaat.getAsLong();
        if (teLaat > retourenDrempel) {
            nuWaar.put(RETOUREN, new String[] {RETOUREN, teLaat + " heenberichten zonder retour na 3 werkdagen (OP090)"});
        }
        nuWaar.forEach((naam, wat) -> {
            if (!actief.containsKey(naam)) {
                actief.put(naam, new Alarm(naam, wat[0], wat[1], nu));
                zet(naam, wat[0], 1.0);
                Counter.builder("ijw.alarmen").description("Hoe vaak een alarm begon").tag("alarm", wat[0])
                        .register(metrics).increment();
                LOG.warn("ALARM begint: {} - {}", naam, wat[1]);
            }
        });
        for (Alarm a : List.copyOf(actief.values())) {
            if (!nuWaar.containsKey(a.naam())) {
                actief.remove(a.naam());
                zet(a.naam(), a.soort(), 0.0);
                LOG.info("ALARM voorbij: {} na {} minuten", a.naam(), Duration.between(a.sinds(), nu).toMinutes());
            }
        }
    }

    private void zet(String naam, String soort, double waarde) {
        if (standen.put(naam, waarde) == null) {
            Gauge.builder("ijw.alarm", standen, s -> s.getOrDefault(naam, 0.0))
                    .description("1 zolang het alarm geldt").tag("alarm", soort).tag("naam", naam).register(metrics);
        }
    }
}
