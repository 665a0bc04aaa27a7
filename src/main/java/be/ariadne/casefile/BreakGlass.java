package be.ariadne.casefile;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.RefusedException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-glass: a user opens a case outside their scope by stating a reason. The grant is personal
 * (not the organisation's), gives READ of the compartments of the user's policy row for a limited
 * time ({@code ariadne.casefile.break-glass-duration}, 8 hours by default), is recorded in the
 * audit trail with the reason as purpose, and waits for an administrator to confirm or flag it.
 */
@Service
class BreakGlass {
    static final int MIN_REASON = 15;
    static final String PENDING = "PENDING";
    static final String CONFIRMED = "CONFIRMED";
    static final String FLAGGED = "FLAGGED";

    private final JdbcClient jdbc;
    private final CaseGuard guard;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration duration;

    BreakGlass(JdbcClient jdbc, CaseGuard guard, AuditLog audit, Clock clock,
               @Value("${ariadne.casefile.break-glass-duration:8h}") Duration duration) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
        this.duration = duration;
    }

    record Grant(long id, String caseCode, String username, String organisationCode, String reason, String compartments,
                 Instant grantedAt, Instant expiresAt, String reviewStatus, String reviewedBy, Instant reviewedAt, String reviewNote,
                 int version) {
        boolean active(Instant now) {
            return expiresAt.isAfter(now);
        }
    }

    Duration duration() {
        return duration;
    }

    /** Whether the actor's role may break glass at all (it needs a policy row). */
    boolean allowed(Actor actor) {
        return !guard.row(actor).isEmpty();
    }

    @Transactional(noRollbackFor = {NotFoundException.class, AccessDeniedException.class})
    Grant open(Actor actor, String caseCode, String reason) {
        Map<Compartment, Access> row = guard.row(actor);
        if (row.isEmpty()) {
            audit.record(actor, AuditEvent.of("BREAK_GLASS", "case", caseCode).withPurpose(reason).withOutcome(AuditEvent.Outcome.DENIED)
                    .withDetail("role without need-to-know row"));
            throw new AccessDeniedException("your role may not open cases, not even by break-glass");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", "must say why, in at least " + MIN_REASON + " characters")));
        }
        if (why.length() > 1000) throw new InvalidInputException("reason", "is longer than 1000 characters");
        CaseRef ref = guard.lookup(caseCode).orElse(null);
        if (ref == null) {
            audit.record(actor, AuditEvent.of("BREAK_GLASS", "case", caseCode).withPurpose(why).withOutcome(AuditEvent.Outcome.FAILURE)
                    .withDetail("no such case"));
            throw CaseGuard.notFound(caseCode);
        }
        CaseScope scope = guard.scope(actor, ref);
        if (scope.breakGlassGrant() == null && scope.readable().containsAll(row.keySet())) {
            throw new RefusedException("BREAK_GLASS_NOT_NEEDED", "you may already read everything your role may read of this case");
        }
        Instant now = Instant.now(clock);
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        OffsetDateTime until = at.plus(duration);
        String compartments = row.keySet().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO break_glass (case_id, user_id, username, organisation_code, reason, compartments, granted_at, expires_at, "
                        + "review_status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(ref.id(), actor.userId(), actor.username(), new SqlParameterValue(Types.VARCHAR, actor.organisationCode()), why,
                        compartments, at, until, PENDING)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(actor, AuditEvent.of("BREAK_GLASS", "case", ref.code()).withPurpose(why)
                .withDetail("grant=" + id + " compartments=" + compartments + " until=" + until.toInstant()));
        return grant(id).orElseThrow();
    }

    java.util.Optional<Grant> grant(long id) {
        return jdbc.sql(SELECT + " WHERE b.id = ?").param(id).query(BreakGlass::map).optional();
    }

    /** For review, newest first; {@code status} null lists all. */
    List<Grant> list(String status, int limit) {
        List<Object> params = new ArrayList<>();
        String where = "";
        if (status != null && !status.isBlank()) {
            where = " WHERE b.review_status = ?";
            params.add(status);
        }
        return jdbc.sql(SELECT + where + " ORDER BY b.granted_at DESC, b.id DESC LIMIT " + Math.max(1, Math.min(limit, 500)))
                .params(params).query(BreakGlass::map).list();
    }

    @Transactional
    Grant review(Actor admin, long id, String decision, String note, Integer version) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Set.of(CONFIRMED, FLAGGED).contains(decision)) problems.add(new FieldProblem("decision", "must be CONFIRMED or FLAGGED"));
        String n = note == null ? null : note.strip();
        if (FLAGGED.equals(decision) && (n == null || n.isEmpty())) problems.add(new FieldProblem("note", "is required to flag an access"));
        if (n != null && n.length() > 1000) problems.add(new FieldProblem("note", "is longer than 1000 characters"));
        if (version == null) problems.add(new FieldProblem("version", "is required"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Grant g = grant(id).orElseThrow(() -> new NotFoundException("There is no break-glass access " + id + "."));
        int updated = jdbc.sql("UPDATE break_glass SET review_status = ?, reviewed_by = ?, reviewed_at = ?, review_note = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?")
                .params(decision, admin.username(), OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC),
                        new SqlParameterValue(Types.VARCHAR, n == null || n.isEmpty() ? null : n), id, version)
                .update();
        if (updated == 0) throw new CaseStaleException("break-glass access", g.version());
        audit.record(admin, AuditEvent.of("BREAK_GLASS_REVIEWED", "case", g.caseCode()).withDetail("grant=" + id + " decision=" + decision
                + " user=" + g.username()));
        return grant(id).orElseThrow();
    }

    private static final String SELECT = "SELECT b.*, c.code AS case_code FROM break_glass b JOIN case_file c ON c.id = b.case_id";

    private static Grant map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
        return new Grant(rs.getLong("id"), rs.getString("case_code"), rs.getString("username"), rs.getString("organisation_code"),
                rs.getString("reason"), rs.getString("compartments"), rs.getObject("granted_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getString("review_status"), rs.getString("reviewed_by"),
                reviewed == null ? null : reviewed.toInstant(), rs.getString("review_note"), rs.getInt("version"));
    }
}
