package be.ariadne.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail: verification of the whole chain, and filtered pages for review. */
@Component
public class AuditTrail {
    private static final int CHUNK = 2000;
    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome of checking the chain: intact, or the first entry that does not fit and why. */
    public record Verification(boolean intact, long entriesChecked, Long firstBadSeq, String problem) {
    }

    /** A filter for review; null fields do not filter. */
    public record Filter(String actor, String action, String objectType, String objectId) {
    }

    /** Checks every entry, in order, in chunks (constant memory whatever the size of the trail). */
    @Transactional(readOnly = true)
    public Verification verify() {
        String prevHash = AuditChain.GENESIS;
        long expected = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> chunk = jdbc.sql("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq LIMIT " + CHUNK)
                    .param(expected).query(AuditTrail::map).list();
            if (chunk.isEmpty()) break;
            for (AuditEntry e : chunk) {
                if (e.seq() != expected) {
                    return new Verification(false, checked, expected, "entry " + expected + " is missing");
                }
                if (!e.prevHash().equals(prevHash)) {
                    return new Verification(false, checked, e.seq(),
                            "entry " + e.seq() + " does not link to entry " + (e.seq() - 1) + " (previous hash differs)");
                }
                if (!AuditChain.hash(e).equals(e.entryHash())) {
                    return new Verification(false, checked, e.seq(),
                            "entry " + e.seq() + " was altered (its content no longer matches its hash)");
                }
                prevHash = e.entryHash();
                expected++;
                checked++;
            }
        }
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        if (head.lastSeq() != checked || !head.lastHash().equals(prevHash)) {
            return new Verification(false, checked, checked + 1,
                    "the trail ends at entry " + checked + " but the chain head records entry " + head.lastSeq()
                            + " (entries were removed from the end)");
        }
        return new Verification(true, checked, null, null);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(Filter f, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f != null) {
            if (notBlank(f.actor())) { sql.append(" AND actor = ?"); params.add(f.actor().trim()); }
            if (notBlank(f.action())) { sql.append(" AND action = ?"); params.add(f.action().trim()); }
            if (notBlank(f.objectType())) { sql.append(" AND object_type = ?"); params.add(f.objectType().trim()); }
            if (notBlank(f.objectId())) { sql.append(" AND object_id = ?"); params.add(f.objectId().trim()); }
        }
        sql.append(" ORDER BY seq DESC LIMIT ").append(Math.max(1, Math.min(limit, 500)))
                .append(" OFFSET ").append(Math.max(0, offset));
        return jdbc.sql(sql.toString()).params(params).query(AuditTrail::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("organisation"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getString("purpose"),
                rs.getString("outcome"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("entry_hash"));
    }

    private record Head(long lastSeq, String lastHash) {
    }
}
