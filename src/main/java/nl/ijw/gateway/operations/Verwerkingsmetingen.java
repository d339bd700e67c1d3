package nl.ijw.gateway.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ijw.gateway.validation.Beoordeling;
import nl.ijw.gateway.validation.Uitkomst;

/**
 * What the gateway processed, as metrics (per type and outcome, retourcodes, policy signals, the time
 * from sending to the end of processing) and as the traffic of the last hour for the console: one
 * bucket per minute per outcome. Counted when a message's flow ends, just before its transaction
 * commits; an attempt that rolls back and is delivered again is counted again.
 */
public final class Verwerkingsmetingen {

    private static final int MINUTEN = 60;

    private final MeterRegistry metrics;
    private final Timer doorlooptijd;
    private final Clock klok;
    /** Per minute since the epoch modulo the hour: that minute's number and counts per outcome. */
    private final long[] minuut = new long[MINUTEN];
    private final long[][] aantallen = new long[MINUTEN][Uitkomst.values().length];

    public Verwerkingsmetingen(MeterRegistry metrics, Clock klok) {
        this.metrics = metrics;
        this.klok = klok;
        this.doorlooptijd = Timer.builder("ijw.doorlooptijd")
                .description("Van het versturen van een bericht naar ijw.in tot het einde van zijn verwerking")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(metrics);
    }

    public void meet(Beoordeling b) {
        String type = b.type() == null ? "onbekend" : b.type().name();
        Counter.builder("ijw.berichten").description("Verwerkte berichten per type en uitkomst")
                .tag("type", type).tag("uitkomst", b.uitkomst().name()).register(metrics).increment();
        for (String code : b.retourcodes()) {
            Counter.builder("ijw.retourcodes").description("Retourcodes in de retourberichten")
                    .tag("code", code).register(metrics).increment();
        }
        for (String signaal : b.beleid().signalen()) {
            Counter.builder("ijw.signalen").description("Signalen van regionaal beleid")
                    .tag("code", signaal).register(metrics).increment();
        }
        Instant nu = klok.instant();
        Duration duur = Duration.between(b.ontvangst().ontvangen(), nu);
        if (!duur.isNegative()) {
            doorlooptijd.record(duur);
        }
        tel(nu, b.uitkomst());
    }

    private synchronized void tel(Instant nu, Uitkomst uitkomst) {
        long m = nu.getEpochSecond() / 60;
        int plek = (int) (m % MINUTEN);
        if (minuut[plek] != m) {
            minuut[plek] = m;
            java.util.Arrays.fill(aantallen[plek], 0);
        }
        aantallen[plek][uitkomst.ordinal()]++;
    }

    /** One minute of traffic: its start and the count per outcome. */
    public record Minuut(Instant van, Map<Uitkomst, Long> aantallen) {
    }

    /** The last hour, oldest minute first, the current minute included. */
    public synchronized List<Minuut> laatsteUur() {
        long nu = klok.instant().getEpochSecond() / 60;
        List<Minuut> uur = new ArrayList<>(MINUTEN);
        for (long m = nu - MINUTEN + 1; m <= nu; m++) {
            int plek = (int) (m % MINUTEN);
            Map<Uitkomst, Long> perUitkomst = new EnumMap<>(Uitkomst.class);
            for (Uitkomst u : Uitkomst.values()) {
                perUitkomst.put(u, minuut[plek] == m ? aantallen[plek][u.ordinal()] : 0L);
            }
            uur.add(new Minuut(Instant.ofEpochSecond(m * 60), perUitkomst));
        }
        return uur;
    }
}
