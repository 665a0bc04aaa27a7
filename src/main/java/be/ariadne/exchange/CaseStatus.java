package be.ariadne.exchange;

/** Status of an exchanged case, HTCDS 2.0 {@code cas_Status} ({@code Active}, {@code FollowUp}, {@code Closed}, {@code ClosedReferred}). */
public enum CaseStatus {
    ACTIVE,
    FOLLOW_UP,
    CLOSED,
    CLOSED_REFERRED
}
