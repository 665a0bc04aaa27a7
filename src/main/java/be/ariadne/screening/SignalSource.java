package be.ariadne.screening;

/** Where a signal comes from. */
public enum SignalSource {
    /** A professional's screening, saved by them. */
    SCREENING,
    /** A report from the public, saved by the application into an organisation's queue. */
    PUBLIC_REPORT
}
