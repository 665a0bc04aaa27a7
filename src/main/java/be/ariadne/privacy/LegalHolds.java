package be.ariadne.privacy;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.casefile.Access;
import be.ariadne.casefile.CaseDataProtection;
import be.ariadne.casefile.CaseFiles;
import be.ariadne.casefile.CaseGuard;
import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.Compartment;
import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.RefusedException;
import be.ariadne.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A legal hold keeps a case from erasure while a judicial procedure runs. Placed and lifted by
 * whoever may write the case's LEGAL compartment (the holding centre's case workers, a prosecutor
 * or judge the LEGAL compartment is shared with), with the procedure's reference and a reason;
 * both transitions are explicit, refusable with a stable rule, and audited. Holds are never
 * deleted: a lifted hold stays on record.
 */
@Service
class LegalHolds {
    static final int MIN_REASON = 10;

    private final CaseFiles files;
    private final CaseGuard guard;
    private final CaseDataProtection cases;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LegalHolds(CaseFiles files, CaseGuard guard, CaseDataProtection cases, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.files = files;
        this.guard = guard;
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Hold(long id, String caseCode, String procedureReference, String reason, Instant placedAt, String placedBy, String placedByOrg,
                Instant liftedAt, String liftedBy, String liftReason, int version) {
        boolean inForce() {
            return liftedAt == null;
        }
    }

    /** The holds of a case, newest first; for whoever may read its LEGAL compartment. */
    @Transactional(readOnly = true)
    List<Hold> list(Actor actor, String caseCode) {
        CaseRef ref = visible(actor, caseCode);
        if (!guard.may(actor, ref, Compartment.LEGAL, Access.READ)) {
            throw new AccessDeniedException("no READ access to LEGAL of case " + caseCode);
        }
        return holds(ref);
    }

    List<Hold> holds(CaseRef ref) {
        return jdbc.sql("SELECT * FROM privacy_legal_hold WHERE case_id = ? ORDER BY id DESC").param(ref.id())
                .query((rs, n) -> new Hold(rs.getLong("id"), ref.code(), rs.getString("procedure_ref"), rs.getString("reason"),
                        rs.getObject("placed_at", OffsetDateTime.class).toInstant(), rs.getString("placed_by"), rs.getString("placed_by_org"),
                        Optional.ofNullable(rs.getObject("lifted_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                        rs.getString("lifted_by"), rs.getString("lift_reason"), rs.getInt("version")))
                .list();
    }

    boolean held(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM privacy_legal_hold WHERE case_id = ? AND lifted_at IS NULL").param(caseId)
                .query(Long.class).single() > 0;
    }

    /** Whether the actor may place and lift holds on the case (LEGAL write). */
    boolean mayWrite(Actor actor, String caseCode) {
        return files.find(caseCode).map(ref -> guard.may(actor, ref, Compartment.LEGAL, Access.WRITE)).orElse(false);
    }

    /** Places a hold: refused (409 HOLD_IN_FORCE) when one is already in force. */
    @Transactional
    Hold place(Actor actor, String caseCode, String procedureReference, String reason) {
        CaseRef ref = writable(actor, caseCode);
        List<FieldProblem> problems = new ArrayList<>();
        String proc = procedureReference == null ? "" : procedureReference.strip();
        if (proc.isEmpty()) problems.add(new FieldProblem("procedureReference", "is required (the judicial procedure's reference)"));
        else if (proc.length() > 100) problems.add(new FieldProblem("procedureReference", "is longer than 100 characters"));
        String why = reason(reason, problems, "reason");
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        cases.lock(ref);
        if (held(ref.id())) {
            throw new RefusedException("HOLD_IN_FORCE", "Case " + caseCode + " is already under a legal hold; lift it first to place another.");
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        jdbc.sql("INSERT INTO privacy_legal_hold (case_id, procedure_ref, reason, placed_at, placed_by, placed_by_org, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 0)")
                .params(ref.id(), proc, why, now, actor.username(), orgOrNull(actor)).update();
        audit.record(actor, AuditEvent.of("LEGAL_HOLD_PLACED", "case", ref.code()).withPurpose(why).withDetail("procedure=" + proc));
        return holds(ref).get(0);
    }

    /** Lifts the hold in force: refused (409 NO_HOLD_IN_FORCE) when there is none; stale {@code version}: 409. */
    @Transactional
    Hold lift(Actor actor, String caseCode, long holdId, String reason, Integer version) {
        CaseRef ref = writable(actor, caseCode);
        List<FieldProblem> problems = new ArrayList<>();
        String why = reason(reason, problems, "reason");
        if (version == null) problems.add(new FieldProblem("version", "is required (the version of the hold you read)"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        cases.lock(ref);
        Hold hold = holds(ref).stream().filter(h -> h.id() == holdId).findFirst()
                .orElseThrow(() -> new NotFoundException("Case " + caseCode + " has no legal hold " + holdId + "."));
        if (!hold.inForce()) throw new RefusedException("NO_HOLD_IN_FORCE", "Legal hold " + holdId + " of case " + caseCode + " was already lifted.");
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        int n = jdbc.sql("UPDATE privacy_legal_hold SET lifted_at = ?, lifted_by = ?, lifted_by_org = ?, lift_reason = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ? AND lifted_at IS NULL")
                .params(now, actor.username(), orgOrNull(actor), why, holdId, version).update();
        if (n != 1) throw new StaleVersionException("Legal hold " + holdId);
        audit.record(actor, AuditEvent.of("LEGAL_HOLD_LIFTED", "case", ref.code()).withPurpose(why)
                .withDetail("hold=" + holdId + " procedure=" + hold.procedureReference()));
        return holds(ref).stream().filter(h -> h.id() == holdId).findFirst().orElseThrow();
    }

    private static String reason(String reason, List<FieldProblem> problems, String field) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) problems.add(new FieldProblem(field, "must say why, in at least " + MIN_REASON + " characters"));
        else if (why.length() > 1000) problems.add(new FieldProblem(field, "is longer than 1000 characters"));
        return why;
    }

    private static org.springframework.jdbc.core.SqlParameterValue orgOrNull(Actor actor) {
        return new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.VARCHAR, actor.organisationCode());
    }

    private CaseRef visible(Actor actor, String caseCode) {
        CaseRef ref = files.find(caseCode).orElseThrow(() -> notFound(caseCode));
        if (guard.readable(actor, ref).isEmpty()) throw notFound(caseCode);
        return ref;
    }

    private CaseRef writable(Actor actor, String caseCode) {
        CaseRef ref = visible(actor, caseCode);
        if (!guard.may(actor, ref, Compartment.LEGAL, Access.WRITE)) {
            throw new AccessDeniedException("only who may write the LEGAL compartment of case " + caseCode + " places or lifts a legal hold");
        }
        return ref;
    }

    static NotFoundException notFound(String caseCode) {
        return new NotFoundException("There is no case " + caseCode + " that you may see.");
    }
}
