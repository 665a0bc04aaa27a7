package be.ariadne.privacy;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.casefile.CaseDataProtection;
import be.ariadne.casefile.CaseFiles;
import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.Compartment;
import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.SystemActor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything held on one person (their case), across every compartment, for the data protection
 * officer of the centre holding the case: as JSON, or as a readable PDF. A request reference (the
 * DPO's own register number of the request) and a reason are required; every export is recorded
 * in {@code privacy_subject_access} and in the audit trail ({@code SUBJECT_ACCESS}).
 */
@Service
class SubjectAccess {
    static final String ROLE = "DATA_PROTECTION_OFFICER";
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final CaseFiles files;
    private final CaseDataProtection cases;
    private final LegalHolds holds;
    private final Erasure erasure;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SubjectAccess(CaseFiles files, CaseDataProtection cases, LegalHolds holds, Erasure erasure, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.files = files;
        this.cases = cases;
        this.holds = holds;
        this.erasure = erasure;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    enum Format {
        JSON("application/json", "json"), PDF("application/pdf", "pdf");

        final String mediaType;
        final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    record Request(String caseCode, String requestReference, String reason, String format) {
    }

    record Export(String fileName, String mediaType, byte[] bytes) {
    }

    static boolean mayAsk(Actor actor) {
        return actor.hasRole(ROLE);
    }

    @Transactional
    Export produce(Actor actor, Request r) {
        if (!mayAsk(actor)) throw new AccessDeniedException("subject access is for the data protection officer");
        List<FieldProblem> problems = new ArrayList<>();
        String code = r.caseCode() == null ? "" : r.caseCode().strip();
        if (code.isEmpty()) problems.add(new FieldProblem("caseCode", "is required"));
        String ref = r.requestReference() == null ? "" : r.requestReference().strip();
        if (ref.isEmpty()) problems.add(new FieldProblem("requestReference", "is required (your register's reference of the request)"));
        else if (ref.length() > 100) problems.add(new FieldProblem("requestReference", "is longer than 100 characters"));
        String reason = r.reason() == null ? "" : r.reason().strip();
        if (reason.length() < LegalHolds.MIN_REASON) {
            problems.add(new FieldProblem("reason", "must say why, in at least " + LegalHolds.MIN_REASON + " characters"));
        } else if (reason.length() > 1000) problems.add(new FieldProblem("reason", "is longer than 1000 characters"));
        Format format = null;
        String f = r.format() == null || r.format().isBlank() ? "json" : r.format().strip();
        for (Format x : Format.values()) if (x.extension.equalsIgnoreCase(f)) format = x;
        if (format == null) problems.add(new FieldProblem("format", "'" + f + "' is not json or pdf"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        // The DPO of the centre that holds the case (the controller); any other case is "not found".
        CaseRef caseRef = files.find(code).filter(c -> c.holdingOrganisationId() == actor.organisationId())
                .orElseThrow(() -> LegalHolds.notFound(code));
        Instant now = Instant.now(clock);
        Map<String, Object> export = new LinkedHashMap<>();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("case", caseRef.code());
        about.put("holdingCentre", caseRef.holdingOrganisationCode());
        about.put("requestReference", ref);
        about.put("reason", reason);
        about.put("producedAt", now.toString());
        about.put("producedBy", actor.username());
        about.put("note", "Everything the system holds on this case: every compartment, notes, tasks, events, the list of documents "
                + "(their contents are given separately on request), sharings with partners, legal holds, erasures and the full history.");
        export.put("request", about);
        SystemActor system = new SystemActor("subject-access");
        // read as the application: contributed parts must not apply the DPO's (empty) need-to-know row
        export.put("case", system.call(() -> cases.everything(caseRef, system)));
        export.put("legalHolds", holds.holds(caseRef).stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("procedureReference", h.procedureReference());
            m.put("reason", h.reason());
            m.put("placedAt", h.placedAt().toString());
            m.put("placedBy", h.placedBy());
            m.put("liftedAt", h.liftedAt() == null ? null : h.liftedAt().toString());
            m.put("liftReason", h.liftReason());
            return m;
        }).toList());
        Set<Compartment> erased = erasure.erased(List.of(caseRef.id())).getOrDefault(caseRef.id(), Set.of());
        export.put("erasedCompartments", erased.stream().sorted().map(Enum::name).toList());
        byte[] bytes = format == Format.JSON ? JSON.writeValueAsString(export).getBytes(StandardCharsets.UTF_8)
                : SubjectAccessPdf.render(export, Map.of("title", "Subject access — case " + caseRef.code(), "request", "Request",
                "case", "Case file", "legalHolds", "Legal holds", "erasedCompartments", "Erased compartments"));
        jdbc.sql("INSERT INTO privacy_subject_access (case_id, request_ref, reason, export_format, produced_at, produced_by, produced_by_org) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(caseRef.id(), ref, reason, format.extension, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), actor.username(),
                        new SqlParameterValue(java.sql.Types.VARCHAR, actor.organisationCode()))
                .update();
        audit.record(actor, AuditEvent.of("SUBJECT_ACCESS", "case", caseRef.code()).withPurpose(reason)
                .withDetail("request=" + ref + " format=" + format.extension + " bytes=" + bytes.length));
        return new Export("subject-access-" + caseRef.code() + "." + format.extension, format.mediaType, bytes);
    }
}
