package be.ariadne.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for single values and documents. Layout of a stored value: version (1 byte),
 * key id (4 bytes), nonce (12 random bytes), ciphertext with its 16-byte tag. The binding
 * (table, field, record) is the associated data.
 */
@Component
public class FieldEncryption {
    static final byte VERSION = 1;
    private static final int NONCE = 12;
    private static final int HEADER = 1 + 4 + NONCE;
    private static final int TAG_BITS = 128;

    private final KeyProvider keys;
    private final SecureRandom random = new SecureRandom();

    public FieldEncryption(KeyProvider keys) {
        this.keys = keys;
    }

    /** Encrypts a text; null stays null. */
    public byte[] encrypt(String plaintext, Binding binding) {
        return plaintext == null ? null : encryptBytes(plaintext.getBytes(StandardCharsets.UTF_8), binding);
    }

    public String decrypt(byte[] stored, Binding binding) {
        return stored == null ? null : new String(decryptBytes(stored, binding), StandardCharsets.UTF_8);
    }

    public byte[] encryptBytes(byte[] plain, Binding binding) {
        if (plain == null) return null;
        int keyId = keys.currentDataKeyId();
        return encryptWith(keyId, plain, binding);
    }

    /** Re-encrypts under the current key (key rotation); the value does not change. */
    public byte[] reencrypt(byte[] stored, Binding binding) {
        if (stored == null) return null;
        return encryptWith(keys.currentDataKeyId(), decryptBytes(stored, binding), binding);
    }

    private byte[] encryptWith(int keyId, byte[] plain, Binding binding) {
        SecretKey key = keys.dataKey(keyId);
        if (key == null) throw new IllegalStateException("data key " + keyId + " is not configured");
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(binding.associatedData());
            byte[] ct = c.doFinal(plain);
            return ByteBuffer.allocate(HEADER + ct.length).put(VERSION).putInt(keyId).put(nonce).put(ct).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public byte[] decryptBytes(byte[] stored, Binding binding) {
        if (stored == null) return null;
        if (stored.length < HEADER + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new UnreadableValueException(binding, "not an Ariadne ciphertext");
        }
        ByteBuffer buf = ByteBuffer.wrap(stored);
        buf.get();
        int keyId = buf.getInt();
        SecretKey key = keys.dataKey(keyId);
        if (key == null) throw new UnreadableValueException(binding, "data key " + keyId + " is not configured");
        byte[] nonce = new byte[NONCE];
        buf.get(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(binding.associatedData());
            return c.doFinal(stored, HEADER, stored.length - HEADER);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new UnreadableValueException(binding, "authentication failed (corrupted, moved to another place, or wrong key)");
        } catch (GeneralSecurityException e) {
            throw new UnreadableValueException(binding, e.getMessage());
        }
    }

    /** The id of the key a stored value is encrypted with. */
    public static int keyIdOf(byte[] stored) {
        if (stored == null || stored.length < 5) return -1;
        return ByteBuffer.wrap(stored, 1, 4).getInt();
    }

    public int currentKeyId() {
        return keys.currentDataKeyId();
    }
}
