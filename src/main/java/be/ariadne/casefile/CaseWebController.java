package be.ariadne.casefile;

import be.ariadne.access.Accounts;
import be.ariadne.access.UserAccount;
import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.RefusedException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case file screens: list and search, opening, the overview by compartment, editing per
 * compartment (with the version read as a hidden field: a stale edit is shown again with the
 * current values beside the user's input), stage, sharing and consent, history, break-glass.
 * Every screen asks {@link CaseGuard} for the user's scope first; nothing works without JavaScript.
 */
@Controller
class CaseWebController {
    private final CaseGuard guard;
    private final CaseFiles files;
    private final CaseEditing editing;
    private final CaseReading reading;
    private final CaseStages stages;
    private final CaseSearch search;
    private final CaseDocuments documents;
    private final Sharing sharing;
    private final BreakGlass breakGlass;
    private final CaseForms forms;
    private final CaseOverview overview;
    private final CaseRecords records;
    private final CaseState state;
    private final CodeLists codes;
    private final Accounts accounts;
    private final be.ariadne.audit.AuditLog audit;

    CaseWebController(CaseGuard guard, CaseFiles files, CaseEditing editing, CaseReading reading, CaseStages stages, CaseSearch search,
                      CaseDocuments documents, Sharing sharing, BreakGlass breakGlass, CaseForms forms, CaseOverview overview,
                      CaseRecords records, CaseState state, CodeLists codes, Accounts accounts,
                      be.ariadne.audit.AuditLog audit) {
        this.guard = guard;
        this.files = files;
        this.editing = editing;
        this.reading = reading;
        this.stages = stages;
        this.search = search;
        this.documents = documents;
        this.sharing = sharing;
        this.breakGlass = breakGlass;
        this.forms = forms;
        this.overview = overview;
        this.records = records;
        this.state = state;
        this.codes = codes;
        this.accounts = accounts;
        this.audit = audit;
    }

    // ---- list and search ----------------------------------------------------------------------

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                @RequestParam(required = false) String birthDate, @RequestParam(required = false) String document,
                @RequestParam(required = false) String phone, @RequestParam(required = false) String stage,
                @RequestParam(required = false) String status, @RequestParam(required = false) String centre,
                @RequestParam(required = false) String exploitation, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model,
                HttpServletResponse response) {
        Actor actor = CaseGuard.currentActor();
        if (guard.row(actor).isEmpty()) throw new AccessDeniedException("your role reads no individual case");
        CaseSearch.Criteria criteria = new CaseSearch.Criteria(code, name, birthDate, document, phone, stage, status, centre, exploitation,
                from, to, page, null);
        model.addAttribute("criteria", criteria);
        model.addAttribute("stages", forms.options(CodeLists.STAGES, one(stage), true));
        model.addAttribute("statuses", forms.options(CodeLists.CASE_STATUSES, one(status), true));
        model.addAttribute("forms", forms.options(CodeLists.EXPLOITATION_FORMS, one(exploitation), true));
        model.addAttribute("centres", centres(centre));
        model.addAttribute("canOpen", canOpen(actor));
        model.addAttribute("canSearchIdentity", guard.row(actor).containsKey(Compartment.IDENTITY));
        try {
            CaseSearch.Page p = search.search(actor, criteria);
            model.addAttribute("result", p);
            model.addAttribute("rows", p.items().stream().map(i -> Map.of(
                    "code", i.code(), "centre", i.holdingCentre(),
                    "stage", forms.codeLabel(CodeLists.STAGES, i.stage().name()),
                    "status", forms.codeLabel(CodeLists.CASE_STATUSES, i.status().name()),
                    "registered", i.registrationDate() == null ? "—" : i.registrationDate().toString(),
                    "exploitation", i.exploitation().stream().map(f -> forms.codeLabel(CodeLists.EXPLOITATION_FORMS, f)).reduce((a, b) -> a + ", " + b).orElse("—")))
                    .toList());
            Map<String, String> q = new LinkedHashMap<>(criteria.asMap());
            q.values().removeIf(v -> v == null || v.isBlank());
            model.addAttribute("query", q);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            response.setStatus(400);
        }
        return "casefile/list";
    }

    private static List<String> one(String v) {
        return v == null || v.isBlank() ? List.of() : List.of(v.trim());
    }

    private List<CaseForms.Option> centres(String selected) {
        List<CaseForms.Option> out = new ArrayList<>();
        out.add(new CaseForms.Option("", forms.msg("casefile.form.any"), selected == null || selected.isBlank()));
        files.centres().forEach(o -> out.add(new CaseForms.Option(o.code(), o.name(), o.code().equals(selected))));
        return out;
    }

    private boolean canOpen(Actor actor) {
        return "SPECIALISED_CENTRE".equals(actor.organisationType()) && guard.row(actor).get(Compartment.CASE_SUMMARY) == Access.WRITE;
    }

    // ---- opening ------------------------------------------------------------------------------

    @GetMapping("/cases/new")
    String newCase(Model model) {
        if (!canOpen(CaseGuard.currentActor())) throw new AccessDeniedException("only case workers of a specialised centre open cases");
        model.addAttribute("fields", forms.fields(CaseApiController.OPENING, CaseApiController.OPENING.fields,
                Map.of("gender", "UNKNOWN", "traffickingStatus", "POSSIBLE_VICTIM"), null, null, null));
        return "casefile/new";
    }

    @PostMapping("/cases")
    String create(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes flash, HttpServletResponse response) {
        RawInput all = RawInput.fromForm(form, CaseApiController.OPENING.fields, Set.of());
        Map<String, Object> summary = new LinkedHashMap<>();
        Map<String, Object> identity = new LinkedHashMap<>();
        all.values().forEach((k, v) -> {
            if (v == null) return;
            (CaseModel.IDENTITY.field(k).isPresent() ? identity : summary).put(k, v);
        });
        try {
            CaseRef ref = files.openFromInput(new CaseFiles.Opening(RawInput.of(summary), RawInput.of(identity), List.of(), List.of(),
                    null, null, null));
            flash.addFlashAttribute("notice", "casefile.opened");
            flash.addFlashAttribute("noticeArg", ref.code());
            return "redirect:/cases/" + ref.code();
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("fields", forms.fields(CaseApiController.OPENING, CaseApiController.OPENING.fields, null, all, e.problems(), null));
            response.setStatus(400);
            return "casefile/new";
        }
    }

    // ---- overview -----------------------------------------------------------------------------

    @GetMapping("/cases/{code}")
    String overview(@PathVariable String code, Model model, HttpServletResponse response) {
        Actor actor = CaseGuard.currentActor();
        CaseScope scope;
        try {
            scope = guard.scope(actor, code);
        } catch (NotFoundException e) {
            return breakGlassPage(actor, code, null, null, model, response);
        }
        CaseState.Head head = state.head(scope.ref().id(), false);
        model.addAttribute("header", overview.header(scope, head));
        model.addAttribute("sections", overview.sections(scope));
        reading.auditRead(scope, scope.readable(), "CASE_READ", "screen=overview");
        return "casefile/overview";
    }

    private String breakGlassPage(Actor actor, String code, String reason, List<FieldProblem> problems, Model model, HttpServletResponse response) {
        if (!breakGlass.allowed(actor)) throw CaseGuard.notFound(code);
        response.setStatus(problems == null ? 404 : 400);
        model.addAttribute("code", code);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        model.addAttribute("minReason", BreakGlass.MIN_REASON);
        model.addAttribute("hours", breakGlass.duration().toHours());
        return "casefile/break-glass";
    }

    @PostMapping("/cases/{code}/break-glass")
    String breakGlass(@PathVariable String code, @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
                      RedirectAttributes flash) {
        Actor actor = CaseGuard.currentActor();
        try {
            breakGlass.open(actor, code, reason);
            flash.addFlashAttribute("notice", "casefile.breakGlass.granted");
            flash.addFlashAttribute("noticeArg", code);
            return "redirect:/cases/" + code;
        } catch (InvalidInputException e) {
            return breakGlassPage(actor, code, reason, e.problems(), model, response);
        } catch (RefusedException e) {
            return "redirect:/cases/" + code;
        }
    }

    // ---- compartment forms --------------------------------------------------------------------

    @GetMapping("/cases/{code}/edit/{form}")
    String edit(@PathVariable String code, @PathVariable String form, Model model) {
        EntitySpec e = CaseModel.singleton(form).orElseThrow(() -> new NotFoundException("There is nothing at /cases/" + code + "/edit/" + form));
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        scope.require(e, Access.WRITE);
        CaseRecords.Row row = records.singleton(e, scope.ref().id());
        reading.auditRead(scope, Set.of(e.compartment), "CASE_READ", "screen=edit record=" + e.name);
        return formPage(scope, e, editable(e, scope), row.values(), null, null, null, row.version(), "/cases/" + code + "/edit/" + form, model);
    }

    private List<FieldSpec> editable(EntitySpec e, CaseScope scope) {
        return e.fields.stream().filter(f -> !f.createOnly && (!f.holderOnly || scope.holder() || scope.system())).toList();
    }

    @PostMapping("/cases/{code}/edit/{form}")
    String save(@PathVariable String code, @PathVariable String form, @RequestParam MultiValueMap<String, String> params, Model model,
                RedirectAttributes flash, HttpServletResponse response) {
        EntitySpec e = CaseModel.singleton(form).orElseThrow(() -> new NotFoundException("There is nothing at /cases/" + code + "/edit/" + form));
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        List<FieldSpec> fields = editable(e, scope);
        RawInput raw = RawInput.fromForm(params, fields, Set.of("version"));
        String action = "/cases/" + code + "/edit/" + form;
        try {
            editing.patch(scope, e, raw, versionOf(raw));
            flash.addFlashAttribute("notice", "casefile.saved");
            flash.addFlashAttribute("noticeArg", forms.codeLabel(CodeLists.COMPARTMENTS, e.compartment.name()));
            return "redirect:/cases/" + code + "#section-" + e.compartment.name().toLowerCase().replace('_', '-');
        } catch (CaseStaleException stale) {
            CaseRecords.Row row = records.singleton(e, scope.ref().id());
            response.setStatus(409);
            return formPage(scope, e, fields, row.values(), raw, null, row.values(), row.version(), action, model);
        } catch (InvalidInputException invalid) {
            response.setStatus(400);
            return formPage(scope, e, fields, null, raw, invalid.problems(), null, versionOf(raw), action, model);
        }
    }

    private static Integer versionOf(RawInput raw) {
        try {
            return ApiBodies.version(raw.extra("version"));
        } catch (InvalidInputException e) {
            return -1;
        }
    }

    private String formPage(CaseScope scope, EntitySpec e, List<FieldSpec> fields, Map<String, Object> values, RawInput raw,
                            List<FieldProblem> problems, Map<String, Object> current, Integer version, String action, Model model) {
        List<CaseForms.Field> f = forms.fields(e, fields, values, raw, problems, current);
        model.addAttribute("fields", special(scope, e, f));
        model.addAttribute("problems", problems);
        model.addAttribute("stale", current != null);
        model.addAttribute("version", version);
        model.addAttribute("action", action);
        model.addAttribute("code", scope.ref().code());
        model.addAttribute("title", forms.msg("casefile.form.title." + e.name));
        model.addAttribute("compartment", e.compartment == null ? null : forms.codeLabel(CodeLists.COMPARTMENTS, e.compartment.name()));
        return "casefile/form";
    }

    /** Fields whose options come from the case or the organisation: the objective of an action, the owner of a task. */
    private List<CaseForms.Field> special(CaseScope scope, EntitySpec e, List<CaseForms.Field> fields) {
        List<CaseForms.Field> out = new ArrayList<>();
        for (CaseForms.Field f : fields) {
            if (e == CaseModel.ACTIONS && f.name().equals("objectiveId")) {
                List<CaseForms.Option> options = new ArrayList<>();
                for (CaseRecords.Row o : records.list(CaseModel.OBJECTIVES, scope.ref().id(), Set.of(Compartment.SUPPORT))) {
                    String text = (String) o.get("objective");
                    options.add(new CaseForms.Option(String.valueOf(o.id()), forms.codeLabel(CodeLists.SUPPORT_TYPES, (String) o.get("type"))
                            + ": " + (text.length() > 60 ? text.substring(0, 60) + "…" : text), String.valueOf(o.id()).equals(f.value())));
                }
                out.add(new CaseForms.Field(f.name(), "select", f.label(), f.hint(), f.value(), options, true, f.error(), f.current()));
            } else if (e == CaseModel.TASKS && f.name().equals("owner")) {
                List<CaseForms.Option> options = new ArrayList<>();
                options.add(new CaseForms.Option("", forms.msg("casefile.form.none"), f.value() == null));
                for (UserAccount u : accounts.list(scope.actor().organisationCode())) {
                    if (u.active()) options.add(new CaseForms.Option(u.username(), u.displayName() + " (" + u.username() + ")", u.username().equals(f.value())));
                }
                out.add(new CaseForms.Field(f.name(), "select", f.label(), f.hint(), f.value(), options, false, f.error(), f.current()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    // ---- records of lists ---------------------------------------------------------------------

    @GetMapping("/cases/{code}/records/{entity}/new")
    String newRecord(@PathVariable String code, @PathVariable String entity, @RequestParam(required = false) String compartment, Model model) {
        EntitySpec e = listSpec(code, entity);
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        Compartment c = e.perRowCompartment() ? Compartment.fromInput(compartment) : e.compartment;
        if (c != null) scope.require(c, Access.WRITE);
        else if (scope.writable().isEmpty()) throw new AccessDeniedException("you may write no compartment of this case");
        scope.requireParts(e, Access.WRITE);
        Map<String, Object> defaults = new LinkedHashMap<>();
        CaseModel.DEFAULTS.forEach((k, v) -> {
            if (k.startsWith(e.name + ".")) defaults.put(k.substring(e.name.length() + 1), v);
        });
        return recordPage(scope, e, e.fields, defaults, null, null, null, null, c, "/cases/" + code + "/records/" + entity, model);
    }

    private String recordPage(CaseScope scope, EntitySpec e, List<FieldSpec> fields, Map<String, Object> values, RawInput raw,
                              List<FieldProblem> problems, Map<String, Object> current, Integer version, Compartment chosen, String action,
                              Model model) {
        formPage(scope, e, fields, values, raw, problems, current, version, action, model);
        if (e.perRowCompartment() && version == null) {
            List<CaseForms.Option> options = new ArrayList<>();
            for (Compartment c : Compartment.values()) {
                if (scope.may(c, Access.WRITE)) options.add(new CaseForms.Option(c.name(), forms.codeLabel(CodeLists.COMPARTMENTS, c.name()), c == chosen));
            }
            model.addAttribute("compartmentOptions", options);
            model.addAttribute("compartmentError", problems == null ? null : problems.stream().filter(p -> p.field().equals("compartment"))
                    .map(FieldProblem::message).findFirst().orElse(null));
        } else if (e.perRowCompartment() && chosen != null) {
            model.addAttribute("compartment", forms.codeLabel(CodeLists.COMPARTMENTS, chosen.name()));
        }
        model.addAttribute("title", forms.msg(version == null ? "casefile.records." + e.name + ".add" : "casefile.form.title." + e.name));
        return "casefile/form";
    }

    @PostMapping("/cases/{code}/records/{entity}")
    String createRecord(@PathVariable String code, @PathVariable String entity, @RequestParam MultiValueMap<String, String> params,
                        Model model, RedirectAttributes flash, HttpServletResponse response) {
        EntitySpec e = listSpec(code, entity);
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        RawInput raw = RawInput.fromForm(params, e.fields, Set.of("compartment"));
        Compartment chosen = null;
        try {
            chosen = e.perRowCompartment() ? Compartment.fromInput(raw.extra("compartment")) : e.compartment;
            editing.create(scope, e, raw, chosen);
            flash.addFlashAttribute("notice", "casefile.recordAdded");
            flash.addFlashAttribute("noticeArg", forms.msg("casefile.records." + e.name));
            Compartment c = chosen;
            return "redirect:/cases/" + code + "#section-" + c.name().toLowerCase().replace('_', '-');
        } catch (InvalidInputException invalid) {
            response.setStatus(400);
            return recordPage(scope, e, e.fields, null, raw, invalid.problems(), null, null, chosen, "/cases/" + code + "/records/" + entity, model);
        }
    }

    @GetMapping("/cases/{code}/records/{entity}/{id}/edit")
    String editRecord(@PathVariable String code, @PathVariable String entity, @PathVariable long id, Model model) {
        EntitySpec e = listSpec(code, entity);
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        scope.requireParts(e, Access.WRITE);
        CaseRecords.Row row = records.require(e, scope.ref(), id);
        scope.require(row.compartment(), Access.WRITE);
        reading.auditRead(scope, Set.of(row.compartment()), "CASE_READ", "screen=edit record=" + e.name + " id=" + id);
        List<FieldSpec> fields = e.fields.stream().filter(f -> !f.createOnly).toList();
        return recordPage(scope, e, fields, row.values(), null, null, null, row.version(), row.compartment(),
                "/cases/" + code + "/records/" + entity + "/" + id, model);
    }

    @PostMapping("/cases/{code}/records/{entity}/{id}")
    String updateRecord(@PathVariable String code, @PathVariable String entity, @PathVariable long id,
                        @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash, HttpServletResponse response) {
        EntitySpec e = listSpec(code, entity);
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        List<FieldSpec> fields = e.fields.stream().filter(f -> !f.createOnly).toList();
        RawInput raw = RawInput.fromForm(params, fields, Set.of("version"));
        String action = "/cases/" + code + "/records/" + entity + "/" + id;
        scope.requireParts(e, Access.WRITE);
        CaseRecords.Row before = records.require(e, scope.ref(), id);
        try {
            editing.update(scope, e, id, raw, versionOf(raw));
            flash.addFlashAttribute("notice", "casefile.saved");
            flash.addFlashAttribute("noticeArg", forms.msg("casefile.records." + e.name));
            return "redirect:/cases/" + code + "#section-" + before.compartment().name().toLowerCase().replace('_', '-');
        } catch (CaseStaleException stale) {
            CaseRecords.Row row = records.require(e, scope.ref(), id);
            response.setStatus(409);
            return recordPage(scope, e, fields, row.values(), raw, null, row.values(), row.version(), row.compartment(), action, model);
        } catch (InvalidInputException invalid) {
            response.setStatus(400);
            return recordPage(scope, e, fields, null, raw, invalid.problems(), null, versionOf(raw), before.compartment(), action, model);
        }
    }

    @PostMapping("/cases/{code}/records/{entity}/{id}/delete")
    String deleteRecord(@PathVariable String code, @PathVariable String entity, @PathVariable long id,
                        @RequestParam(required = false) String version, RedirectAttributes flash) {
        EntitySpec e = listSpec(code, entity);
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        scope.requireParts(e, Access.WRITE);
        CaseRecords.Row row = records.require(e, scope.ref(), id);
        try {
            editing.delete(scope, e, id, ApiBodies.version(version));
            flash.addFlashAttribute("notice", "casefile.recordDeleted");
            flash.addFlashAttribute("noticeArg", forms.msg("casefile.records." + e.name));
        } catch (CaseStaleException stale) {
            flash.addFlashAttribute("error", "casefile.staleDelete");
        } catch (RefusedException refused) {
            flash.addFlashAttribute("error", "casefile.refused." + refused.rule());
        }
        return "redirect:/cases/" + code + "#section-" + row.compartment().name().toLowerCase().replace('_', '-');
    }

    private static EntitySpec listSpec(String code, String name) {
        return CaseModel.list(name).orElseThrow(() -> new NotFoundException("There is nothing at /cases/" + code + "/records/" + name));
    }

    // ---- documents ----------------------------------------------------------------------------

    @GetMapping("/cases/{code}/documents/new")
    String documentForm(@PathVariable String code, @RequestParam(required = false) String compartment, Model model) {
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        Compartment c = Compartment.fromInput(compartment);
        if (c != null) scope.require(c, Access.WRITE);
        return documentPage(scope, c, null, null, model);
    }

    private String documentPage(CaseScope scope, Compartment chosen, String type, List<FieldProblem> problems, Model model) {
        List<CaseForms.Option> compartments = new ArrayList<>();
        for (Compartment c : Compartment.values()) {
            if (scope.may(c, Access.WRITE)) compartments.add(new CaseForms.Option(c.name(), forms.codeLabel(CodeLists.COMPARTMENTS, c.name()), c == chosen));
        }
        if (compartments.isEmpty()) throw new AccessDeniedException("you may write no compartment of this case");
        model.addAttribute("code", scope.ref().code());
        model.addAttribute("compartments", compartments);
        model.addAttribute("types", forms.options(CodeLists.DOCUMENT_TYPES, one(type), false));
        model.addAttribute("problems", problems);
        model.addAttribute("maxMb", documents.maxBytes() / (1024 * 1024));
        return "casefile/document-form";
    }

    @PostMapping(path = "/cases/{code}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@PathVariable String code, @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String compartment,
                  @RequestParam(required = false) String type, Model model, RedirectAttributes flash, HttpServletResponse response) throws IOException {
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        try {
            if (file != null && file.getSize() > documents.maxBytes()) {
                throw new InvalidInputException("file", "is larger than the limit of " + (documents.maxBytes() / (1024 * 1024)) + " MB");
            }
            documents.upload(scope, compartment, type, file == null ? null : file.getContentType(), file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            flash.addFlashAttribute("notice", "casefile.documentUploaded");
            flash.addFlashAttribute("noticeArg", CaseDocuments.cleanName(file.getOriginalFilename()));
            return "redirect:/cases/" + code + "#section-" + compartment.toLowerCase().replace('_', '-');
        } catch (InvalidInputException e) {
            response.setStatus(400);
            Compartment c = null;
            try {
                c = Compartment.fromInput(compartment);
            } catch (InvalidInputException ignored) {
                // named among the problems already
            }
            return documentPage(scope, c, type, e.problems(), model);
        }
    }

    @GetMapping("/cases/{code}/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id) {
        CaseDocuments.Content c = documents.download(guard.scope(CaseGuard.currentActor(), code), id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.document().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(c.document().fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(c.bytes());
    }

    // ---- stage --------------------------------------------------------------------------------

    @GetMapping("/cases/{code}/stage")
    String stage(@PathVariable String code, Model model) {
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        return stagePage(scope, null, null, model);
    }

    private String stagePage(CaseScope scope, List<FieldProblem> problems, String refused, Model model) {
        CaseState.Head head = state.head(scope.ref().id(), false);
        List<CaseForms.Option> targets = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (s == head.stage()) continue;
            if (StageRules.movers(head.stage(), s).stream().anyMatch(c -> scope.may(c, Access.WRITE))) {
                targets.add(new CaseForms.Option(s.name(), forms.codeLabel(CodeLists.STAGES, s.name())
                        + (s.ordinal() < head.stage().ordinal() ? " — " + forms.msg("casefile.stage.correction") : ""), false));
            }
        }
        if (targets.isEmpty() && !scope.may(Compartment.CASE_SUMMARY, Access.WRITE)) {
            throw new AccessDeniedException("you may not change the stage of this case");
        }
        model.addAttribute("code", scope.ref().code());
        model.addAttribute("header", overview.header(scope, head));
        model.addAttribute("closed", head.status().closed());
        model.addAttribute("targets", targets);
        model.addAttribute("canClose", scope.may(Compartment.CASE_SUMMARY, Access.WRITE));
        model.addAttribute("reasons", forms.options(CodeLists.CLOSE_REASONS, List.of(), true));
        model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).toString());
        model.addAttribute("problems", problems);
        model.addAttribute("refused", refused);
        model.addAttribute("stageDate", head.stageDate().toString());
        return "casefile/stage";
    }

    @PostMapping("/cases/{code}/stage/{action}")
    String changeStage(@PathVariable String code, @PathVariable String action, @RequestParam(required = false) String to,
                       @RequestParam(required = false) String date, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) String note, Model model, RedirectAttributes flash, HttpServletResponse response) {
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        try {
            switch (action) {
                case "move" -> stages.move(scope, to, date, reason);
                case "close" -> stages.close(scope, reason, date, note);
                case "reopen" -> stages.reopen(scope, reason, date);
                default -> throw new NotFoundException("There is nothing at /cases/" + code + "/stage/" + action);
            }
            flash.addFlashAttribute("notice", "casefile.stage.done." + action);
            flash.addFlashAttribute("noticeArg", code);
            return "redirect:/cases/" + code;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return stagePage(scope, e.problems(), null, model);
        } catch (RefusedException e) {
            response.setStatus(409);
            return stagePage(scope, null, e.getMessage(), model);
        }
    }

    // ---- sharing ------------------------------------------------------------------------------

    @GetMapping("/cases/{code}/sharing")
    String sharingPage(@PathVariable String code, Model model) {
        return sharingPage(guard.scope(CaseGuard.currentActor(), code), null, null, null, model);
    }

    private String sharingPage(CaseScope scope, Sharing.Request form, List<FieldProblem> problems, String refused, Model model) {
        List<Sharing.Share> shares = sharing.list(scope);
        model.addAttribute("code", scope.ref().code());
        model.addAttribute("shares", shares.stream().map(s -> Map.of(
                "share", s,
                "partner", s.partnerName() + " (" + s.partnerCode() + ")",
                "compartments", s.compartments().stream().map(c -> forms.codeLabel(CodeLists.COMPARTMENTS, c.name())).reduce((a, b) -> a + ", " + b).orElse(""),
                "basis", forms.codeLabel(CodeLists.SHARE_BASES, s.basis()),
                "consentGivenBy", s.consentGivenBy() == null ? "" : forms.codeLabel(CodeLists.CONSENT_GIVERS, s.consentGivenBy()),
                "started", CaseOverview.WHEN.format(s.startedAt()),
                "ended", s.endedAt() == null ? "" : CaseOverview.WHEN.format(s.endedAt()))).toList());
        List<CaseForms.Option> partners = new ArrayList<>();
        partners.add(new CaseForms.Option("", forms.msg("casefile.form.none"), form == null || form.partner() == null));
        sharing.partners(scope).forEach(o -> partners.add(new CaseForms.Option(o.code(), o.name() + " — "
                + forms.msg("orgtype." + o.type().name()), form != null && o.code().equals(form.partner()))));
        model.addAttribute("partners", partners);
        List<String> chosen = form == null || form.compartments() == null ? List.of() : form.compartments();
        model.addAttribute("compartments", forms.options(CodeLists.COMPARTMENTS, chosen, false));
        model.addAttribute("bases", forms.options(CodeLists.SHARE_BASES, form == null || form.basis() == null ? List.of("CONSENT") : one(form.basis()), false));
        model.addAttribute("givers", forms.options(CodeLists.CONSENT_GIVERS, form == null || form.consentGivenBy() == null ? List.of("VICTIM") : one(form.consentGivenBy()), false));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("refused", refused);
        return "casefile/sharing";
    }

    @PostMapping("/cases/{code}/sharing")
    String share(@PathVariable String code, @RequestParam(required = false) String partner, @RequestParam(required = false) List<String> compartments,
                 @RequestParam(required = false) String basis, @RequestParam(required = false) String purpose,
                 @RequestParam(required = false) String consentGivenBy, @RequestParam(required = false) String consentGivenOn,
                 @RequestParam(required = false) String orderReference, @RequestParam(required = false) String orderDate, Model model,
                 RedirectAttributes flash, HttpServletResponse response) {
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        Sharing.Request r = new Sharing.Request(partner, compartments, basis, purpose, consentGivenBy, consentGivenOn, orderReference, orderDate);
        try {
            sharing.share(scope, r);
            flash.addFlashAttribute("notice", "casefile.sharing.done");
            flash.addFlashAttribute("noticeArg", partner);
            return "redirect:/cases/" + code + "/sharing";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return sharingPage(scope, r, e.problems(), null, model);
        } catch (RefusedException e) {
            response.setStatus(409);
            return sharingPage(scope, r, null, e.getMessage(), model);
        }
    }

    @PostMapping("/cases/{code}/sharing/{id}/{action}")
    String endShare(@PathVariable String code, @PathVariable long id, @PathVariable String action, @RequestParam(required = false) String version,
                    @RequestParam(required = false) String withdrawnOn, RedirectAttributes flash) {
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        try {
            switch (action) {
                case "end" -> sharing.end(scope, id, ApiBodies.version(version));
                case "withdraw" -> sharing.withdrawConsent(scope, id, withdrawnOn, ApiBodies.version(version));
                default -> throw new NotFoundException("There is nothing at /cases/" + code + "/sharing/" + id + "/" + action);
            }
            flash.addFlashAttribute("notice", "casefile.sharing." + action + ".done");
            flash.addFlashAttribute("noticeArg", code);
        } catch (CaseStaleException e) {
            flash.addFlashAttribute("error", "casefile.staleDelete");
        } catch (RefusedException e) {
            flash.addFlashAttribute("error", "casefile.refused." + e.rule());
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", "casefile.sharing.withdraw.invalid");
        }
        return "redirect:/cases/" + code + "/sharing";
    }

    // ---- history ------------------------------------------------------------------------------

    @GetMapping("/cases/{code}/history")
    String history(@PathVariable String code, Model model) {
        CaseScope scope = guard.scope(CaseGuard.currentActor(), code);
        List<CaseHistory.Entry> entries = reading.history(scope, 1000);
        model.addAttribute("code", code);
        model.addAttribute("entries", entries.stream().map(e -> Map.of(
                "at", CaseOverview.WHEN.format(e.changedAt()),
                "by", e.changedBy() + (e.changedByOrg() == null ? "" : " (" + e.changedByOrg() + ")"),
                "compartment", forms.codeLabel(CodeLists.COMPARTMENTS, e.compartment().name()),
                "record", forms.msg("casefile.records." + e.entity()) + (e.entityId() == null ? "" : " #" + e.entityId()),
                "operation", forms.msg("casefile.history.op." + e.operation()),
                "field", fieldLabel(e.entity(), e.field()),
                "old", forms.displayCanonical(e.entity(), e.field(), e.oldValue()),
                "new", forms.displayCanonical(e.entity(), e.field(), e.newValue()))).toList());
        return "casefile/history";
    }

    private String fieldLabel(String entity, String field) {
        return CaseModel.entity(entity).flatMap(e -> e.field(field).map(f -> forms.label(e, f)))
                .orElseGet(() -> forms.msg("casefile.field." + field));
    }

    // ---- home fragments -----------------------------------------------------------------------

    @GetMapping("/cases/fragments/my-tasks")
    String myTasks(Model model) {
        Actor actor = CaseGuard.currentActor();
        List<CaseFiles.TaskItem> tasks = files.openTasks(actor, 10);
        if (!tasks.isEmpty()) {
            audit.record(actor, be.ariadne.audit.AuditEvent.of("CASE_TASKS_LISTED", "user", actor.username())
                    .withDetail("cases=" + String.join(",", tasks.stream().map(CaseFiles.TaskItem::caseCode).distinct().toList())));
        }
        model.addAttribute("tasks", tasks.stream().map(t -> Map.of(
                "code", t.caseCode(), "title", t.title(), "due", t.dueDate() == null ? "—" : t.dueDate().toString())).toList());
        return "casefile/fragments :: myTasks";
    }

    @GetMapping("/cases/fragments/shared-with-us")
    String sharedWithUs(Model model) {
        Actor actor = CaseGuard.currentActor();
        model.addAttribute("shared", files.sharedWith(actor, 10));
        return "casefile/fragments :: sharedWithUs";
    }

    static MultiValueMap<String, String> empty() {
        return new LinkedMultiValueMap<>();
    }
}
