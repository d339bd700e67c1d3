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
 */
public final class BsnHasher {

    private final SecretKeySpec sleutel;

    public BsnHasher(byte[] sleutel) {
        if (sleutel.length < 32) {
            throw new IllegalArgumentException("De BSN-sleutel moet ten minste 32 bytes zijn");
        }
        this.sleutel = new SecretKeySpec(sleutel, "HmacSHA256");
    }

    public String hash(String bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            return HexFormat.of().formatHex(mac.doFinal(bsn.trim().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
