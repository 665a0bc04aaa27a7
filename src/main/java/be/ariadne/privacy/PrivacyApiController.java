package be.ariadne.privacy;

import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Subject access, legal holds and the erasure report. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Privacy", description = "Subject access (data protection officer), legal holds, retention and erasure.")
class PrivacyApiController {
    private final SubjectAccess subjectAccess;
    private final LegalHolds holds;
    private final Erasure erasure;
    private final be.ariadne.audit.AuditLog audit;

    PrivacyApiController(SubjectAccess subjectAccess, LegalHolds holds, Erasure erasure, be.ariadne.audit.AuditLog audit) {
        this.subjectAccess = subjectAccess;
        this.holds = holds;
        this.erasure = erasure;
        this.audit = audit;
    }

    static Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor a) return a;
        throw new AccessDeniedException("sign in first");
    }

    /** The body's text fields; an unknown field, or a field that is not a text/number, is an error naming it. */
    static Map<String, String> fields(JsonNode body, Set<String> allowed) {
        Map<String, String> out = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || !body.isObject()) throw new InvalidInputException("body", "must be a JSON object");
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            if (!allowed.contains(e.getKey())) problems.add(new FieldProblem(e.getKey(), "is not a known field"));
            else if (e.getValue().isNull()) out.put(e.getKey(), null);
            else if (e.getValue().isString() || e.getValue().isNumber()) out.put(e.getKey(), e.getValue().asString());
            else problems.add(new FieldProblem(e.getKey(), "must be a text"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return out;
    }

    @PostMapping("/privacy/subject-access")
    @Operation(summary = "Everything held on the person of a case, as JSON or PDF (data protection officer of the holding centre)",
            description = "Body: {caseCode, requestReference, reason, format: json|pdf}. Audited (SUBJECT_ACCESS).")
    ResponseEntity<byte[]> subjectAccess(@RequestBody JsonNode body) {
        Map<String, String> f = fields(body, Set.of("caseCode", "requestReference", "reason", "format"));
        SubjectAccess.Export e = subjectAccess.produce(actor(),
                new SubjectAccess.Request(f.get("caseCode"), f.get("requestReference"), f.get("reason"), f.get("format")));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(e.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(e.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(e.bytes());
    }

    @GetMapping("/cases/{code}/legal-holds")
    @Operation(summary = "The legal holds of a case, newest first (whoever may read its LEGAL compartment)")
    List<Map<String, Object>> holds(@PathVariable String code) {
        return holds.list(actor(), code).stream().map(PrivacyApiController::holdJson).toList();
    }

    @PostMapping("/cases/{code}/legal-holds")
    @Operation(summary = "Place a legal hold: the case is not erased while it is in force",
            description = "Body: {procedureReference, reason}. Whoever may write the LEGAL compartment. 409 HOLD_IN_FORCE when one is in force.")
    ResponseEntity<Map<String, Object>> place(@PathVariable String code, @RequestBody JsonNode body) {
        Map<String, String> f = fields(body, Set.of("procedureReference", "reason"));
        LegalHolds.Hold h = holds.place(actor(), code, f.get("procedureReference"), f.get("reason"));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + code + "/legal-holds/" + h.id())).body(holdJson(h));
    }

    @PostMapping("/cases/{code}/legal-holds/{id}/lift")
    @Operation(summary = "Lift a legal hold", description = "Body: {reason, version}. 409 NO_HOLD_IN_FORCE when already lifted, STALE_VERSION when changed meanwhile.")
    Map<String, Object> lift(@PathVariable String code, @PathVariable long id, @RequestBody JsonNode body) {
        Map<String, String> f = fields(body, Set.of("reason", "version"));
        Integer version = null;
        if (f.get("version") != null) {
            try {
                version = Integer.valueOf(f.get("version"));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("version", "must be a whole number");
            }
        }
        return holdJson(holds.lift(actor(), code, id, f.get("reason"), version));
    }

    @GetMapping("/privacy/erasure/dry-run")
    @Operation(summary = "What the erasure would erase today (or on a later day), and which cases a legal hold keeps (administrator, data protection officer)")
    Map<String, Object> dryRun(@RequestParam(required = false) String date) {
        Actor actor = actor();
        if (!actor.hasRole("ADMIN") && !actor.hasRole(SubjectAccess.ROLE)) {
            throw new AccessDeniedException("the erasure report is for administrators and data protection officers");
        }
        LocalDate day = erasure.today();
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("date", "'" + date + "' is not a date (YYYY-MM-DD)");
            }
            if (day.isBefore(erasure.today())) throw new InvalidInputException("date", "is in the past; give today or a later day");
        }
        Erasure.Report r = erasure.dryRun(day);
        audit.record(actor, be.ariadne.audit.AuditEvent.of("ERASURE_DRY_RUN", "erasure", day.toString())
                .withDetail("due=" + r.due().size() + " held=" + r.held().size()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", day.toString());
        out.put("due", r.due().stream().map(PrivacyApiController::itemJson).toList());
        out.put("held", r.held().stream().map(PrivacyApiController::itemJson).toList());
        return out;
    }

    static Map<String, Object> itemJson(Erasure.Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", i.caseCode());
        m.put("centre", i.centre());
        m.put("closedOn", i.closedOn().toString());
        m.put("compartments", i.compartments().stream().sorted().map(Enum::name).toList());
        return m;
    }

    static Map<String, Object> holdJson(LegalHolds.Hold h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("case", h.caseCode());
        m.put("inForce", h.inForce());
        m.put("procedureReference", h.procedureReference());
        m.put("reason", h.reason());
        m.put("placedAt", h.placedAt().toString());
        m.put("placedBy", h.placedBy());
        m.put("placedByOrganisation", h.placedByOrg());
        m.put("liftedAt", h.liftedAt() == null ? null : h.liftedAt().toString());
        m.put("liftedBy", h.liftedBy());
        m.put("liftReason", h.liftReason());
        m.put("version", h.version());
        return m;
    }
}
