package nl.ijw.gateway.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sample heenbericht as a template: the text before and after the value of its
 * Header/BerichtIdentificatie/Identificatie, in a valid and (when it holds a Bsn) an invalid variant.
 * The invalid variant changes the last digit of the first Bsn by one, which always breaks the 11-proef.
 */
record Sample(String berichttype, String retourType, String afzender, String ontvanger,
              String[] valid, String[] invalid) {

    private static final Pattern IDENTIFICATIE = Pattern.compile("<(\\w+:)?Identificatie>([^<]*)</");
    private static final Pattern BSN = Pattern.compile("<(\\w+:)?Bsn>(\\d{9})</");
    private static final Pattern BERICHTTYPE = Pattern.compile("JW3(\\d\\d)");

    static Sample load(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
        Matcher type = BERICHTTYPE.matcher(name);
        if (!type.matches()) {
            throw new IllegalArgumentException("not a sample name: " + file);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String invalid = null;
        Matcher bsn = BSN.matcher(text);
        if (bsn.find()) {
            int last = bsn.end(2) - 1;
            char digit = (char) ('0' + (text.charAt(last) - '0' + 1) % 10);
            invalid = text.substring(0, last) + digit + text.substring(last + 1);
        }
        return new Sample(name, "JW3" + String.format("%02d", Integer.parseInt(type.group(1)) + 1),
                element(text, "Afzender", file), element(text, "Ontvanger", file),
                split(text, file), invalid == null ? null : split(invalid, file));
    }

    /** The same message to another receiver: its Header's Ontvanger, and what the checker expects. */
    Sample aan(String nieuweOntvanger) {
        String oud = ">" + ontvanger + "<";
        String nieuw = ">" + nieuweOntvanger + "<";
        java.util.function.Function<String[], String[]> vervang = parts -> parts == null ? null
                : new String[] {parts[0].replace(oud, nieuw), parts[1].replace(oud, nieuw)};
        return new Sample(berichttype, retourType, afzender, nieuweOntvanger, vervang.apply(valid), vervang.apply(invalid));
    }

    boolean hasInvalidVariant() {
        return invalid != null;
    }

    byte[] payload(String identificatie, boolean broken, Client client) {
        String[] parts = broken ? invalid : valid;
        return client.eigen(parts[0] + identificatie + parts[1]).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What makes a message about a client of its own: its BSN, allocation numbers and references.
     * The gateway keeps state per client (a second start with one key, a request while another is
     * pending, a start on a number the client's allocations lack are all refused), so a workload
     * that repeated the samples' values would be refused after the first round.
     */
    record Client(String bsn, long nummer1, long nummer2, String referentie1, String referentie2) {

        String eigen(String tekst) {
            return tekst.replace(">" + SAMPLE_BSN + "<", ">" + bsn + "<")
                    .replace(">100001<", ">" + nummer1 + "<").replace(">100002<", ">" + nummer2 + "<")
                    .replace(">VOT-2026-0001<", ">" + referentie1 + "<").replace(">VOW-2026-0001<", ">" + referentie2 + "<");
        }
    }

    /** The BSN of the samples; the invalid variant's differs, so it stays invalid. */
    static final String SAMPLE_BSN = "999993653";

    /** Splits around the first Identificatie value, which is the one in the Header. */
    private static String[] split(String text, Path file) {
        Matcher m = IDENTIFICATIE.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no Identificatie in " + file);
        }
        return new String[] {text.substring(0, m.start(2)), text.substring(m.end(2))};
    }

    private static String element(String text, String name, Path file) {
        Matcher m = Pattern.compile("<(\\w+:)?" + name + ">([^<]+)</").matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + name + " in " + file);
        }
        return m.group(2).trim();
    }
}
