package be.ariadne.audit;

import be.ariadne.shared.Actor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends under a row lock on the chain head, so that entries from several instances on one
 * database are numbered without gaps and each links to the one before.
 */
@Component
class JdbcAuditLog implements AuditLog {
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor actor) {
            record(actor.username(), actor.organisationCode(), event);
        } else {
            record("anonymous", null, event);
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String organisation, AuditEvent e) {
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long seq = head.lastSeq + 1;
        // Microsecond precision is what both databases keep; hashing the stored value keeps verify exact.
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String who = truncate(actor == null || actor.isBlank() ? "anonymous" : actor, 100);
        String org = truncate(organisation, 100);
        String objectType = truncate(e.objectType(), 60);
        String objectId = truncate(e.objectId(), 100);
        String purpose = truncate(e.purpose(), 500);
        String detail = truncate(e.detail(), 2000);
        String outcome = e.outcome().name();
        String hash = AuditChain.hash(head.lastHash, seq, at, who, org, e.action(), objectType, objectId, purpose, outcome, detail);
        jdbc.sql("""
                INSERT INTO audit_entry (seq, occurred_at, actor, organisation, action, object_type, object_id,
                                         purpose, outcome, detail, prev_hash, entry_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), who, org, e.action(), objectType, objectId, purpose, outcome, detail,
                        head.lastHash, hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash).update();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private record Head(long lastSeq, String lastHash) {
    }
}
