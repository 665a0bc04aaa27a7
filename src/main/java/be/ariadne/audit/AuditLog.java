package be.ariadne.audit;

import be.ariadne.shared.Actor;

/**
 * Appends entries to the audit trail, in the caller's transaction: an entry exists exactly when
 * what it records was committed. There is deliberately no method to change or remove an entry.
 */
public interface AuditLog {
    /** Records the event for the signed-in user (or {@code anonymous}). */
    void record(AuditEvent event);

    /** Records the event for an explicit actor (sign-in attempts, command-line tools). */
    void record(String actor, String organisation, AuditEvent event);

    /** Records the event for a known actor. */
    default void record(Actor actor, AuditEvent event) {
        record(actor.username(), actor.organisationCode(), event);
    }
}
