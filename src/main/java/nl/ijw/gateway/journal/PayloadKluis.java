package nl.ijw.gateway.journal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts payloads for the journal with AES-256-GCM: a fresh 12-byte nonce per payload, stored in
 * front of the ciphertext; the tag makes any change to a stored payload detectable.
 */
public final class PayloadKluis {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec sleutel;
    private final SecureRandom random = new SecureRandom();
    /** A Cipher serves one thread at a time; looking one up costs more than encrypting a message. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PayloadKluis::nieuweCipher);

    public PayloadKluis(byte[] sleutel) {
        if (sleutel.length != 32) {
            throw new IllegalArgumentException("De payload-sleutel moet 32 bytes (AES-256) zijn");
        }
        this.sleutel = new SecretKeySpec(sleutel, "AES");
    }

    public byte[] versleutel(byte[] inhoud) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, sleutel, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] versleuteld = cipher.doFinal(inhoud);
            return ByteBuffer.allocate(NONCE + versleuteld.length).put(nonce).put(versleuteld).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] ontsleutel(byte[] opgeslagen) {
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, sleutel, new GCMParameterSpec(TAG_BITS, opgeslagen, 0, NONCE));
            return cipher.doFinal(opgeslagen, NONCE, opgeslagen.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Payload niet te ontsleutelen: verkeerde sleutel of gewijzigde gegevens", e);
        }
    }

    private static Cipher nieuweCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
