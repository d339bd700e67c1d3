package nl.ijw.gateway.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The messages of one run: message i is a sample (round-robin over the heenberichten), valid or
 * invalid (evenly spread, invalid ones round-robin over the samples with a Bsn), and carries the
 * Identificatie {@code B<run tag><i in base 36>}, at most 12 characters.
 */
final class Workload {

    static final List<String> HEENBERICHTEN = List.of("JW301", "JW305", "JW307", "JW315", "JW317", "JW319");

    private final String tag;
    private final Sample[] samples;
    private final boolean[] invalid;

    private final Sample.Client[] clients;

    /** @param viaGateway whether the messages go through the gateway and so take clients of their own */
    private Workload(String tag, Sample[] samples, boolean[] invalid, boolean viaGateway) {
        this.tag = tag;
        this.samples = samples;
        this.invalid = invalid;
        this.clients = new Sample.Client[samples.length];
        long nummers = NUMMERS.getAndAdd(2L * samples.length);
        // One copy of a request sample per municipality, not one per message.
        java.util.Map<String, Sample> naarGemeente = new java.util.HashMap<>();
        for (int i = 0; i < samples.length; i++) {
            String referentie = "B" + tag + Long.toString(i, 36).toUpperCase();
            String bsn;
            if (!viaGateway) {
                bsn = BSNS.get(i % BSNS.size());
            } else if (isRequest(samples[i])) {
                int verzoek = VERZOEKEN.getAndIncrement();
                int rest = BSNS.size() - TOEWIJZING_BSNS;
                bsn = BSNS.get(TOEWIJZING_BSNS + verzoek % rest);
                Sample sample = samples[i];
                String gemeente = VERZOEK_GEMEENTEN.get(verzoek / rest % VERZOEK_GEMEENTEN.size());
                samples[i] = naarGemeente.computeIfAbsent(sample.berichttype() + "/" + gemeente, k -> sample.aan(gemeente));
            } else {
                bsn = bsn(samples[i].berichttype());
            }
            clients[i] = new Sample.Client(bsn, nummers + 2L * i, nummers + 2L * i + 1,
                    referentie + "-T", referentie + "-W");
        }
    }

    /**
     * BSNs of the test range (999900006-999999990) that pass the 11-proef: about 9,000. Allocations
     * (JW301) take theirs from the first thousand, everything else from the rest, so no start,
     * stop or request meets a client whose allocations it does not name. Requests go round the rest
     * one by one: a client's request stays pending (the workload sends no answers), and a second
     * request for that client would be refused (TR374) — so up to about 8,000 requests per
     * municipality, 32,000 in all ({@link #REQUESTS_PER_RUN}), about 96,000 messages per gateway run
     * (warm-up included; the raw broker run does not count).
     */
    private static final List<String> BSNS = testBsns();
    private static final int TOEWIJZING_BSNS = 1000;
    private static final java.util.concurrent.atomic.AtomicInteger TOEWIJZINGEN = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger VERZOEKEN = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger LEVERINGEN = new java.util.concurrent.atomic.AtomicInteger();
    /** Allocation numbers, unique over the workloads of one process (warm-up and measured run share a gateway). */
    private static final java.util.concurrent.atomic.AtomicLong NUMMERS = new java.util.concurrent.atomic.AtomicLong(300_000_000L);

    private static final java.util.Set<String> VERZOEKEN_TYPES = java.util.Set.of("JW315", "JW317");
    /**
     * Zwolle (the samples' receiver), Dalfsen, Kampen and Staphorst: IJsselland municipalities that only
     * the region-wide policies name (regios/ijsselland.yaml), so a request to any of them is judged alike.
     */
    private static final List<String> VERZOEK_GEMEENTEN = List.of("0193", "0148", "0166", "0180");

    /**
     * Requests one gateway run can take: each client of the rest once per municipality. Past that a
     * request would meet its own client's earlier request, still pending, and be refused (TR374):
     * a gateway that did nothing wrong would fail the run.
     */
    static final int REQUESTS_PER_RUN = (BSNS.size() - TOEWIJZING_BSNS) * VERZOEK_GEMEENTEN.size();

    /**
     * Starts and stops go round the same rest as requests, but half-way round: the two counters move
     * in step (two of each in every six messages), so without the offset every start shared its client
     * with the request two messages later, and every stop with the next request for change. The gateway
     * judges one client's messages one at a time, so each such pair waited for the first one's journal
     * commit: a third of all messages, where real traffic seldom has two messages of one child in flight
     * at once.
     */
    private static String bsn(String berichttype) {
        int rest = BSNS.size() - TOEWIJZING_BSNS;
        return "JW301".equals(berichttype) ? BSNS.get(TOEWIJZINGEN.getAndIncrement() % TOEWIJZING_BSNS)
                : BSNS.get(TOEWIJZING_BSNS + (LEVERINGEN.getAndIncrement() + rest / 2) % rest);
    }

    private static List<String> testBsns() {
        List<String> bsns = new ArrayList<>();
        for (long n = 999_900_006L; n <= 999_999_990L; n++) {
            String bsn = Long.toString(n);
            int som = 0;
            for (int k = 0; k < 8; k++) {
                som += (bsn.charAt(k) - '0') * (9 - k);
            }
            if ((som - (bsn.charAt(8) - '0')) % 11 == 0 && !bsn.equals(Sample.SAMPLE_BSN)) {
                bsns.add(bsn);
            }
        }
        return bsns;
    }

    static List<Sample> loadSamples(Path folder) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (String type : HEENBERICHTEN) {
            samples.add(Sample.load(folder.resolve(type + ".xml")));
        }
        return samples;
    }

    /**
     * A workload for the raw broker run: the same kind of messages, but the gateway never sees them, so
     * they take no clients from the pools of the messages that go through it.
     */
    static Workload createRaw(List<Sample> all, int count) {
        return create(all, count, 0, false);
    }

    static Workload create(List<Sample> all, int count, int invalidPercent) {
        return create(all, count, invalidPercent, true);
    }

    /** Whether a workload of {@code count} messages made now would find a client for each of its requests. */
    static boolean fits(List<Sample> all, int count, int invalidPercent) {
        return requests(pick(all, count, invalidPercent, new boolean[count])) <= REQUESTS_PER_RUN - VERZOEKEN.get();
    }

    private static Workload create(List<Sample> all, int count, int invalidPercent, boolean viaGateway) {
        boolean[] invalid = new boolean[count];
        Sample[] samples = pick(all, count, invalidPercent, invalid);
        int left = REQUESTS_PER_RUN - VERZOEKEN.get();
        int requests = requests(samples);
        if (viaGateway && requests > left) {
            throw new IllegalStateException("a gateway run has clients for " + REQUESTS_PER_RUN
                    + " requests (JW315/JW317); these " + count + " messages hold " + requests
                    + " and " + left + " are left: send fewer (--warmup, --warmup-max, messages)");
        }
        // Four base-36 digits, so Identificaties of different runs never collide: B + 4 + up to 7 = 12.
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36, 36L * 36 * 36 * 36), 36)
                .toUpperCase();
        return new Workload(tag, samples, invalid, viaGateway);
    }

    /**
     * Message i's sample, valid or (filling {@code invalid}) not, evenly spread.
     */
    private static Sample[] pick(List<Sample> all, int count, int invalidPercent, boolean[] invalid) {
        List<Sample> withBsn = all.stream().filter(Sample::hasInvalidVariant).toList();
        if (invalidPercent > 0 && withBsn.isEmpty()) {
            throw new IllegalArgumentException("no sample holds a Bsn to make invalid");
        }
        Sample[] samples = new Sample[count];
        int valids = 0;
        int invalids = 0;
        for (int i = 0; i < count; i++) {
            invalid[i] = (long) (i + 1) * invalidPercent / 100 > (long) i * invalidPercent / 100;
            samples[i] = invalid[i] ? withBsn.get(invalids++ % withBsn.size()) : all.get(valids++ % all.size());
        }
        return samples;
    }

    private static boolean isRequest(Sample sample) {
        return VERZOEKEN_TYPES.contains(sample.berichttype());
    }

    private static int requests(Sample[] samples) {
        int n = 0;
        for (Sample sample : samples) {
            n += isRequest(sample) ? 1 : 0;
        }
        return n;
    }

    int size() {
        return samples.length;
    }

    int invalidCount() {
        int n = 0;
        for (boolean b : invalid) {
            n += b ? 1 : 0;
        }
        return n;
    }

    Sample sample(int i) {
        return samples[i];
    }

    boolean invalid(int i) {
        return invalid[i];
    }

    String identificatie(int i) {
        return "B" + tag + Long.toString(i, 36).toUpperCase();
    }

    byte[] payload(int i) {
        return samples[i].payload(identificatie(i), invalid[i], clients[i]);
    }

    /** The message index of an Identificatie of this run, or -1. */
    int indexOf(String identificatie) {
        if (identificatie == null || !identificatie.startsWith("B" + tag) || identificatie.length() > 12) {
            return -1;
        }
        try {
            long i = Long.parseLong(identificatie.substring(1 + tag.length()), 36);
            return i < samples.length ? (int) i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
