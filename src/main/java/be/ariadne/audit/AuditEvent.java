package be.ariadne.audit;

/**
 * What happened, to record. {@code action} is an upper-case code such as {@code CASE_READ};
 * {@code objectType}/{@code objectId} name what it happened to by pseudonymous identifiers
 * (a case code, a username) — never a victim's name or other personal data; {@code purpose}
 * is why, where the user gave it (break-glass reasons, exports).
 */
public record AuditEvent(String action, String objectType, String objectId, String purpose, Outcome outcome, String detail) {

    public enum Outcome { SUCCESS, FAILURE, DENIED }

    public AuditEvent {
        if (action == null || !action.matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw new IllegalArgumentException("audit action must be an upper-case code: " + action);
        }
        if (outcome == null) outcome = Outcome.SUCCESS;
    }

    public static AuditEvent of(String action, String objectType, Object objectId) {
        return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), null, Outcome.SUCCESS, null);
    }

    public AuditEvent withPurpose(String purpose) {
        return new AuditEvent(action, objectType, objectId, purpose, outcome, detail);
    }

    public AuditEvent withDetail(String detail) {
        return new AuditEvent(action, objectType, objectId, purpose, outcome, detail);
    }

    public AuditEvent withOutcome(Outcome outcome) {
        return new AuditEvent(action, objectType, objectId, purpose, outcome, detail);
    }
}
