package be.ariadne.access;

import java.time.Instant;
import java.util.Set;

/** A user account as administrators see it (never the password hash). */
public record UserAccount(long id, String username, String displayName, String email, long organisationId,
                          String organisationCode, Set<Role> roles, boolean active, boolean locked,
                          boolean mustChangePassword, Instant createdAt, int version) {
}
