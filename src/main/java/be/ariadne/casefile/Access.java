package be.ariadne.casefile;

/** What a user may do with a compartment. Write implies read. */
public enum Access {
    READ,
    WRITE;

    /** True when this access includes {@code wanted} (WRITE includes READ). */
    public boolean includes(Access wanted) {
        return this == WRITE || wanted == READ;
    }
}
