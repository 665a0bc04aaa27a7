package be.ariadne.access;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API bearer tokens: 256 random bits handed out once; only their SHA-256 is stored, so a copy of
 * the database gives no usable token. Tokens expire and can be revoked.
 */
@Component
class TokenService {
    record Issued(String token, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final Principals principals;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    TokenService(JdbcClient jdbc, Clock clock, AuditLog audit, Principals principals,
                 @Value("${ariadne.access.token-lifetime:8h}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.principals = principals;
        this.lifetime = lifetime;
    }

    @Transactional
    Issued issue(AriadneUser user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(lifetime);
        jdbc.sql("INSERT INTO api_token (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(user.userId(), hash(token), OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(expires, ZoneOffset.UTC))
                .update();
        audit.record(user, new AuditEvent("TOKEN_ISSUED", "user", user.username(), null, AuditEvent.Outcome.SUCCESS,
                "expires " + expires));
        return new Issued(token, expires);
    }

    /** The user of a valid token: known, not revoked, not expired, user and organisation active. */
    Optional<AriadneUser> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 100) return Optional.empty();
        return jdbc.sql("SELECT user_id, expires_at, revoked_at FROM api_token WHERE token_hash = ?")
                .param(hash(token))
                .query((rs, n) -> {
                    boolean valid = rs.getObject("revoked_at") == null
                            && rs.getObject("expires_at", OffsetDateTime.class).toInstant().isAfter(Instant.now(clock));
                    return valid ? rs.getLong("user_id") : null;
                })
                .optional()
                .flatMap(principals::activeUser);
    }

    @Transactional
    void revoke(String token, AriadneUser user) {
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL")
                .params(OffsetDateTime.now(clock), hash(token)).update();
        audit.record(user, AuditEvent.of("TOKEN_REVOKED", "user", user.username()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
