package be.ariadne.casefile;

import be.ariadne.access.Organisation;
import be.ariadne.access.OrganisationType;
import be.ariadne.access.Organisations;
import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.crypto.Binding;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.SystemActor;
import java.security.SecureRandom;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and finding cases. A case is held by one specialised centre; it gets a pseudonymous code
 * (random, e.g. {@code AR-7KQ3-M9XT}) that is shown everywhere instead of the person's identity.
 * Opening publishes {@link CaseOpened} and {@link CaseFactsChanged} in the same transaction.
 */
@Service
public class CaseFiles {
    static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final String PHONE = "\\+?[0-9][0-9 ()./-]{3,29}";

    private final JdbcClient jdbc;
    private final CaseGuard guard;
    private final FieldChecker checker;
    private final CaseRecords records;
    private final CaseHistory history;
    private final CaseState state;
    private final Organisations organisations;
    private final FieldEncryption encryption;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CaseFiles(JdbcClient jdbc, CaseGuard guard, FieldChecker checker, CaseRecords records, CaseHistory history, CaseState state,
              Organisations organisations, FieldEncryption encryption, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.checker = checker;
        this.records = records;
        this.history = history;
        this.state = state;
        this.organisations = organisations;
        this.encryption = encryption;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a case held by the signed-in user's organisation, which must be a specialised centre
     * whose role may write the case summary.
     *
     * @throws InvalidInputException every problem with the input, named by field; nothing is saved
     * @throws AccessDeniedException the user may not open cases
     */
    @Transactional
    public CaseRef open(NewCase c) {
        Actor actor = CaseGuard.currentActor();
        return open(Opening.of(c), actor, holderOf(actor));
    }

    /**
     * Opens a case held by the centre {@code holdingCentreCode}: for the application acting
     * (referrals, imports, demo data) with a {@link SystemActor} signed in; a person may only name
     * their own centre.
     */
    @Transactional
    public CaseRef open(NewCase c, String holdingCentreCode) {
        Actor actor = CaseGuard.currentActor();
        Organisation centre = organisations.byCode(holdingCentreCode)
                .filter(o -> o.type() == OrganisationType.SPECIALISED_CENTRE && o.active())
                .orElseThrow(() -> new InvalidInputException("holdingCentre", "'" + holdingCentreCode + "' is not an active specialised centre"));
        if (!(actor instanceof SystemActor)) {
            Organisation own = holderOf(actor);
            if (own.id() != centre.id()) throw new AccessDeniedException("a user may only open cases held by their own centre");
        }
        return open(Opening.of(c), actor, centre);
    }

    /** The case with this code, whether or not anyone may see it: check access with {@link CaseGuard} before using it. */
    public Optional<CaseRef> find(String code) {
        return guard.lookup(code);
    }

    /** The case a centre registered under its own identifier (HTCDS import: {@code cas_ExternalId}). */
    public Optional<CaseRef> findByExternalId(String centreCode, String externalId) {
        return jdbc.sql("SELECT c.id, c.code, c.holding_org_id, o.code FROM case_file c JOIN organisation o ON o.id = c.holding_org_id "
                        + "WHERE o.code = ? AND c.external_id = ?")
                .params(centreCode, externalId)
                .query((rs, n) -> new CaseRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .optional();
    }

    /** The current facts of up to {@code limit} cases with an id above {@code afterCaseId}, by id (for statistics to catch up). */
    @Transactional(readOnly = true)
    public List<CaseFacts> facts(long afterCaseId, int limit) {
        List<Long> ids = jdbc.sql("SELECT id FROM case_file WHERE id > ? ORDER BY id LIMIT " + Math.max(1, Math.min(limit, 10_000)))
                .param(afterCaseId).query(Long.class).list();
        List<CaseFacts> out = new ArrayList<>(ids.size());
        for (long id : ids) state.facts(id).ifPresent(out::add);
        return out;
    }

    // ---- inside the module -------------------------------------------------------------------

    /** Opening from raw input (API, form), held by the signed-in user's centre. */
    @Transactional
    CaseRef openFromInput(Opening in) {
        Actor actor = CaseGuard.currentActor();
        return open(in, actor, holderOf(actor));
    }

    /** What opening takes, as raw input (from the API, a form, or a {@link NewCase}). */
    record Opening(RawInput summary, RawInput identity, List<String> aliases, List<String> phones, Assessment assessment,
                   Long referralId, Long signalId) {
        static Opening of(NewCase c) {
            Map<String, Object> s = new LinkedHashMap<>();
            if (c.registrationDate() != null) s.put("registrationDate", c.registrationDate().toString());
            if (c.gender() != null) s.put("gender", c.gender().name());
            if (c.birthYear() != null) s.put("birthYear", c.birthYear().toString());
            if (c.ageAtRegistration() != null) s.put("ageAtRegistration", c.ageAtRegistration().toString());
            if (c.ageWhenTrafficked() != null) s.put("ageWhenTrafficked", c.ageWhenTrafficked().toString());
            s.put("presumedMinor", Boolean.toString(c.presumedMinor()));
            if (c.traffickingStatus() != null) s.put("traffickingStatus", c.traffickingStatus().name());
            s.put("citizenships", c.citizenships());
            s.put("languages", c.languages());
            s.put("exploitation", c.exploitation().stream().map(Enum::name).sorted().toList());
            s.put("labourSectors", c.labourSectors());
            s.put("controlMethods", c.controlMethods());
            if (c.externalId() != null) s.put("externalId", c.externalId());
            Map<String, Object> i = new LinkedHashMap<>();
            if (c.birthDate() != null) i.put("birthDate", c.birthDate().toString());
            List<String> aliases = List.of();
            List<String> phones = List.of();
            if (c.identity() != null) {
                if (c.identity().firstName() != null) i.put("firstName", c.identity().firstName());
                if (c.identity().lastName() != null) i.put("lastName", c.identity().lastName());
                aliases = c.identity().aliases();
                phones = c.identity().phones();
            }
            return new Opening(RawInput.of(s), RawInput.of(i), aliases, phones, c.assessment(), c.referralId(), c.signalId());
        }
    }

    /** The specialised centres (holders of cases). */
    List<Organisation> centres() {
        return organisations.ofType(OrganisationType.SPECIALISED_CENTRE);
    }

    /** An open task of the actor, on a case whose task compartment they may still read. */
    record TaskItem(String caseCode, String title, LocalDate dueDate) {
    }

    List<TaskItem> openTasks(Actor actor, int limit) {
        record Raw(long caseId, String compartment, byte[] title, LocalDate due) {
        }
        List<Raw> raws = jdbc.sql("SELECT case_id, compartment, title, due_date FROM case_task WHERE owner_username = ? AND task_status = 'OPEN' "
                        + "ORDER BY due_date, id LIMIT 200")
                .param(actor.username())
                .query((rs, n) -> new Raw(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getObject(4, LocalDate.class))).list();
        List<TaskItem> out = new ArrayList<>();
        Map<Long, CaseScope> scopes = new LinkedHashMap<>();
        for (Raw r : raws) {
            if (out.size() >= limit) break;
            CaseScope scope = scopes.computeIfAbsent(r.caseId(), id -> jdbc.sql("SELECT c.id, c.code, c.holding_org_id, o.code FROM case_file c "
                            + "JOIN organisation o ON o.id = c.holding_org_id WHERE c.id = ?").param(id)
                    .query((rs, n) -> new CaseRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))).optional()
                    .map(ref -> guard.scope(actor, ref)).orElse(null));
            if (scope == null || !scope.may(Compartment.valueOf(r.compartment()), Access.READ)) continue;
            String title = encryption.decrypt(r.title(), Binding.of("case_task", "title", r.caseId()));
            out.add(new TaskItem(scope.ref().code(), title, r.due()));
        }
        return out;
    }

    /** Codes of cases shared with the actor's organisation (sharings in force that give the actor something to read), newest first. */
    List<String> sharedWith(Actor actor, int limit) {
        java.util.Set<Compartment> row = guard.row(actor).keySet();
        if (row.isEmpty()) return List.of();
        String in = row.stream().map(c -> "'" + c.name() + "'").collect(java.util.stream.Collectors.joining(", "));
        return jdbc.sql("SELECT c.code, MAX(s.started_at) AS since FROM case_share s JOIN case_share_compartment sc ON sc.share_id = s.id "
                        + "JOIN case_file c ON c.id = s.case_id WHERE s.partner_org_id = ? AND s.ended_at IS NULL AND sc.compartment IN (" + in + ") "
                        + "GROUP BY c.code ORDER BY since DESC LIMIT " + Math.max(1, limit))
                .param(actor.organisationId()).query((rs, n) -> rs.getString(1)).list();
    }

    /** The organisation of a user who may open cases: a specialised centre whose row writes the summary. */
    Organisation holderOf(Actor actor) {
        if (!"SPECIALISED_CENTRE".equals(actor.organisationType()) || guard.row(actor).get(Compartment.CASE_SUMMARY) != Access.WRITE) {
            throw new AccessDeniedException("only case workers of a specialised centre open cases");
        }
        return organisations.byId(actor.organisationId()).orElseThrow(() -> new AccessDeniedException("unknown organisation"));
    }

    CaseRef open(Opening in, Actor actor, Organisation centre) {
        List<FieldProblem> problems = new ArrayList<>(in.summary().problems());
        problems.addAll(in.identity().problems());
        Map<String, Object> raw = new LinkedHashMap<>(in.summary().values());
        raw.putIfAbsent("gender", Gender.UNKNOWN.name());
        raw.putIfAbsent("traffickingStatus", TraffickingStatus.POSSIBLE_VICTIM.name());
        raw.putIfAbsent("status", CaseStatus.ACTIVE.name());
        Map<String, Object> summary = checker.check(CaseModel.SUMMARY, RawInput.of(raw), true, problems);
        Map<String, Object> identity = checker.check(CaseModel.IDENTITY, in.identity(), true, problems);
        Object status = summary.get("status");
        if (status != null && !CaseStatus.ACTIVE.name().equals(status) && !CaseStatus.FOLLOW_UP.name().equals(status)) {
            problems.add(new FieldProblem("status", "a case opens as ACTIVE or FOLLOW_UP"));
        }
        List<String> aliases = texts("aliases", in.aliases(), CaseModel.ALIASES, "alias", problems);
        List<String> phones = texts("phones", in.phones(), CaseModel.PHONES, "phone", problems);
        for (int k = 0; k < phones.size(); k++) {
            if (!phones.get(k).matches(PHONE)) problems.add(new FieldProblem("phones[" + k + "]", "is not a phone number"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate registration = summary.get("registrationDate") instanceof LocalDate d ? d : today;
        summary.put("registrationDate", registration);
        LocalDate birthDate = (LocalDate) identity.get("birthDate");
        if (birthDate != null && summary.get("birthYear") == null) summary.put("birthYear", birthDate.getYear());
        if (problems.isEmpty()) {
            CaseChecks.birthDate(birthDate, registration, null, problems);
            CaseChecks.summary(summary, registration, birthDate, null, problems);
        }
        Integer derived = CaseChecks.ageAt(birthDate, (Integer) summary.get("birthYear"), registration);
        if (derived != null) summary.put("ageAtRegistration", derived);
        String externalId = (String) summary.get("externalId");
        if (externalId != null && jdbc.sql("SELECT COUNT(*) FROM case_file WHERE holding_org_id = ? AND external_id = ?")
                .params(centre.id(), externalId).query(Long.class).single() > 0) {
            problems.add(new FieldProblem("externalId", "is already used for another case of " + centre.code()));
        }
        if (in.assessment() != null && (in.assessment().source() == null || in.assessment().source().isBlank())) {
            problems.add(new FieldProblem("assessment.source", "is required"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);

        String code = newCode();
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        StageRules.Transition opened = StageRules.open(Stage.DETECTION, registration);
        List<String> cols = new ArrayList<>(List.of("code", "holding_org_id", "stage", "stage_date", "referral_id", "signal_id",
                "created_at", "created_by", "updated_at", "version"));
        List<Object> params = new ArrayList<>(List.of(code, centre.id(), opened.to().name(), registration,
                new SqlParameterValue(Types.BIGINT, in.referralId()), new SqlParameterValue(Types.BIGINT, in.signalId()),
                now, actor.username(), now, 0));
        for (FieldSpec f : CaseModel.SUMMARY.fields) {
            cols.add(f.column);
            params.add(FieldValues.param(f, summary.get(f.name)));
        }
        jdbc.sql("INSERT INTO case_file (" + String.join(", ", cols) + ") VALUES (" + "?, ".repeat(cols.size() - 1) + "?)")
                .params(params).update();
        long id = jdbc.sql("SELECT id FROM case_file WHERE code = ?").param(code).query(Long.class).single();
        CaseRef ref = new CaseRef(id, code, centre.id(), centre.code());
        for (String table : List.of("case_identity", "case_investigation", "case_legal", "case_minor")) {
            jdbc.sql("INSERT INTO " + table + " (case_id, updated_at, version) VALUES (?, ?, 0)").params(id, now).update();
        }
        recordTransition(ref, opened, null, actor);
        List<CaseHistory.Change> changes = new ArrayList<>();
        changes.add(new CaseHistory.Change(Compartment.CASE_SUMMARY, "summary", null, "CREATE", "stage", null, opened.to().name()));
        for (FieldSpec f : CaseModel.SUMMARY.fields) {
            String v = FieldValues.canonical(f.type, summary.get(f.name));
            if (v != null && !(f.type == FieldType.BOOLEAN && "false".equals(v))) {
                changes.add(new CaseHistory.Change(Compartment.CASE_SUMMARY, "summary", null, "CREATE", f.name, null, v));
            }
        }
        history.record(id, actor, changes);
        if (!identity.isEmpty()) records.update(CaseModel.IDENTITY, id, id, 0, identity, actor);
        for (String a : aliases) records.insert(CaseModel.ALIASES, id, null, Map.of("alias", a), actor);
        for (String p : phones) records.insert(CaseModel.PHONES, id, null, Map.of("phone", p), actor);
        if (in.assessment() != null) addAssessment(ref, in.assessment(), registration, actor);
        audit.record(actor, AuditEvent.of("CASE_OPENED", "case", code).withDetail("centre=" + centre.code()
                + (in.referralId() != null ? " referral=" + in.referralId() : "")));
        events.publishEvent(new CaseOpened(ref, in.referralId()));
        publishFacts(id);
        return ref;
    }

    private List<String> texts(String name, List<String> given, EntitySpec spec, String field, List<FieldProblem> problems) {
        List<String> out = new ArrayList<>();
        if (given == null) return out;
        FieldSpec f = spec.field(field).orElseThrow();
        for (int k = 0; k < given.size(); k++) {
            List<FieldProblem> own = new ArrayList<>();
            Object v = checker.value(f, given.get(k), own);
            int index = k;
            own.forEach(p -> problems.add(new FieldProblem(name + "[" + index + "]", p.message())));
            if (own.isEmpty() && v instanceof String s) out.add(s);
        }
        return out;
    }

    void addAssessment(CaseRef ref, Assessment a, LocalDate registration, Actor actor) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        byte[] result = encryption.encrypt(a.resultJson(), Binding.of("case_assessment", "result_json", ref.id()));
        jdbc.sql("INSERT INTO case_assessment (case_id, source, catalogue_version, signs, indicators, result_json, assessed_on, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(ref.id(), truncate(a.source(), 60), new SqlParameterValue(Types.VARCHAR, truncate(a.catalogueVersion(), 60)),
                        String.join(";", a.signs()), String.join(";", a.indicators()), new SqlParameterValue(Types.VARBINARY, result),
                        a.assessedOn() != null ? a.assessedOn() : registration, now, actor.username())
                .update();
        history.record(ref.id(), actor, List.of(new CaseHistory.Change(Compartment.CASE_SUMMARY, "assessments", null, "CREATE",
                "source", null, a.source())));
    }

    void recordTransition(CaseRef ref, StageRules.Transition t, String reasonText, Actor actor) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        byte[] reason = encryption.encrypt(reasonText, Binding.of("case_transition", "reason_text", ref.id()));
        String reasonCode = t.kind() == StageRules.Kind.CLOSE ? t.reason() : null;
        jdbc.sql("INSERT INTO case_transition (case_id, kind, from_stage, to_stage, status, transition_date, reason_code, reason_text, "
                        + "author, author_org, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(ref.id(), t.kind().name(), new SqlParameterValue(Types.VARCHAR, t.from() == null ? null : t.from().name()),
                        t.to().name(), t.status().name(), t.date(), new SqlParameterValue(Types.VARCHAR, reasonCode),
                        new SqlParameterValue(Types.VARBINARY, reason), actor.username(),
                        new SqlParameterValue(Types.VARCHAR, actor.organisationCode()), now)
                .update();
    }

    void publishFacts(long caseId) {
        state.facts(caseId).ifPresent(f -> events.publishEvent(new CaseFactsChanged(List.of(f))));
    }

    private String newCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder sb = new StringBuilder("AR-");
            for (int k = 0; k < 8; k++) {
                if (k == 4) sb.append('-');
                sb.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            String code = sb.toString();
            if (guard.lookup(code).isEmpty()) return code;
        }
        throw new IllegalStateException("could not draw a free case code");
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
