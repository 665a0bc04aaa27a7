package be.ariadne.protection;

/** The three conditions a presumed victim must all meet to receive support and status. */
public enum Condition {
    /** Break all contact with the presumed perpetrators. */
    BREAK_CONTACT,
    /** Accept the support of a mandated specialised centre. */
    ACCEPT_SUPPORT,
    /** Cooperate with justice: make statements or file a complaint. */
    COOPERATE
}
