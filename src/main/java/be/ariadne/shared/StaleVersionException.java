package be.ariadne.shared;

/** Someone else changed the record since it was read (optimistic locking). Answered with 409. */
public class StaleVersionException extends RuntimeException {
    public StaleVersionException(String what) {
        super(what + " was changed by someone else since you opened it; reload it and apply your change again.");
    }
}
