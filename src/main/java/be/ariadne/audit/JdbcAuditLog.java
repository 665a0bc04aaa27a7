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

    private final org.springframework.transaction.support.TransactionTemplate tx;

    JdbcAuditLog(JdbcClient jdbc, Clock clock, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        // Programmatic, not only @Transactional: AuditLog's default methods call record(...) on the
        // object itself, past the proxy, and the chain's head must stay locked from read to write.
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
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
        tx.executeWithoutResult(status -> append(actor, organisation, e));
    }

    private void append(String actor, String organisation, AuditEvent e) {
        // Take the chain's head by updating it first: an UPDATE waits for a concurrent writer and then
        // works on its committed row on both databases (H2's SELECT … FOR UPDATE could hand two
        // concurrent transactions the same head, and so the same sequence number).
        jdbc.sql("UPDATE audit_chain_head SET last_seq = last_seq + 1 WHERE id = 1").update();
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long seq = head.lastSeq;
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
        jdbc.sql("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1").param(hash).update();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private record Head(long lastSeq, String lastHash) {
    }
}
