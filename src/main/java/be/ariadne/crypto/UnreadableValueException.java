package be.ariadne.crypto;

/** A stored value that cannot be decrypted: corrupted, moved, or under a key that is not configured. */
public class UnreadableValueException extends RuntimeException {
    private final Binding binding;

    public UnreadableValueException(Binding binding, String reason) {
        super("unreadable value " + binding + ": " + reason);
        this.binding = binding;
    }

    public Binding binding() {
        return binding;
    }
}
