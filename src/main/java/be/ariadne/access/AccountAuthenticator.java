package be.ariadne.access;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username and password for the web sign-in and the token endpoint alike, counts
 * failures and locks the account for a while after too many. Never throws for a failure: the
 * failure count and its audit entry must be committed, whatever the caller does next.
 */
@Component
class AccountAuthenticator {
    enum Failure { UNKNOWN_ACCOUNT, WRONG_PASSWORD, LOCKED, INACTIVE }

    sealed interface Result permits Success, Failed {
    }

    record Success(AriadneUser user) implements Result {
    }

    record Failed(Failure reason) implements Result {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Principals principals;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    // Compared against when the account does not exist, so that timing does not reveal which usernames exist.
    private final String dummyHash;

    AccountAuthenticator(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, Principals principals, Clock clock,
                         @Value("${ariadne.access.max-failed-logins:5}") int maxFailures,
                         @Value("${ariadne.access.lockout-duration:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.principals = principals;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.dummyHash = encoder.encode("not-a-real-password-" + System.nanoTime());
    }

    private record Account(long id, String username, String hash, boolean active, boolean orgActive, String orgCode,
                           int failures, Instant lockedUntil) {
    }

    @Transactional
    Result authenticate(String username, String password, String channel) {
        String name = username == null ? "" : username.trim();
        Optional<Account> found = jdbc.sql("""
                SELECT u.id, u.username, u.password_hash, u.active, o.active AS org_active, o.code, u.failed_logins, u.locked_until
                FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.username = ?""")
                .param(name)
                .query((rs, n) -> {
                    OffsetDateTime lu = rs.getObject("locked_until", OffsetDateTime.class);
                    return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                            rs.getBoolean("active"), rs.getBoolean("org_active"), rs.getString("code"),
                            rs.getInt("failed_logins"), lu == null ? null : lu.toInstant());
                })
                .optional();
        String pw = password == null ? "" : password;
        if (found.isEmpty()) {
            encoder.matches(pw, dummyHash);
            return fail(truncate(name), null, Failure.UNKNOWN_ACCOUNT, channel);
        }
        Account a = found.get();
        Instant now = Instant.now(clock);
        if (a.lockedUntil() != null && a.lockedUntil().isAfter(now)) {
            encoder.matches(pw, dummyHash);
            return fail(a.username(), a.orgCode(), Failure.LOCKED, channel);
        }
        if (!encoder.matches(pw, a.hash())) {
            // Counted in the database (not from the value read) so that parallel attempts all count.
            jdbc.sql("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = ?").param(a.id()).update();
            int failures = jdbc.sql("SELECT failed_logins FROM app_user WHERE id = ?").param(a.id()).query(Integer.class).single();
            if (failures >= maxFailures) {
                jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = ? WHERE id = ?")
                        .params(OffsetDateTime.ofInstant(now.plus(lockout), ZoneOffset.UTC), a.id()).update();
                audit.record(a.username(), a.orgCode(), new AuditEvent("ACCOUNT_LOCKED", "user", a.username(), null,
                        AuditEvent.Outcome.SUCCESS, "after " + failures + " failed sign-ins, for " + lockout));
            }
            return fail(a.username(), a.orgCode(), Failure.WRONG_PASSWORD, channel);
        }
        if (!a.active() || !a.orgActive()) {
            return fail(a.username(), a.orgCode(), Failure.INACTIVE, channel);
        }
        if (encoder.upgradeEncoding(a.hash())) {
            jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?").params(encoder.encode(pw), a.id()).update();
        }
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ?").param(a.id()).update();
        AriadneUser user = principals.activeUser(a.id()).orElseThrow();
        audit.record(user.username(), user.organisationCode(),
                new AuditEvent("LOGIN_SUCCESS", "user", user.username(), null, AuditEvent.Outcome.SUCCESS, "via " + channel));
        return new Success(user);
    }

    private Result fail(String username, String org, Failure reason, String channel) {
        audit.record(username.isEmpty() ? "(empty)" : username, org, new AuditEvent("LOGIN_FAILURE", "user", username, null,
                AuditEvent.Outcome.FAILURE, reason.name().toLowerCase().replace('_', ' ') + " via " + channel));
        return new Failed(reason);
    }

    private static String truncate(String s) {
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
