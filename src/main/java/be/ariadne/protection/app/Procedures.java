package be.ariadne.protection.app;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.casefile.Access;
import be.ariadne.casefile.CaseGuard;
import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.Compartment;
import be.ariadne.casefile.ResidenceSupport;
import be.ariadne.protection.Deadline;
import be.ariadne.protection.Deadlines;
import be.ariadne.protection.DurationRuleSet;
import be.ariadne.protection.DurationRules;
import be.ariadne.protection.EventRequestProblem;
import be.ariadne.protection.MinorPresumption;
import be.ariadne.protection.ParsedEventRequest;
import be.ariadne.protection.Procedure;
import be.ariadne.protection.ProcedureEvent;
import be.ariadne.protection.ProcedureEventType;
import be.ariadne.protection.ProcedureState;
import be.ariadne.protection.RecordResult;
import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.RefusedException;
import be.ariadne.shared.StaleVersionException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedure of a case as the contract ({@code procedure.md}) exposes it: reading the state,
 * recording an event (access through {@link CaseGuard} on RESIDENCE, then the recording rights,
 * then the rules of {@link Procedure}; a refused event changes nothing), and the deadlines of the
 * cases the caller may see.
 */
@Service
public class Procedures {
    /** Longest window of the deadlines list, in days. */
    public static final int MAX_WITHIN = 366;

    private final CaseGuard guard;
    private final ResidenceSupport residence;
    private final ProcedureStore store;
    private final DurationRules rules;
    private final RecordingRights rights;
    private final AuditLog audit;
    private final Clock clock;

    Procedures(CaseGuard guard, ResidenceSupport residence, ProcedureStore store, DurationRules rules, RecordingRights rights,
               AuditLog audit, Clock clock) {
        this.guard = guard;
        this.residence = residence;
        this.store = store;
        this.rules = rules;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock;
    }

    /** A case's procedure as read: the state and the version to name when recording. */
    public record View(CaseRef ref, ProcedureState state, int version) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public DurationRules rules() {
        return rules;
    }

    /** The state of a case's procedure, for a caller who may read its RESIDENCE compartment (404 / 403 otherwise). */
    @Transactional // not read-only: the read is audited
    public View read(String caseCode) {
        CaseRef ref = guard.require(caseCode, Compartment.RESIDENCE, Access.READ);
        ProcedureStore.Stored stored = store.load(ref.id());
        audit.record(actor(), AuditEvent.of("PROCEDURE_READ", "case", ref.code()));
        return new View(ref, stored.state(), stored.version());
    }

    /** The state for a part of the case overview: the caller's access was checked by the case file. */
    @Transactional(readOnly = true)
    public View readChecked(CaseRef ref) {
        ProcedureStore.Stored stored = store.load(ref.id());
        return new View(ref, stored.state(), stored.version());
    }

    /**
     * Records an event from a request body (JSON text).
     *
     * @param expectedVersion the version the caller read, or {@code null} to record on the current state
     * @throws InvalidInputException a malformed body (400), every problem named by field
     * @throws AccessDeniedException the caller may not write RESIDENCE or record this type (403)
     * @throws RefusedException      the rules refuse the event now (409, {@code rule})
     * @throws StaleVersionException the procedure changed since {@code expectedVersion} (409)
     */
    @Transactional(noRollbackFor = {RefusedException.class, RecordingNotAllowedException.class})
    public View record(String caseCode, String body, Integer expectedVersion) {
        CaseRef ref = guard.require(caseCode, Compartment.RESIDENCE, Access.WRITE);
        ParsedEventRequest parsed = be.ariadne.protection.ProcedureJson.parseEventRequest(body);
        if (parsed instanceof ParsedEventRequest.Invalid invalid) {
            List<FieldProblem> problems = new ArrayList<>();
            for (EventRequestProblem p : invalid.problems()) problems.add(new FieldProblem(p.field(), p.message()));
            throw new InvalidInputException(problems);
        }
        return record(ref, ((ParsedEventRequest.Valid) parsed).event(), expectedVersion);
    }

    /** Records a well-formed event (screens, demo data); the caller's WRITE on RESIDENCE is checked here too. */
    @Transactional(noRollbackFor = {RefusedException.class, RecordingNotAllowedException.class})
    public View record(String caseCode, ProcedureEvent event, Integer expectedVersion) {
        CaseRef ref = guard.require(caseCode, Compartment.RESIDENCE, Access.WRITE);
        return record(ref, event, expectedVersion);
    }

    private View record(CaseRef ref, ProcedureEvent event, Integer expectedVersion) {
        Actor actor = actor();
        if (!rights.may(actor, event.type())) {
            audit.record(actor, AuditEvent.of("PROCEDURE_EVENT_REFUSED", "case", ref.code())
                    .withOutcome(AuditEvent.Outcome.DENIED).withDetail("type=" + event.type()));
            throw new RecordingNotAllowedException("Your role does not allow recording " + event.type() + " (allowed: "
                    + (rights.allowed(actor).isEmpty() ? "none" : rights.allowed(actor)) + ").");
        }
        return recordAs(actor, ref, event, expectedVersion);
    }

    /** Records on behalf of the application (demo data): the rules apply, not the rights. */
    @Transactional
    public View recordAsSystem(Actor system, CaseRef ref, ProcedureEvent event) {
        return recordAs(system, ref, event, null);
    }

    private View recordAs(Actor actor, CaseRef ref, ProcedureEvent event, Integer expectedVersion) {
        ProcedureStore.Stored stored = store.load(ref.id());
        if (expectedVersion != null && expectedVersion != stored.version()) {
            throw new StaleVersionException("The procedure of case " + ref.code());
        }
        ProcedureState state = stored.state();
        RecordResult result = Procedure.record(state, event, rules, minorOn(ref, event.date()));
        if (result instanceof RecordResult.Refused refused) {
            audit.record(actor, AuditEvent.of("PROCEDURE_EVENT_REFUSED", "case", ref.code())
                    .withOutcome(AuditEvent.Outcome.FAILURE).withDetail("type=" + event.type() + " rule=" + refused.rule().code()));
            throw new RefusedException(refused.rule().code(), refused.message());
        }
        RecordResult.Accepted accepted = (RecordResult.Accepted) result;
        String inForce = rules.inForceOn(event.date()).map(DurationRuleSet::id).orElse(null);
        int version = store.append(ref, stored.version(), accepted.recordedEvent(), inForce, accepted.newState(), actor);
        audit.record(actor, AuditEvent.of("PROCEDURE_EVENT_RECORDED", "case", ref.code())
                .withDetail("type=" + event.type() + " date=" + event.date()
                        + (accepted.recordedEvent().validUntil() == null ? "" : " validUntil=" + accepted.recordedEvent().validUntil())));
        return new View(ref, accepted.newState(), version);
    }

    /** Whether the minors' durations apply to an event of this case on this day. */
    boolean minorOn(CaseRef ref, LocalDate date) {
        ResidenceSupport.Minority m = residence.minority(ref);
        LocalDate birth = m.birthDate() != null && m.birthDate().isAfter(date) ? null : m.birthDate();
        // The case file does not record whether a minor is accompanied: a presumed minor is treated as unaccompanied.
        return MinorPresumption.appliesOn(date, birth, m.presumedMinor(), true);
    }

    /** The event types the signed-in user may record on this case now (rights, RESIDENCE write and phase). */
    public Set<ProcedureEventType> recordable(CaseRef ref, ProcedureState state) {
        Actor actor = actor();
        if (!guard.may(actor, ref, Compartment.RESIDENCE, Access.WRITE)) return Set.of();
        Set<ProcedureEventType> out = EnumSet.noneOf(ProcedureEventType.class);
        out.addAll(rights.allowed(actor));
        out.retainAll(Procedure.eventsAllowedIn(state.phase()));
        return out;
    }

    /**
     * The deadlines of the cases the caller may read the RESIDENCE of: with {@code overdue}, the
     * expired documents too (first); soonest first.
     */
    @Transactional // not read-only: the listing is audited
    public List<Deadline> deadlines(int withinDays, boolean overdue) {
        if (withinDays < 0 || withinDays > MAX_WITHIN) {
            throw new InvalidInputException("within", "must be a whole number of days from 0 to " + MAX_WITHIN + ", was " + withinDays);
        }
        Actor actor = actor();
        LocalDate today = today();
        Map<String, ProcedureState> states = visibleStates(actor, overdue ? null : today, today.plusDays(withinDays));
        List<Deadline> out = overdue ? Deadlines.overdueAndWithin(states, today, withinDays) : Deadlines.within(states, today, withinDays);
        if (!out.isEmpty()) {
            audit.record(actor, AuditEvent.of("PROCEDURE_DEADLINES_LISTED", "user", actor.username())
                    .withDetail("cases=" + String.join(",", out.stream().map(Deadline::caseCode).distinct().toList())));
        }
        return out;
    }

    private Map<String, ProcedureState> visibleStates(Actor actor, LocalDate from, LocalDate to) {
        Map<String, ProcedureState> states = new LinkedHashMap<>();
        List<ProcedureStore.Row> rows = store.expiringBetween(from, to, null);
        // one access check for the whole list, then only the visible cases' procedures are loaded
        Set<Long> visible = guard.readableAmong(actor, Compartment.RESIDENCE, rows.stream().map(ProcedureStore.Row::caseId).toList());
        for (ProcedureStore.Row row : rows) {
            if (visible.contains(row.caseId())) states.put(row.caseCode(), store.load(row.caseId()).state());
        }
        return states;
    }

    static Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor a) return a;
        throw new AccessDeniedException("sign in first");
    }
}
