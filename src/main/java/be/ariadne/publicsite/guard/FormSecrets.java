package be.ariadne.publicsite.guard;

import be.ariadne.crypto.KeyProvider;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The secret a form hands out when it is sent (a receipt code, a personal link), derived from the
 * form's one-time token with a keyed hash. The same form sent twice derives the same secret, so a
 * double click or a reload shows the same receipt; and the session store keeps only the form token:
 * without the key (derived from the blind-index key, outside the database) the secret cannot be
 * computed from it.
 */
@Component
public class FormSecrets {
    private final SecretKey key;

    FormSecrets(KeyProvider keys) {
        this.key = new SecretKeySpec(hmac(keys.indexKey(), "ariadne/publicsite/form-secrets/v1"), "HmacSHA256");
    }

    /** 32 bytes that only this form token (for this purpose) yields. */
    public byte[] derive(String purpose, String formToken) {
        return hmac(key, purpose + "|" + formToken);
    }

    /** A token of the shape {@link Secrets#token()} makes, derived from the form token. */
    public String token(String purpose, String formToken) {
        byte[] b = derive(purpose, formToken);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(b, 16));
    }

    static byte[] hmac(SecretKey key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
