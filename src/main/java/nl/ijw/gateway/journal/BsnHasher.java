package nl.ijw.gateway.journal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The journal never holds a BSN: only this keyed hash (HMAC-SHA256). With the key an operator can
 * find the messages of one BSN; without it, the hashes reveal nothing, not even by trying every
 * possible BSN (there are only a few hundred million).
 *
 * <p>The hash is the MAC's first 128 bits, as 32 hex characters: a search key needs no more, and the
 * journal's indexes on it are written at every commit (migration V7 cut the hashes stored before).
 */
public final class BsnHasher {

    private static final int BYTES = 16;

    /**
     * One keyed MAC per thread: looking one up and keying it costs more than the hash itself, and
     * every message hashes its client's BSN several times (journal, state, per-client order).
     */
    private final ThreadLocal<Mac> macs;

    public BsnHasher(byte[] sleutel) {
        if (sleutel.length < 32) {
            throw new IllegalArgumentException("De BSN-sleutel moet ten minste 32 bytes zijn");
        }
        SecretKeySpec spec = new SecretKeySpec(sleutel, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> nieuweMac(spec));
    }

    public String hash(String bsn) {
        // doFinal leaves the MAC keyed and reset for the next hash.
        return HexFormat.of().formatHex(macs.get().doFinal(bsn.trim().getBytes(StandardCharsets.US_ASCII)), 0, BYTES);
    }

    private static Mac nieuweMac(SecretKeySpec sleutel) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
