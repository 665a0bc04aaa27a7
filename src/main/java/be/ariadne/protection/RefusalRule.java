package be.ariadne.protection;

/**
 * The rule that refused an event. The enum name is the stable rule code the web layer puts in
 * the problem document and translates ({@code protection.refusal.<CODE>} in
 * {@code i18n/protection*.properties}). Never rename a constant.
 */
public enum RefusalRule {
    /** The status ended; nothing can follow. */
    ALREADY_ENDED,
    /** The event is dated before the last recorded event. */
    EVENT_BEFORE_PREVIOUS,
    /** The event is not allowed in the current phase. */
    WRONG_PHASE,
    /** The registration certificate was already extended once. */
    SECOND_EXTENSION,
    /** Victim confirmation without all three conditions met. */
    CONDITIONS_NOT_MET,
    /** No duration rule set is in force on the event's date. */
    NO_RULE_SET_IN_FORCE;

    /** The stable code (the constant's name). */
    public String code() {
        return name();
    }
}
