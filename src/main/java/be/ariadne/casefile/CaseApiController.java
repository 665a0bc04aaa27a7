package be.ariadne.casefile;

import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * The case file API. Every call finds the caller's scope of the case through {@link CaseGuard}:
 * 404 when the case is not visible (or does not exist), 403 when the compartment or action is not
 * allowed. Request bodies are read strictly: an unknown field is an error naming it.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "The victim's case file, shared between agencies on a need-to-know basis (compartments).")
class CaseApiController {
    /** The fields of POST /cases: the summary's (without status) and the identity's. */
    static final EntitySpec OPENING = new EntitySpec("case", "-", null, true, "-", null, openingFields());

    private final CaseGuard guard;
    private final CaseFiles files;
    private final CaseEditing editing;
    private final CaseReading reading;
    private final CaseStages stages;
    private final CaseSearch search;
    private final CaseDocuments documents;
    private final Sharing sharing;
    private final BreakGlass breakGlass;

    CaseApiController(CaseGuard guard, CaseFiles files, CaseEditing editing, CaseReading reading, CaseStages stages, CaseSearch search,
                      CaseDocuments documents, Sharing sharing, BreakGlass breakGlass) {
        this.guard = guard;
        this.files = files;
        this.editing = editing;
        this.reading = reading;
        this.stages = stages;
        this.search = search;
        this.documents = documents;
        this.sharing = sharing;
        this.breakGlass = breakGlass;
    }

    private static List<FieldSpec> openingFields() {
        List<FieldSpec> f = new ArrayList<>(CaseModel.SUMMARY.fields.stream().filter(x -> !x.name.equals("status")).toList());
        f.addAll(CaseModel.IDENTITY.fields);
        return f;
    }

    private CaseScope scope(String code) {
        return guard.scope(CaseGuard.currentActor(), code);
    }

    // ---- cases --------------------------------------------------------------------------------

    @PostMapping
    @Operation(summary = "Open a case held by the caller's specialised centre",
            description = "All fields optional: gender, birthYear, citizenships, exploitation, registrationDate, traffickingStatus, "
                    + "ageWhenTrafficked, ageAtRegistration, presumedMinor, languages, labourSectors, controlMethods, recruitmentMethods, "
                    + "relationToRecruiter, externalId, firstName, lastName, birthDate, aliases, phones. 201 {code} with Location.")
    ResponseEntity<Map<String, Object>> open(@RequestBody(required = false) JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        RawInput all = RawInput.fromJson(body, OPENING, Set.of("aliases", "phones"), problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Map<String, Object> summary = new LinkedHashMap<>();
        Map<String, Object> identity = new LinkedHashMap<>();
        all.values().forEach((k, v) -> (CaseModel.IDENTITY.field(k).isPresent() ? identity : summary).put(k, v));
        CaseFiles.Opening opening = new CaseFiles.Opening(new RawInput(summary, Map.of(), all.problems()), RawInput.of(identity), texts(all, "aliases"),
                texts(all, "phones"), null, null, null);
        CaseRef ref = files.openFromInput(opening);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + ref.code())).body(Map.of("code", ref.code()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(RawInput in, String name) {
        if (!in.hasExtra(name)) return List.of();
        Object v = in.extras().get(name);
        if (v == null) return List.of();
        if (v instanceof List<?> l) return (List<String>) l;
        throw new InvalidInputException(name, "must be a list");
    }

    @GetMapping
    @Operation(summary = "List and search the cases the caller may see",
            description = "Criteria: code (prefix), name, birthDate, document, phone (exact, through blind indexes; only cases whose "
                    + "IDENTITY the caller may read), stage, status, centre, exploitation (codes, comma-separated), from/to (registration "
                    + "date; only cases whose CASE_SUMMARY the caller may read), page (from 0), size (1-100, 20 by default).")
    Map<String, Object> search(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                               @RequestParam(required = false) String birthDate, @RequestParam(required = false) String document,
                               @RequestParam(required = false) String phone, @RequestParam(required = false) String stage,
                               @RequestParam(required = false) String status, @RequestParam(required = false) String centre,
                               @RequestParam(required = false) String exploitation, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String page,
                               @RequestParam(required = false) String size) {
        Actor actor = CaseGuard.currentActor();
        if (guard.row(actor).isEmpty()) throw new AccessDeniedException("your role reads no individual case");
        CaseSearch.Page p = search.search(actor, new CaseSearch.Criteria(code, name, birthDate, document, phone, stage, status, centre,
                exploitation, from, to, page, size));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("page", p.page());
        out.put("size", p.size());
        out.put("hasNext", p.hasNext());
        out.put("items", p.items().stream().map(CaseApiController::item).toList());
        return out;
    }

    static Map<String, Object> item(CaseSearch.Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("holdingCentre", i.holdingCentre());
        m.put("stage", i.stage().name());
        m.put("status", i.status().name());
        if (i.summaryReadable()) {
            m.put("registrationDate", i.registrationDate().toString());
            m.put("gender", i.gender().name());
            m.put("exploitation", i.exploitation());
        }
        return m;
    }

    @GetMapping("/{code}")
    @Operation(summary = "The parts of a case the caller may read",
            description = "Top level: code, holdingCentre, stage, status, version (of the summary), readableCompartments, "
                    + "writableCompartments; the CASE_SUMMARY fields flattened when readable; then one object per other readable "
                    + "compartment (identity, support, investigation, legal, residence, minorProtection). Unreadable compartments are absent. "
                    + "404 when the case does not exist or is not visible to the caller. With ?include=history, also 'history' "
                    + "(as GET …/history) in the same answer.")
    Map<String, Object> get(@PathVariable String code, @RequestParam(required = false) String include) {
        if (include != null && !include.isBlank() && !include.equals("history")) {
            throw new InvalidInputException("include", "may only be 'history', not '" + include + "'");
        }
        return reading.caseJson(scope(code), "history".equals(include));
    }

    @PatchMapping("/{code}/{form}")
    @Operation(summary = "Change fields of a compartment form (summary, identity, investigation, legal, minor-protection)",
            description = "Body: the fields to change (null clears) and the version read. 409 rule STALE_VERSION with currentVersion when "
                    + "someone else changed it since.")
    Map<String, Object> patch(@PathVariable String code, @PathVariable @Parameter(description = "summary, identity, investigation, legal or minor-protection") String form,
                              @RequestBody(required = false) JsonNode body) {
        EntitySpec e = CaseModel.singleton(form).orElseThrow(() -> new NotFoundException("There is nothing at /api/v1/cases/" + code + "/" + form));
        CaseScope scope = scope(code);
        List<FieldProblem> problems = new ArrayList<>();
        RawInput raw = RawInput.fromJson(body, e, Set.of("version"), problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        List<CaseHistory.Change> changed = editing.patch(scope, e, raw, ApiBodies.version(raw.extra("version")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", editing.version(e, scope.ref(), 0));
        out.put("changed", changed.stream().map(CaseHistory.Change::field).distinct().toList());
        return out;
    }

    @GetMapping("/{code}/history")
    @Operation(summary = "Every change of the compartments the caller may read: who, when, old → new, newest first")
    List<Map<String, Object>> history(@PathVariable String code, @RequestParam(defaultValue = "500") int limit) {
        return reading.history(scope(code), Math.max(1, Math.min(limit, 5000))).stream().map(CaseReading::historyJson).toList();
    }

    @PostMapping("/{code}/transitions")
    @Operation(summary = "Move the case to another stage", description = "Body {to, date, reason}: forward any number of stages; back only "
            + "as a correction with a reason; the date not before the previous transition or the registration, nor in the future. 409 with the rule when refused.")
    ResponseEntity<Map<String, Object>> transition(@PathVariable String code, @RequestBody(required = false) JsonNode body) {
        Map<String, Object> m = ApiBodies.read(body, Set.of("to", "date", "reason"), Set.of());
        StageRules.Transition t = stages.move(scope(code), ApiBodies.text(m, "to"), ApiBodies.text(m, "date"), ApiBodies.text(m, "reason"));
        return ResponseEntity.status(HttpStatus.CREATED).body(transitionAnswer(t));
    }

    @PostMapping("/{code}/close")
    @Operation(summary = "Close the case with a reason code (close-reasons.csv), giving status CLOSED or CLOSED_REFERRED")
    ResponseEntity<Map<String, Object>> close(@PathVariable String code, @RequestBody(required = false) JsonNode body) {
        Map<String, Object> m = ApiBodies.read(body, Set.of("reason", "date", "note"), Set.of());
        StageRules.Transition t = stages.close(scope(code), ApiBodies.text(m, "reason"), ApiBodies.text(m, "date"), ApiBodies.text(m, "note"));
        return ResponseEntity.status(HttpStatus.CREATED).body(transitionAnswer(t));
    }

    @PostMapping("/{code}/reopen")
    @Operation(summary = "Reopen a closed case, stating why")
    ResponseEntity<Map<String, Object>> reopen(@PathVariable String code, @RequestBody(required = false) JsonNode body) {
        Map<String, Object> m = ApiBodies.read(body, Set.of("reason", "date"), Set.of());
        StageRules.Transition t = stages.reopen(scope(code), ApiBodies.text(m, "reason"), ApiBodies.text(m, "date"));
        return ResponseEntity.status(HttpStatus.CREATED).body(transitionAnswer(t));
    }

    private static Map<String, Object> transitionAnswer(StageRules.Transition t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", t.kind().name());
        m.put("from", t.from() == null ? null : t.from().name());
        m.put("stage", t.to().name());
        m.put("status", t.status().name());
        m.put("date", t.date().toString());
        return m;
    }

    // ---- records of lists -----------------------------------------------------------------------

    @GetMapping("/{code}/{records}")
    @Operation(summary = "The records of a list the caller may read",
            description = "notes, tasks, events (optionally ?compartment=), places, aliases, phones, identity-documents, addresses, "
                    + "objectives, actions, suspects, statements, alerts")
    List<Map<String, Object>> list(@PathVariable String code, @PathVariable String records,
                                   @RequestParam(required = false) String compartment) {
        EntitySpec e = listSpec(code, records);
        CaseScope scope = scope(code);
        Compartment only = Compartment.fromInput(compartment);
        if (only != null) scope.require(only, Access.READ);
        scope.require(e, Access.READ);
        List<Map<String, Object>> out = reading.rows(e, scope, only);
        Set<Compartment> seen = e.perRowCompartment() ? (only != null ? Set.of(only) : scope.readable()) : Set.of(e.compartment);
        reading.auditRead(scope, seen, "CASE_READ", "record=" + e.name);
        return out;
    }

    @PostMapping("/{code}/{records}")
    @Operation(summary = "Add a record to a list", description = "For notes, tasks and events, give the compartment (one you may write).")
    ResponseEntity<Map<String, Object>> create(@PathVariable String code, @PathVariable String records, @RequestBody(required = false) JsonNode body) {
        EntitySpec e = listSpec(code, records);
        CaseScope scope = scope(code);
        List<FieldProblem> problems = new ArrayList<>();
        RawInput raw = RawInput.fromJson(body, e, e.perRowCompartment() ? Set.of("compartment") : Set.of(), problems);
        Compartment chosen = null;
        if (e.perRowCompartment() && raw.extra("compartment") != null) {
            try {
                chosen = Compartment.valueOf(raw.extra("compartment"));
            } catch (IllegalArgumentException ex) {
                problems.add(new FieldProblem("compartment", "unknown compartment '" + raw.extra("compartment") + "'"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        long id = editing.create(scope, e, raw, chosen);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + code + "/" + records + "/" + id)).body(Map.of("id", id, "version", 0));
    }

    @PatchMapping("/{code}/{records}/{id}")
    @Operation(summary = "Change fields of a record", description = "Body: the fields to change and the version read (409 STALE_VERSION when stale).")
    Map<String, Object> update(@PathVariable String code, @PathVariable String records, @PathVariable long id,
                               @RequestBody(required = false) JsonNode body) {
        EntitySpec e = listSpec(code, records);
        CaseScope scope = scope(code);
        List<FieldProblem> problems = new ArrayList<>();
        RawInput raw = RawInput.fromJson(body, e, Set.of("version"), problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        List<CaseHistory.Change> changed = editing.update(scope, e, id, raw, ApiBodies.version(raw.extra("version")));
        return Map.of("id", id, "version", editing.version(e, scope.ref(), id),
                "changed", changed.stream().map(CaseHistory.Change::field).distinct().toList());
    }

    @DeleteMapping("/{code}/{records}/{id}")
    @Operation(summary = "Delete a record (not notes: they are kept)", description = "?version= the version read.")
    ResponseEntity<Void> delete(@PathVariable String code, @PathVariable String records, @PathVariable long id,
                                @RequestParam(required = false) String version) {
        EntitySpec e = listSpec(code, records);
        editing.delete(scope(code), e, id, ApiBodies.version(version));
        return ResponseEntity.noContent().build();
    }

    private static EntitySpec listSpec(String code, String name) {
        return CaseModel.list(name).orElseThrow(() -> new NotFoundException("There is nothing at /api/v1/cases/" + code + "/" + name));
    }

    // ---- documents ------------------------------------------------------------------------------

    @GetMapping("/{code}/documents")
    @Operation(summary = "The documents of the compartments the caller may read (metadata)")
    List<Map<String, Object>> documents(@PathVariable String code, @RequestParam(required = false) String compartment) {
        CaseScope scope = scope(code);
        Compartment only = Compartment.fromInput(compartment);
        if (only != null) scope.require(only, Access.READ);
        Set<Compartment> set = only != null ? Set.of(only) : scope.readable();
        List<Map<String, Object>> out = documents.list(scope, set).stream().map(CaseApiController::document).toList();
        reading.auditRead(scope, set, "CASE_READ", "record=documents");
        return out;
    }

    static Map<String, Object> document(CaseDocuments.Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("compartment", d.compartment().name());
        m.put("type", d.type());
        m.put("mediaType", d.mediaType());
        m.put("size", d.size());
        m.put("fileName", d.fileName());
        m.put("uploadedAt", d.uploadedAt().toString());
        m.put("uploadedBy", d.uploadedBy());
        m.put("uploadedByOrganisation", d.uploadedByOrg());
        return m;
    }

    @PostMapping(path = "/{code}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document (multipart: file, compartment, type, optional mediaType)",
            description = "PDF, PNG or JPEG only; the first bytes must match the declared type (mediaType, else the part's type); "
                    + "at most ariadne.casefile.max-document-bytes (10 MB).")
    ResponseEntity<Map<String, Object>> upload(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
                                               @RequestParam(required = false) String compartment, @RequestParam(required = false) String type,
                                               @RequestParam(required = false) String mediaType) throws IOException {
        CaseScope scope = scope(code);
        String declared = mediaType != null && !mediaType.isBlank() ? mediaType : file == null ? null : file.getContentType();
        if (file != null && file.getSize() > documents.maxBytes()) {
            throw new InvalidInputException("file", "is larger than the limit of " + (documents.maxBytes() / (1024 * 1024)) + " MB");
        }
        long id = documents.upload(scope, compartment, type, declared, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + code + "/documents/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/{code}/documents/{id}")
    @Operation(summary = "Download a document (audited)")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id) {
        CaseDocuments.Content c = documents.download(scope(code), id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(c.document().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(c.document().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(c.bytes());
    }

    // ---- sharing and break-glass ------------------------------------------------------------------

    @GetMapping("/{code}/shares")
    @Operation(summary = "The sharings of the case, in force and ended (holding centre only)")
    List<Map<String, Object>> shares(@PathVariable String code) {
        return sharing.list(scope(code)).stream().map(CaseApiController::share).toList();
    }

    static Map<String, Object> share(Sharing.Share s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("version", s.version());
        m.put("partner", s.partnerCode());
        m.put("compartments", CaseReading.ordered(s.compartments()));
        m.put("basis", s.basis());
        m.put("purpose", s.purpose());
        m.put("consentGivenBy", s.consentGivenBy());
        m.put("consentGivenOn", s.consentGivenOn() == null ? null : s.consentGivenOn().toString());
        m.put("orderReference", s.orderReference());
        m.put("orderDate", s.orderDate() == null ? null : s.orderDate().toString());
        m.put("startedAt", s.startedAt().toString());
        m.put("startedBy", s.startedBy());
        m.put("inForce", s.inForce());
        m.put("consentWithdrawnOn", s.consentWithdrawnOn() == null ? null : s.consentWithdrawnOn().toString());
        m.put("endedAt", s.endedAt() == null ? null : s.endedAt().toString());
        m.put("endedBy", s.endedBy());
        m.put("endReason", s.endReason());
        return m;
    }

    @PostMapping("/{code}/shares")
    @Operation(summary = "Share compartments with a partner organisation",
            description = "Body {partner, compartments[], basis: CONSENT|PROSECUTOR_ORDER, purpose, consentGivenBy, consentGivenOn, "
                    + "orderReference, orderDate}.")
    ResponseEntity<Map<String, Object>> share(@PathVariable String code, @RequestBody(required = false) JsonNode body) {
        Map<String, Object> m = ApiBodies.read(body, Set.of("partner", "compartments", "basis", "purpose", "consentGivenBy",
                "consentGivenOn", "orderReference", "orderDate"), Set.of("compartments"));
        long id = sharing.share(scope(code), new Sharing.Request(ApiBodies.text(m, "partner"), ApiBodies.list(m, "compartments"),
                ApiBodies.text(m, "basis"), ApiBodies.text(m, "purpose"), ApiBodies.text(m, "consentGivenBy"),
                ApiBodies.text(m, "consentGivenOn"), ApiBodies.text(m, "orderReference"), ApiBodies.text(m, "orderDate")));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + code + "/shares/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/{code}/shares/{id}/end")
    @Operation(summary = "End a sharing: the partner loses access at once")
    ResponseEntity<Void> endShare(@PathVariable String code, @PathVariable long id, @RequestBody(required = false) JsonNode body) {
        Map<String, Object> m = ApiBodies.read(body, Set.of("version"), Set.of());
        sharing.end(scope(code), id, ApiBodies.version(ApiBodies.text(m, "version")));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{code}/shares/{id}/withdraw-consent")
    @Operation(summary = "Record that the person withdrew consent: the sharing ends at once")
    ResponseEntity<Void> withdraw(@PathVariable String code, @PathVariable long id, @RequestBody(required = false) JsonNode body) {
        Map<String, Object> m = ApiBodies.read(body, Set.of("withdrawnOn", "version"), Set.of());
        sharing.withdrawConsent(scope(code), id, ApiBodies.text(m, "withdrawnOn"), ApiBodies.version(ApiBodies.text(m, "version")));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{code}/break-glass")
    @Operation(summary = "Open a case outside one's scope, stating why (at least 15 characters)",
            description = "Grants the caller READ of their role's compartments for a limited time; audited and reviewed by an administrator.")
    ResponseEntity<Map<String, Object>> breakGlass(@PathVariable String code, @RequestBody(required = false) JsonNode body) {
        Map<String, Object> m = ApiBodies.read(body, Set.of("reason"), Set.of());
        BreakGlass.Grant g = breakGlass.open(CaseGuard.currentActor(), code, ApiBodies.text(m, "reason"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", g.id());
        out.put("case", g.caseCode());
        out.put("compartments", List.of(g.compartments().split(",")));
        out.put("expiresAt", g.expiresAt().toString());
        return ResponseEntity.status(HttpStatus.CREATED).body(out);
    }

    // ---- errors -------------------------------------------------------------------------------

    /** A stale version answers 409 with the rule and the current version (the foundation's answer, plus the version). */
    @ExceptionHandler(CaseStaleException.class)
    ResponseEntity<ProblemDetail> stale(CaseStaleException e) {
        ProblemDetail pd = Problems.of(HttpStatus.CONFLICT, "Edited by someone else", e.getMessage());
        pd.setProperty("rule", "STALE_VERSION");
        pd.setProperty("record", e.record());
        pd.setProperty("currentVersion", e.currentVersion());
        return Problems.response(pd);
    }

    static String join(Set<Compartment> set) {
        return set.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
