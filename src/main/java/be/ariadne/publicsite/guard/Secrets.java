package be.ariadne.publicsite.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random tokens handed to visitors (form tokens, personal links) and the hashes stored in their
 * place. A token carries 128 random bits, so a plain SHA-256 is enough to store it: it cannot be
 * guessed back from the hash.
 */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 128 random bits, URL-safe (22 characters). */
    public static String token() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Lower-case hex SHA-256 of the text. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A token of the shape {@link #token()} makes, before it is looked up (no length games, no odd characters). */
    public static boolean looksLikeToken(String s) {
        return s != null && s.matches("[A-Za-z0-9_-]{22}");
    }
}
