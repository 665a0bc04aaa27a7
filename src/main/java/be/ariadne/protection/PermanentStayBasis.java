package be.ariadne.protection;

/** On what ground unlimited stay (B card) was granted. */
public enum PermanentStayBasis {
    /** The perpetrators were convicted. */
    CONVICTION,
    /** The prosecutor asked the court for a conviction for trafficking. */
    PROSECUTION_REQUESTED_CONVICTION
}
