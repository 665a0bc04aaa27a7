package be.ariadne.crypto;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * Stands for a stored value that could not be decrypted (corrupted, moved, or under a key that is
 * not configured), so that the rest of a record can still be shown. In JSON: {@code {"unreadable": true}}.
 */
public record UnreadableValue(String place) {
    @JsonValue
    public Map<String, Object> json() {
        return Map.of("unreadable", true);
    }

    @Override
    public String toString() {
        return "[unreadable]";
    }
}
