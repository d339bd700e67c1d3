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

    private Workload(String tag, Sample[] samples, boolean[] invalid) {
        this.tag = tag;
        this.samples = samples;
        this.invalid = invalid;
    }

    static List<Sample> loadSamples(Path folder) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (String type : HEENBERICHTEN) {
            samples.add(Sample.load(folder.resolve(type + ".xml")));
        }
        return samples;
    }

    static Workload create(List<Sample> all, int count, int invalidPercent) {
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
        return new Workload(tag, samples, invalid);
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
        return samples[i].payload(identificatie(i), invalid[i]);
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
