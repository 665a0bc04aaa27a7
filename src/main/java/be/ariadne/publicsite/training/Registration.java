package be.ariadne.publicsite.training;

import java.time.Instant;

/** A registration with its personal data decrypted (for the organiser, the export and the e-mails). */
public record Registration(long id, long sessionId, RegistrationStatus status, String fullName, String organisation, String jobRole,
                           String email, boolean consentContact, String language, Instant registeredAt, Instant confirmedAt,
                           Instant promotedAt, Instant cancelledAt) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
