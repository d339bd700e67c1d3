package nl.ijw.gateway.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-driving many dead letters at once, in two steps. The preview counts what the filter matches now
 * and fixes exactly those dead letters under a token; only the run with that token re-drives, and only
 * them, so letters that arrive between preview and run are not swept along unseen. A token runs once:
 * a second run (a double click, a retried request) gets the first run's result back and re-drives
 * nothing. Tokens live in the gateway that issued them; each dead letter still leaves the queue in its
 * own transaction, so even runs on two gateways cannot re-drive one twice.
 */
public final class BulkHeraanbieding {

    private static final Logger LOG = LoggerFactory.getLogger(BulkHeraanbieding.class);

    private final DodeLetters dodeLetters;
    private final Duration geldigheid;
    private final Clock klok;
    private final Map<String, Opdracht> opdrachten = new ConcurrentHashMap<>();

    public BulkHeraanbieding(DodeLetters dodeLetters, Duration geldigheid, Clock klok) {
        this.dodeLetters = dodeLetters;
        this.geldigheid = geldigheid;
        this.klok = klok;
    }

    public record Voorbeeld(String token, int aantal, boolean afgekapt, Instant geldigTot) {
    }

    /**
     * @param aangeboden     the dead letters re-driven
     * @param nietAanwezig   how many of those previewed were gone by the run (re-driven or removed meanwhile)
     * @param eerderUitgevoerd true when this token had run before: this is that run's result, nothing was done now
     */
    public record Uitvoering(List<DodeLetters.Heraanbieding> aangeboden, int nietAanwezig, String door, Instant op,
                             boolean eerderUitgevoerd) {
    }

    public Voorbeeld voorbeeld(DlqFilter filter) {
        ruimOp();
        DodeLetters.Gelezen gelezen = dodeLetters.alle(filter);
        String token = UUID.randomUUID().toString();
        Instant geldigTot = klok.instant().plus(geldigheid);
        opdrachten.put(token, new Opdracht(gelezen.dodeLetters().stream().map(DodeLetter::id).toList(), geldigTot));
        return new Voorbeeld(token, gelezen.dodeLetters().size(), gelezen.afgekapt(), geldigTot);
    }

    /** Empty when the token is unknown or has expired: then a new preview is needed. */
    public Optional<Uitvoering> voerUit(String token, String door) {
        ruimOp();
        Opdracht opdracht = token == null ? null : opdrachten.get(token);
        if (opdracht == null) {
            return Optional.empty();
        }
        synchronized (opdracht) {
            if (opdracht.uitvoering != null) {
                Uitvoering eerder = opdracht.uitvoering;
                return Optional.of(new Uitvoering(eerder.aangeboden(), eerder.nietAanwezig(), eerder.door(), eerder.op(), true));
            }
            if (klok.instant().isAfter(opdracht.geldigTot)) {
                return Optional.empty();
            }
            List<DodeLetters.Heraanbieding> aangeboden = new ArrayList<>();
            int weg = 0;
            for (String id : opdracht.ids) {
                Optional<DodeLetters.Heraanbieding> gedaan = dodeLetters.heraanbied(id, door);
                if (gedaan.isPresent()) {
                    aangeboden.add(gedaan.get());
                } else {
                    weg++;
                }
            }
            opdracht.uitvoering = new Uitvoering(List.copyOf(aangeboden), weg, door, klok.instant(), false);
            LOG.info("bulk {}: {} dead letters opnieuw aangeboden, {} niet meer aanwezig, door {}", token, aangeboden.size(),
                    weg, door);
            return Optional.of(opdracht.uitvoering);
        }
    }

    /** A run's result is kept a day after it ran, for the double click that comes late. */
    private void ruimOp() {
        Instant nu = klok.instant();
        opdrachten.values().removeIf(o -> o.uitvoering == null ? nu.isAfter(o.geldigTot)
                : nu.isAfter(o.uitvoering.op().plus(Duration.ofDays(1))));
    }

    private static final class Opdracht {
        private final List<String> ids;
        private final Instant geldigTot;
        private volatile Uitvoering uitvoering;

        Opdracht(List<String> ids, Instant geldigTot) {
            this.ids = ids;
            this.geldigTot = geldigTot;
        }
    }
}
