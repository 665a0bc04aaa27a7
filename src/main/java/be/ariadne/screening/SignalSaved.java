package be.ariadne.screening;

/** Published when a signal has been saved (in the saving transaction; listen after commit). */
public record SignalSaved(long signalId, String organisationCode) {
}
