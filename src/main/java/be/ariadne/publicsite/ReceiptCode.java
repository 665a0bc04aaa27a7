package be.ariadne.publicsite;

import be.ariadne.publicsite.guard.Secrets;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * The code a reporter receives to add information later: 16 characters in groups of four, from an
 * alphabet without look-alikes (no 0/O, 1/I/L, nor U): 30<sup>16</sup> ≈ 2<sup>78</sup> codes,
 * beyond guessing even without the rate limit. Only its SHA-256 is stored.
 */
final class ReceiptCode {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;

    private ReceiptCode() {
    }

    /** The code spelled by 32 random (or keyed-hash) bytes: 16 base-30 digits of that 256-bit number. */
    static String of(byte[] bytes) {
        BigInteger n = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(ALPHABET.length());
        StringBuilder sb = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) sb.append('-');
            BigInteger[] qr = n.divideAndRemainder(base);
            sb.append(ALPHABET.charAt(qr[1].intValue()));
            n = qr[0];
        }
        return sb.toString();
    }

    /** The code as typed (any case, with or without spaces or dashes) in its canonical form, or empty when it cannot be a code. */
    static Optional<String> canonical(String typed) {
        if (typed == null) return Optional.empty();
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-–.]", "");
        if (s.length() != LENGTH) return Optional.empty();
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) return Optional.empty();
        }
        return Optional.of(s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12));
    }

    static String hash(String canonical) {
        return Secrets.sha256("receipt:" + canonical);
    }
}
