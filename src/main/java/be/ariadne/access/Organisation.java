package be.ariadne.access;

import java.time.Instant;

/** A partner organisation: every user belongs to exactly one. */
public record Organisation(long id, String code, String name, OrganisationType type, boolean active,
                           Instant createdAt, int version) {
}
