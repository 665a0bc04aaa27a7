package be.ariadne.casefile;

/** HTCDS {@code cas_Status}: Active, FollowUp, Closed, ClosedReferred. */
public enum CaseStatus {
    ACTIVE,
    FOLLOW_UP,
    CLOSED,
    CLOSED_REFERRED;

    public boolean closed() {
        return this == CLOSED || this == CLOSED_REFERRED;
    }
}
