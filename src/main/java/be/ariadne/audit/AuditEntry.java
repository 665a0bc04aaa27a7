package be.ariadne.audit;

import java.time.Instant;

/** One stored entry of the audit trail, as read back. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String organisation, String action,
                         String objectType, String objectId, String purpose, String outcome, String detail,
                         String prevHash, String entryHash) {
}
