package be.ariadne.protection;

/**
 * What can happen in the procedure. Three types carry one extra detail: {@link #CONDITION_MET}
 * a {@link Condition}, {@link #PERMANENT_STAY_GRANTED} a {@link PermanentStayBasis} and
 * {@link #STATUS_ENDED} an {@link EndReason}; the others carry none.
 */
public enum ProcedureEventType {
    REFLECTION_PERIOD_GRANTED,
    STATEMENT_MADE,
    REGISTRATION_CERTIFICATE_EXTENDED,
    CONDITION_MET,
    VICTIM_CONFIRMED,
    A_CARD_RENEWED,
    PERMANENT_STAY_GRANTED,
    STATUS_ENDED;

    /** Whether this type needs a {@link Condition} (and no other type takes one). */
    public boolean takesCondition() {
        return this == CONDITION_MET;
    }

    /** Whether this type needs an {@link EndReason} (and no other type takes one). */
    public boolean takesReason() {
        return this == STATUS_ENDED;
    }

    /** Whether this type needs a {@link PermanentStayBasis} (and no other type takes one). */
    public boolean takesBasis() {
        return this == PERMANENT_STAY_GRANTED;
    }
}
