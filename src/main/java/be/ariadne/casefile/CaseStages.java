package be.ariadne.casefile;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.crypto.Binding;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves of a case's stage and its closing and reopening, by {@link StageRules}, each recorded as a
 * transition with its date, author and reason. The case row is locked while the rules decide, so
 * two moves at once are decided one after the other.
 */
@Service
class CaseStages {
    private final JdbcClient jdbc;
    private final CaseState state;
    private final CaseFiles files;
    private final CaseHistory history;
    private final CodeLists codes;
    private final FieldEncryption encryption;
    private final AuditLog audit;
    private final Clock clock;
    private final be.ariadne.crypto.UnreadableValues unreadable;

    CaseStages(JdbcClient jdbc, CaseState state, CaseFiles files, CaseHistory history, CodeLists codes, FieldEncryption encryption,
               AuditLog audit, Clock clock, be.ariadne.crypto.UnreadableValues unreadable) {
        this.unreadable = unreadable;
        this.jdbc = jdbc;
        this.state = state;
        this.files = files;
        this.history = history;
        this.codes = codes;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
    }

    record TransitionView(long id, String kind, Stage from, Stage to, CaseStatus status, LocalDate date, String reasonCode,
                          String reason, String author, String authorOrg, Instant recordedAt) {
    }

    @Transactional
    StageRules.Transition move(CaseScope scope, String toCode, String dateText, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        Stage to = parseStage(toCode, problems);
        LocalDate date = parseDate(dateText, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        CaseState.Head head = state.head(scope.ref().id(), true);
        Set<Compartment> movers = StageRules.movers(head.stage(), to);
        if (movers.stream().noneMatch(c -> scope.may(c, Access.WRITE))) {
            throw new AccessDeniedException("moving this case from " + head.stage() + " to " + to + " needs WRITE on "
                    + movers.stream().map(Enum::name).collect(Collectors.joining(" or ")));
        }
        StageRules.Transition t = StageRules.move(head.rulesState(), to, date, reason, LocalDate.now(clock));
        apply(scope, head, t, reason);
        audit.record(scope.actor(), AuditEvent.of("CASE_STAGE_CHANGED", "case", scope.ref().code())
                .withDetail(t.kind() + " " + t.from() + "->" + t.to() + " on " + t.date()));
        return t;
    }

    @Transactional
    StageRules.Transition close(CaseScope scope, String reasonCode, String dateText, String note) {
        scope.require(Compartment.CASE_SUMMARY, Access.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = parseDate(dateText, problems);
        CaseStatus closedAs = null;
        if (reasonCode != null && !reasonCode.isBlank()) {
            var code = codes.code(CodeLists.CLOSE_REASONS, reasonCode.trim());
            if (code.isEmpty()) problems.add(new FieldProblem("reason", "unknown close reason '" + reasonCode + "'"));
            else closedAs = CaseStatus.valueOf(code.get().extra().get("status"));
        }
        if (note != null && note.length() > 2000) problems.add(new FieldProblem("note", "is longer than 2000 characters"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        CaseState.Head head = state.head(scope.ref().id(), true);
        StageRules.Transition t = StageRules.close(head.rulesState(), date, reasonCode == null ? null : reasonCode.trim(), closedAs, LocalDate.now(clock));
        apply(scope, head, t, note);
        audit.record(scope.actor(), AuditEvent.of("CASE_CLOSED", "case", scope.ref().code()).withDetail("reason=" + t.reason() + " status=" + t.status()));
        files.publishFacts(scope.ref().id());
        return t;
    }

    @Transactional
    StageRules.Transition reopen(CaseScope scope, String reason, String dateText) {
        scope.require(Compartment.CASE_SUMMARY, Access.WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = parseDate(dateText, problems);
        if (reason != null && reason.length() > 2000) problems.add(new FieldProblem("reason", "is longer than 2000 characters"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        CaseState.Head head = state.head(scope.ref().id(), true);
        StageRules.Transition t = StageRules.reopen(head.rulesState(), date, reason, LocalDate.now(clock));
        apply(scope, head, t, reason);
        audit.record(scope.actor(), AuditEvent.of("CASE_REOPENED", "case", scope.ref().code()));
        files.publishFacts(scope.ref().id());
        return t;
    }

    List<TransitionView> transitions(long caseId) {
        Binding b = Binding.of("case_transition", "reason_text", caseId);
        return jdbc.sql("SELECT * FROM case_transition WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, n) -> new TransitionView(rs.getLong("id"), rs.getString("kind"),
                        rs.getString("from_stage") == null ? null : Stage.valueOf(rs.getString("from_stage")),
                        Stage.valueOf(rs.getString("to_stage")), CaseStatus.valueOf(rs.getString("status")),
                        rs.getObject("transition_date", LocalDate.class), rs.getString("reason_code"),
                        unreadable.decryptText(rs.getBytes("reason_text"), b, "case", () -> codeOf(caseId)), rs.getString("author"), rs.getString("author_org"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private void apply(CaseScope scope, CaseState.Head head, StageRules.Transition t, String reasonText) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        boolean closing = t.kind() == StageRules.Kind.CLOSE;
        boolean reopening = t.kind() == StageRules.Kind.REOPEN;
        jdbc.sql("UPDATE case_file SET stage = ?, stage_date = ?, status = ?, closed_on = ?, close_reason = ?, updated_at = ?, "
                        + "version = version + 1 WHERE id = ?")
                .params(t.to().name(), t.date(), t.status().name(),
                        new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.DATE, closing ? t.date() : reopening ? null : head.closedOn()),
                        new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.VARCHAR, closing ? t.reason() : reopening ? null : head.closeReason()),
                        now, head.id())
                .update();
        files.recordTransition(scope.ref(), t, closing ? reasonText : t.reason(), scope.actor());
        List<CaseHistory.Change> changes = new ArrayList<>();
        if (t.from() != t.to()) changes.add(new CaseHistory.Change(Compartment.CASE_SUMMARY, "summary", null, "UPDATE", "stage",
                head.stage().name(), t.to().name()));
        if (t.status() != head.status()) changes.add(new CaseHistory.Change(Compartment.CASE_SUMMARY, "summary", null, "UPDATE", "status",
                head.status().name(), t.status().name()));
        if (closing) changes.add(new CaseHistory.Change(Compartment.CASE_SUMMARY, "summary", null, "UPDATE", "closeReason", null, t.reason()));
        history.record(head.id(), scope.actor(), changes);
    }

    private static Stage parseStage(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("to", "is required"));
            return null;
        }
        try {
            return Stage.valueOf(code.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("to", "unknown stage '" + code + "'"));
            return null;
        }
    }

    private LocalDate parseDate(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) return LocalDate.now(clock);
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem("date", "must be a date YYYY-MM-DD, not '" + text + "'"));
            return null;
        }
    }

    private String codeOf(long caseId) {
        return jdbc.sql("SELECT code FROM case_file WHERE id = ?").param(caseId).query(String.class).optional().orElse("#" + caseId);
    }
}
