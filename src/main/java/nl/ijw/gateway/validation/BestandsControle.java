package nl.ijw.gateway.validation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ijw.gateway.deadletter.DlqReden;

/**
 * The checks on a message as a file, before any XML parsing: size (OP179), UTF-8 without byte
 * order mark (OP192). A message failing these is not parsed further.
 */
public final class BestandsControle {

    private static final Pattern ENCODING_DECLARATIE =
            Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private final long maxBytes;

    public BestandsControle(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Optional<Afwijzing> controleer(byte[] inhoud) {
        if (inhoud.length == 0) {
            return Optional.of(new Afwijzing(DlqReden.LEEG, "Het bericht is leeg."));
        }
        if (inhoud.length > maxBytes) {
            return Optional.of(teGroot(inhoud.length));
        }
        if (inhoud.length >= 3 && (inhoud[0] & 0xFF) == 0xEF && (inhoud[1] & 0xFF) == 0xBB && (inhoud[2] & 0xFF) == 0xBF) {
            return Optional.of(new Afwijzing(DlqReden.CODERING,
                    "Het bericht begint met een byte order mark (BOM); dat is niet toegestaan (OP192)."));
        }
        if (inhoud.length >= 2 && ((inhoud[0] == (byte) 0xFE && inhoud[1] == (byte) 0xFF)
                || (inhoud[0] == (byte) 0xFF && inhoud[1] == (byte) 0xFE))) {
            return Optional.of(new Afwijzing(DlqReden.CODERING,
                    "Het bericht is in UTF-16 gecodeerd; alleen UTF-8 is toegestaan (OP192)."));
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(inhoud));
        } catch (CharacterCodingException e) {
            return Optional.of(new Afwijzing(DlqReden.CODERING,
                    "Het bericht bevat bytes die geen geldige UTF-8 zijn; alleen UTF-8 is toegestaan (OP192)."));
        }
        String begin = new String(inhoud, 0, Math.min(inhoud.length, 200), StandardCharsets.UTF_8);
        Matcher encoding = ENCODING_DECLARATIE.matcher(begin);
        if (encoding.find() && !encoding.group(1).equalsIgnoreCase("UTF-8")) {
            return Optional.of(new Afwijzing(DlqReden.CODERING,
                    "Het bericht declareert codering " + encoding.group(1) + "; alleen UTF-8 is toegestaan (OP192)."));
        }
        return Optional.empty();
    }

    public Afwijzing teGroot(long grootte) {
        return new Afwijzing(DlqReden.TE_GROOT, "Het bericht is " + grootte + " bytes; de grens is "
                + maxBytes + " bytes (OP179).");
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Why a message cannot be read as an iJw message at all. */
    public record Afwijzing(DlqReden reden, String melding) {
        public Bevinding alsBevinding() {
            return Bevinding.xml(melding);
        }
    }
}
