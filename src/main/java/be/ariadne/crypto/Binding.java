package be.ariadne.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Where an encrypted value lives: its table, its field and its record (for case data, the case's
 * id). Bound into the ciphertext as associated data, so that a ciphertext copied to another row
 * or field does not decrypt.
 */
public record Binding(String table, String field, String recordId) {
    public Binding {
        if (table == null || field == null || recordId == null) throw new IllegalArgumentException("binding needs table, field and record");
    }

    public static Binding of(String table, String field, Object recordId) {
        return new Binding(table, field, String.valueOf(recordId));
    }

    byte[] associatedData() {
        return ("ariadne:v1\u0000" + table + "\u0000" + field + "\u0000" + recordId).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table + "." + field + "#" + recordId;
    }
}
