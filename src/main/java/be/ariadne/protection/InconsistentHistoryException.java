package be.ariadne.protection;

/**
 * A stored history cannot be replayed: an event at {@link #index()} breaks a rule of the
 * procedure or carries an impossible validity. That means the store was changed outside
 * {@link Procedure#record}; it is a data error, not user input.
 */
public final class InconsistentHistoryException extends RuntimeException {

    private final int index;

    InconsistentHistoryException(int index, RecordedEvent event, String problem) {
        super("history event #" + index + " (" + event.type() + " on " + event.date() + ") cannot be replayed: "
                + problem);
        this.index = index;
    }

    /** Zero-based position of the offending event in the history. */
    public int index() {
        return index;
    }
}
