package be.ariadne.screening;

/** How strongly the facts point to trafficking; declared in increasing order (UNLIKELY &lt; POSSIBLE &lt; LIKELY). */
public enum Qualification {
    UNLIKELY, POSSIBLE, LIKELY;

    /** Whether this qualification is POSSIBLE or LIKELY. */
    public boolean atLeastPossible() {
        return this != UNLIKELY;
    }
}
