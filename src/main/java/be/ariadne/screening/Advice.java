package be.ariadne.screening;

/** What the first-line professional should do; declared in the order the advice is given. */
public enum Advice {
    CALL_112,
    REFER_TO_SPECIALISED_CENTRE,
    CONSULT_SPECIALISED_CENTRE,
    ALERT_CHILD_PROTECTION,
    INFORM_OF_RIGHTS,
    STAY_ALERT,
    NO_ACTION_NEEDED
}
