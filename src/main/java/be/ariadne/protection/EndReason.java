package be.ariadne.protection;

/**
 * Why the status ended. The legal detail (art. 61/3 §2, 61/4 §2) is marked unverified in
 * the domain notes; the last two reasons are practical ones the centres record.
 */
public enum EndReason {
    /** The person actively and voluntarily renewed contact with the presumed perpetrators. */
    CONTACT_RENEWED,
    /** The person stopped cooperating with justice. */
    STOPPED_COOPERATING,
    /** The judicial authority ended the procedure (dismissal). */
    PROCEDURE_DISMISSED,
    /** The cooperation or complaint was found fraudulent or unfounded. */
    FRAUDULENT,
    /** The person is a threat to public order or national security. */
    PUBLIC_ORDER,
    /** The person withdrew from the procedure. */
    WITHDRAWN_BY_VICTIM,
    /** The person left the country. */
    LEFT_COUNTRY
}
