package be.ariadne.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA-256) of normalised values, stored beside the ciphertexts so that an
 * exact-match lookup (a name, a birth date, a document or phone number) needs no decryption.
 * Normalisation makes "José  Dávila" and "jose davila", or "0470 12 34 56" and "+32470123456",
 * the same lookup.
 */
@Component
public class BlindIndex {
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"));
    private final KeyProvider keys;

    public BlindIndex(KeyProvider keys) {
        this.keys = keys;
    }

    /** The index of a value, or null for a blank value. */
    public String of(BlindIndexKind kind, String value) {
        String n = normalise(kind, value);
        if (n == null || n.isEmpty()) return null;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.indexKey());
            return HexFormat.of().formatHex(mac.doFinal((kind.name() + ":" + n).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    public static String normalise(BlindIndexKind kind, String value) {
        if (value == null) return null;
        String v = value.strip();
        return switch (kind) {
            case NAME -> name(v);
            case BIRTH_DATE -> date(v);
            case DOCUMENT_NUMBER -> v.toUpperCase(Locale.ROOT).replaceAll("[\\s./-]", "");
            case PHONE -> phone(v);
        };
    }

    private static String name(String v) {
        String decomposed = Normalizer.normalize(v, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static String date(String v) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f).toString();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return v;
    }

    /** E.164-like: international prefix 00 becomes +, a Belgian national number (0…) gets +32. */
    private static String phone(String v) {
        boolean plus = v.startsWith("+");
        String digits = v.replaceAll("\\D", "");
        if (plus) return "+" + digits;
        if (digits.startsWith("00")) return "+" + digits.substring(2);
        if (digits.startsWith("0") && digits.length() >= 9) return "+32" + digits.substring(1);
        return digits;
    }
}
