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

    boolean hasInvalidVariant() {
        return invalid != null;
    }

    /** With a client BSN (null: the sample's own), its first Bsn is that one, or for a broken message that one off by one. */
    byte[] payload(String identificatie, boolean broken, String clientBsn) {
        String[] parts = broken && clientBsn == null ? invalid : valid;
        String text = parts[0] + identificatie + parts[1];
        if (clientBsn != null) {
            Matcher bsn = BSN.matcher(text);
            if (bsn.find()) {
                String value = broken ? clientBsn.substring(0, 8) + (char) ('0' + (clientBsn.charAt(8) - '0' + 1) % 10)
                        : clientBsn;
                text = text.substring(0, bsn.start(2)) + value + text.substring(bsn.end(2));
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

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
