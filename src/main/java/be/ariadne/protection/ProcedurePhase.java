package be.ariadne.protection;

/** Where a case stands in the victim-status procedure. */
public enum ProcedurePhase {
    /** Detected and referred, no residence document yet. */
    NOT_STARTED,
    /** Reflection period: the person decides whether to make statements (annex 15). */
    REFLECTION_PERIOD,
    /** Statements made or complaint filed: registration certificate. */
    REGISTRATION_CERTIFICATE,
    /** Victim confirmed by the prosecutor or labour auditor: temporary stay (A card). */
    A_CARD,
    /** Unlimited stay (B card) after a conviction or the prosecutor's request for one. */
    PERMANENT,
    /** The status ended; terminal. */
    ENDED
}
