package be.ariadne.screening;

/**
 * Where a signal stands. A new signal is OPEN; it may be REFERRED (to a specialised centre) or
 * CLOSED; a referral that does not go ahead returns it to OPEN; a CLOSED signal can be reopened.
 */
public enum SignalStatus {
    OPEN, REFERRED, CLOSED;

    /** Whether a signal in this status may change to {@code next}. */
    public boolean canChangeTo(SignalStatus next) {
        if (next == null || next == this) {
            return false;
        }
        // OPEN and REFERRED may go anywhere else; CLOSED only back to OPEN.
        return this != CLOSED || next == OPEN;
    }
}
