package be.ariadne.shared;

/**
 * A state change that the rules do not allow now. {@code rule} is a stable code naming the rule
 * (for machines and translations); the message says it in words. Answered with 409.
 */
public class RefusedException extends RuntimeException {
    private final String rule;

    public RefusedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
