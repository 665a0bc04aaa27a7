package be.ariadne.casefile;

/** Published synchronously, inside the transaction, when a case is opened; {@code referralId} may be null. */
public record CaseOpened(CaseRef ref, Long referralId) {
}
