package nl.ijw.gateway.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The messages of one run: message i is a sample (round-robin over the heenberichten), valid or
 * invalid (evenly spread, invalid ones round-robin over the samples with a Bsn), and carries the
 * Identificatie {@code B<run tag><i in base 36>}, at most 12 characters. With more than one client,
 * messages 6k..6k+5 are about client k modulo the number of clients, each with a test BSN of its own:
 * a journal then holds a few messages per client, as in real traffic, instead of all for one child.
 */
final class Workload {

    static final List<String> HEENBERICHTEN = List.of("JW301", "JW305", "JW307", "JW315", "JW317", "JW319");

    private final String tag;
    private final Sample[] samples;
    private final boolean[] invalid;
    /** Null: every message keeps its sample's own BSN. */
    private final String[] clientBsns;

    private Workload(String tag, Sample[] samples, boolean[] invalid, String[] clientBsns) {
        this.tag = tag;
        this.samples = samples;
        this.invalid = invalid;
        this.clientBsns = clientBsns;
    }

    static List<Sample> loadSamples(Path folder) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (String type : HEENBERICHTEN) {
            samples.add(Sample.load(folder.resolve(type + ".xml")));
        }
        return samples;
    }

    static Workload create(List<Sample> all, int count, int invalidPercent, int clients) {
        List<Sample> withBsn = all.stream().filter(Sample::hasInvalidVariant).toList();
        if (invalidPercent > 0 && withBsn.isEmpty()) {
            throw new IllegalArgumentException("no sample holds a Bsn to make invalid");
        }
        Sample[] samples = new Sample[count];
        boolean[] invalid = new boolean[count];
        int valids = 0;
        int invalids = 0;
        for (int i = 0; i < count; i++) {
            invalid[i] = (long) (i + 1) * invalidPercent / 100 > (long) i * invalidPercent / 100;
            samples[i] = invalid[i] ? withBsn.get(invalids++ % withBsn.size()) : all.get(valids++ % all.size());
        }
        // Four base-36 digits, so Identificaties of different runs never collide: B + 4 + up to 7 = 12.
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36, 36L * 36 * 36 * 36), 36)
                .toUpperCase();
        return new Workload(tag, samples, invalid, clients == 1 ? null : testBsns(clients));
    }

    /**
     * BSNs that pass the 11-proef from the range 999 90 00 00 upwards, which the Dutch register keeps for
     * tests (the samples use one of them too), so no real person's number is ever sent.
     */
    static String[] testBsns(int count) {
        String[] bsns = new String[count];
        int found = 0;
        for (int candidate = 999_900_000; found < count; candidate++) {
            if (candidate > 999_999_999) {
                throw new IllegalArgumentException("at most " + found + " clients: no more test BSNs");
            }
            String bsn = Integer.toString(candidate);
            int sum = 0;
            for (int d = 0; d < 8; d++) {
                sum += (bsn.charAt(d) - '0') * (9 - d);
            }
            if ((sum - (bsn.charAt(8) - '0')) % 11 == 0) {
                bsns[found++] = bsn;
            }
        }
        return bsns;
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
        String bsn = clientBsns == null ? null : clientBsns[i / HEENBERICHTEN.size() % clientBsns.length];
        return samples[i].payload(identificatie(i), invalid[i], bsn);
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
