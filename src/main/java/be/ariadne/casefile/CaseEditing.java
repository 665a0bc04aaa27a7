package be.ariadne.casefile;

import be.ariadne.access.Accounts;
import be.ariadne.access.UserAccount;
import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.RefusedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a case's records, for one {@link CaseScope}: the compartment forms (summary, identity,
 * investigation, legal, minor protection) and the records of lists (places, notes, suspects…).
 * Each change checks access first, then every field and the rules across fields, and writes
 * nothing unless all is well; a stale version is refused, never overwritten.
 */
@Service
class CaseEditing {
    private static final Set<String> FACT_FIELDS = Set.of("registrationDate", "gender", "birthYear", "ageAtRegistration",
            "citizenships", "exploitation", "traffickingStatus", "status");

    private final CaseRecords records;
    private final FieldChecker checker;
    private final CaseState state;
    private final CaseFiles files;
    private final Accounts accounts;
    private final AuditLog audit;

    CaseEditing(CaseRecords records, FieldChecker checker, CaseState state, CaseFiles files, Accounts accounts, AuditLog audit) {
        this.records = records;
        this.checker = checker;
        this.state = state;
        this.files = files;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Changes the fields given of a compartment form, if {@code version} is still the current one. */
    @Transactional
    List<CaseHistory.Change> patch(CaseScope scope, EntitySpec e, RawInput raw, Integer version) {
        scope.require(e, Access.WRITE);
        long caseId = scope.ref().id();
        List<FieldProblem> problems = new ArrayList<>(raw.problems());
        if (version == null) problems.add(new FieldProblem("version", "is required (the version you read)"));
        Map<String, Object> values = checker.check(e, raw, false, problems);
        CaseRecords.Row current = records.singleton(e, caseId);
        refuseCreateOnlyAndHolderOnly(scope, e, values, current, problems);
        Map<String, Object> merged = new LinkedHashMap<>(current.values());
        merged.putAll(values);
        CaseState.Context ctx = state.context(caseId);
        if (problems.isEmpty()) {
            if (e == CaseModel.SUMMARY) {
                checkSummary(scope, values, merged, current, ctx, problems);
                Object external = values.get("externalId");
                if (external != null && state.externalIdTaken(scope.ref().holdingOrganisationId(), (String) external, caseId)) {
                    problems.add(new FieldProblem("externalId", "is already used for another case of " + scope.ref().holdingOrganisationCode()));
                }
            }
            if (e == CaseModel.IDENTITY) CaseChecks.birthDate((LocalDate) merged.get("birthDate"), ctx.registrationDate(), ctx.earliestPlace(), problems);
            if (e == CaseModel.LEGAL) {
                CaseChecks.order("complaintFiledOn", (LocalDate) merged.get("complaintFiledOn"), "judgmentDate", (LocalDate) merged.get("judgmentDate"), problems);
                if (Boolean.FALSE.equals(merged.get("civilParty")) && merged.get("civilPartyOn") != null) {
                    problems.add(new FieldProblem("civilPartyOn", "is given but civilParty is not ticked"));
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        if (e == CaseModel.SUMMARY) {
            Integer derived = CaseChecks.ageAt(ctx.birthDate(), (Integer) merged.get("birthYear"), ctx.registrationDate());
            if (derived != null && !Objects.equals(derived, current.get("ageAtRegistration"))) values.put("ageAtRegistration", derived);
        }
        List<CaseHistory.Change> changed = records.update(e, caseId, caseId, version, values, scope.actor());
        if (changed.isEmpty()) return changed;
        if (e == CaseModel.IDENTITY && changed.stream().anyMatch(c -> c.field().equals("birthDate"))) {
            followBirthDate(scope, (LocalDate) merged.get("birthDate"), ctx);
        }
        audit.record(scope.actor(), AuditEvent.of("CASE_UPDATED", "case", scope.ref().code())
                .withDetail("compartment=" + e.compartment + " record=" + e.name + " fields=" + fields(changed)));
        if (e == CaseModel.SUMMARY && changed.stream().anyMatch(c -> FACT_FIELDS.contains(c.field()))
                || e == CaseModel.IDENTITY && changed.stream().anyMatch(c -> c.field().equals("birthDate"))) {
            files.publishFacts(caseId);
        }
        return changed;
    }

    private void checkSummary(CaseScope scope, Map<String, Object> given, Map<String, Object> merged, CaseRecords.Row current,
                              CaseState.Context ctx, List<FieldProblem> problems) {
        Object before = current.get("status");
        Object after = merged.get("status");
        if (!Objects.equals(before, after)) {
            if (CaseStatus.valueOf((String) before).closed()) {
                problems.add(new FieldProblem("status", "the case is closed: reopen it (with a reason) instead"));
            } else if (CaseStatus.valueOf((String) after).closed()) {
                problems.add(new FieldProblem("status", "close the case with a reason instead"));
            }
        }
        // The age is computed when the birth date or year is known: a stale computed value is not the user's input.
        if (!given.containsKey("ageAtRegistration") || Objects.equals(given.get("ageAtRegistration"), current.get("ageAtRegistration"))) {
            Map<String, Object> m = new LinkedHashMap<>(merged);
            m.put("ageAtRegistration", null);
            CaseChecks.summary(m, ctx.registrationDate(), ctx.birthDate(), ctx.earliestPlace(), problems);
        } else {
            CaseChecks.summary(merged, ctx.registrationDate(), ctx.birthDate(), ctx.earliestPlace(), problems);
        }
    }

    /** A new birth date sets the summary's birth year and age (derived facts, recorded in the history like any change). */
    private void followBirthDate(CaseScope scope, LocalDate birthDate, CaseState.Context ctx) {
        if (birthDate == null) return;
        CaseRecords.Row summary = records.singleton(CaseModel.SUMMARY, scope.ref().id());
        Map<String, Object> derived = new LinkedHashMap<>();
        derived.put("birthYear", birthDate.getYear());
        derived.put("ageAtRegistration", CaseChecks.ageAt(birthDate, birthDate.getYear(), ctx.registrationDate()));
        Integer trafficked = (Integer) summary.get("ageWhenTrafficked");
        Integer age = (Integer) derived.get("ageAtRegistration");
        if (trafficked != null && age != null && trafficked > age) {
            throw new InvalidInputException("birthDate", "makes the person younger (" + age + ") than the recorded age when trafficked (" + trafficked + ")");
        }
        records.update(CaseModel.SUMMARY, scope.ref().id(), scope.ref().id(), summary.version(), derived, scope.actor());
    }

    /** Adds a record to a list; for notes, tasks and events the author chooses a compartment they may write. */
    @Transactional
    long create(CaseScope scope, EntitySpec e, RawInput raw, Compartment chosen) {
        Compartment c = compartmentFor(scope, e, chosen);
        scope.require(c, Access.WRITE);
        scope.requireParts(e, Access.WRITE);
        List<FieldProblem> problems = new ArrayList<>(raw.problems());
        Map<String, Object> given = new LinkedHashMap<>(raw.values());
        for (FieldSpec f : e.fields) {
            String def = CaseModel.DEFAULTS.get(e.name + "." + f.name);
            if (def != null && given.get(f.name) == null) given.put(f.name, def);
        }
        Map<String, Object> values = checker.check(e, RawInput.of(given), true, problems);
        if (problems.isEmpty()) checkRecord(scope, e, values, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        long id = records.insert(e, scope.ref().id(), c, values, scope.actor());
        audit.record(scope.actor(), AuditEvent.of("CASE_RECORD_ADDED", "case", scope.ref().code())
                .withDetail("compartment=" + c + " record=" + e.name + " id=" + id));
        return id;
    }

    /** Changes the fields given of a record of a list, if {@code version} is still its current one. */
    @Transactional
    List<CaseHistory.Change> update(CaseScope scope, EntitySpec e, long id, RawInput raw, Integer version) {
        scope.requireParts(e, Access.WRITE);
        CaseRecords.Row current = records.require(e, scope.ref(), id);
        scope.require(current.compartment(), Access.WRITE);
        requireAuthorForNotes(scope, e, current);
        List<FieldProblem> problems = new ArrayList<>(raw.problems());
        if (version == null) problems.add(new FieldProblem("version", "is required (the version you read)"));
        Map<String, Object> values = checker.check(e, raw, false, problems);
        refuseCreateOnlyAndHolderOnly(scope, e, values, current, problems);
        Map<String, Object> merged = new LinkedHashMap<>(current.values());
        merged.putAll(values);
        if (problems.isEmpty()) checkRecord(scope, e, merged, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        List<CaseHistory.Change> changed = records.update(e, scope.ref().id(), id, version, values, scope.actor());
        if (!changed.isEmpty()) {
            audit.record(scope.actor(), AuditEvent.of("CASE_RECORD_UPDATED", "case", scope.ref().code())
                    .withDetail("compartment=" + current.compartment() + " record=" + e.name + " id=" + id + " fields=" + fields(changed)));
        }
        return changed;
    }

    @Transactional
    void delete(CaseScope scope, EntitySpec e, long id, Integer version) {
        scope.requireParts(e, Access.WRITE);
        CaseRecords.Row current = records.require(e, scope.ref(), id);
        scope.require(current.compartment(), Access.WRITE);
        if (e == CaseModel.NOTES) throw new RefusedException("NOTES_ARE_KEPT", "notes are not deleted; correct them with an edit");
        if (version == null) throw new InvalidInputException("version", "is required (the version you read)");
        if (e == CaseModel.OBJECTIVES && !records.list(CaseModel.ACTIONS, scope.ref().id(), Set.of(Compartment.SUPPORT)).stream()
                .filter(a -> Objects.equals(a.get("objectiveId"), id)).toList().isEmpty()) {
            throw new RefusedException("OBJECTIVE_HAS_ACTIONS", "the objective still has actions: delete them first");
        }
        records.delete(e, scope.ref().id(), id, version, scope.actor());
        audit.record(scope.actor(), AuditEvent.of("CASE_RECORD_DELETED", "case", scope.ref().code())
                .withDetail("compartment=" + current.compartment() + " record=" + e.name + " id=" + id));
    }

    /** The current version of a record (a singleton's when {@code id} is ignored). */
    int version(EntitySpec e, CaseRef ref, long id) {
        return records.currentVersion(e, ref.id(), e.singleton ? ref.id() : id);
    }

    private Compartment compartmentFor(CaseScope scope, EntitySpec e, Compartment chosen) {
        if (!e.perRowCompartment()) return e.compartment;
        if (chosen == null) throw new InvalidInputException("compartment", "is required: choose one you may write ("
                + scope.writable().stream().map(Enum::name).collect(Collectors.joining(", ")) + ")");
        return chosen;
    }

    private void requireAuthorForNotes(CaseScope scope, EntitySpec e, CaseRecords.Row current) {
        if (e == CaseModel.NOTES && !scope.system() && !Objects.equals(current.createdBy(), scope.actor().username())) {
            throw new AccessDeniedException("only the author of a note may change it");
        }
    }

    private void refuseCreateOnlyAndHolderOnly(CaseScope scope, EntitySpec e, Map<String, Object> values, CaseRecords.Row current,
                                               List<FieldProblem> problems) {
        for (FieldSpec f : e.fields) {
            if (!values.containsKey(f.name)) continue;
            boolean same = Objects.equals(FieldValues.canonical(f.type, values.get(f.name)), FieldValues.canonical(f.type, current.get(f.name)));
            if (f.createOnly && !same) problems.add(new FieldProblem(f.name, "cannot be changed once recorded"));
            if (f.holderOnly && !same && !scope.holder() && !scope.system()) {
                problems.add(new FieldProblem(f.name, "only the holding centre may change it"));
            }
            if (same && (f.createOnly || (f.holderOnly && !scope.holder() && !scope.system()))) values.remove(f.name);
        }
    }

    /** Rules across the fields of one record of a list, and against the rest of the case. */
    private void checkRecord(CaseScope scope, EntitySpec e, Map<String, Object> v, List<FieldProblem> problems) {
        long caseId = scope.ref().id();
        if (e == CaseModel.PLACES) {
            CaseState.Context ctx = state.context(caseId);
            CaseChecks.place((LocalDate) v.get("dateFrom"), (LocalDate) v.get("dateTo"), ctx.birthDate(), ctx.birthYear(), problems);
        } else if (e == CaseModel.PHONES) {
            String p = (String) v.get("phone");
            if (p != null && !p.matches(CaseFiles.PHONE)) problems.add(new FieldProblem("phone", "is not a phone number"));
        } else if (e == CaseModel.OBJECTIVES) {
            CaseChecks.order("startDate", (LocalDate) v.get("startDate"), "plannedEndDate", (LocalDate) v.get("plannedEndDate"), problems);
            CaseChecks.order("startDate", (LocalDate) v.get("startDate"), "actualEndDate", (LocalDate) v.get("actualEndDate"), problems);
        } else if (e == CaseModel.ACTIONS) {
            Object objective = v.get("objectiveId");
            if (objective != null && records.find(CaseModel.OBJECTIVES, caseId, (Long) objective).isEmpty()) {
                problems.add(new FieldProblem("objectiveId", "is not an objective of this case's support plan"));
            }
        } else if (e == CaseModel.TASKS) {
            String owner = (String) v.get("owner");
            if (owner != null) {
                UserAccount u = accounts.byUsername(owner).orElse(null);
                if (u == null || !u.active() || (!scope.system() && u.organisationId() != scope.actor().organisationId())) {
                    problems.add(new FieldProblem("owner", "'" + owner + "' is not an active user of your organisation"));
                }
            }
        }
    }

    private static String fields(List<CaseHistory.Change> changes) {
        return changes.stream().map(CaseHistory.Change::field).distinct().collect(Collectors.joining(","));
    }
}
