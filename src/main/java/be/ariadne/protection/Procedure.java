package be.ariadne.protection;

import static be.ariadne.protection.ProcedurePhase.A_CARD;
import static be.ariadne.protection.ProcedurePhase.ENDED;
import static be.ariadne.protection.ProcedurePhase.NOT_STARTED;
import static be.ariadne.protection.ProcedurePhase.PERMANENT;
import static be.ariadne.protection.ProcedurePhase.REFLECTION_PERIOD;
import static be.ariadne.protection.ProcedurePhase.REGISTRATION_CERTIFICATE;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import be.ariadne.protection.RecordResult.Accepted;
import be.ariadne.protection.RecordResult.Refused;

/**
 * The rules of the victim-status procedure (contract {@code procedure.md}): which event may
 * follow which state, and what it does.
 *
 * <p>Pure functions. A refused event changes nothing (states are immutable). Each accepted
 * event is stored with the rule set id and the {@code validUntil} it produced, and
 * {@link #replay} takes those stored dates rather than recomputing them, so changing the
 * duration rules never rewrites the past.
 */
public final class Procedure {

    /** The phases in which each event type is allowed (before the other checks). */
    private static final Map<ProcedureEventType, Set<ProcedurePhase>> ALLOWED_IN;

    static {
        Map<ProcedureEventType, Set<ProcedurePhase>> allowed = new EnumMap<>(ProcedureEventType.class);
        allowed.put(ProcedureEventType.REFLECTION_PERIOD_GRANTED, EnumSet.of(NOT_STARTED));
        // A complaint already made skips the reflection period.
        allowed.put(ProcedureEventType.STATEMENT_MADE, EnumSet.of(NOT_STARTED, REFLECTION_PERIOD));
        allowed.put(ProcedureEventType.REGISTRATION_CERTIFICATE_EXTENDED, EnumSet.of(REGISTRATION_CERTIFICATE));
        allowed.put(ProcedureEventType.CONDITION_MET,
                EnumSet.of(NOT_STARTED, REFLECTION_PERIOD, REGISTRATION_CERTIFICATE, A_CARD, PERMANENT));
        allowed.put(ProcedureEventType.VICTIM_CONFIRMED, EnumSet.of(REGISTRATION_CERTIFICATE));
        allowed.put(ProcedureEventType.A_CARD_RENEWED, EnumSet.of(A_CARD));
        allowed.put(ProcedureEventType.PERMANENT_STAY_GRANTED, EnumSet.of(A_CARD));
        allowed.put(ProcedureEventType.STATUS_ENDED,
                EnumSet.of(REFLECTION_PERIOD, REGISTRATION_CERTIFICATE, A_CARD, PERMANENT));
        ALLOWED_IN = Collections.unmodifiableMap(allowed);
    }

    /** How many times a registration certificate can be extended (contract: once only). */
    static final int MAX_REGISTRATION_CERTIFICATE_EXTENSIONS = 1;

    private Procedure() {
    }

    /** The event types allowed in {@code phase} as far as the phase goes (dates and conditions are checked on recording). */
    public static Set<ProcedureEventType> eventsAllowedIn(ProcedurePhase phase) {
        Objects.requireNonNull(phase, "phase");
        Set<ProcedureEventType> types = EnumSet.noneOf(ProcedureEventType.class);
        ALLOWED_IN.forEach((type, phases) -> {
            if (phases.contains(phase)) {
                types.add(type);
            }
        });
        return Collections.unmodifiableSet(types);
    }

    /**
     * Decides one event.
     *
     * @param state the case's current state
     * @param event the event to record
     * @param rules the duration rules; the rule set in force on the event's date applies
     * @param minor whether the case is, on the event's date, a presumed unaccompanied minor
     *              (see {@link MinorPresumption}); it selects the minors' durations
     * @return the new state and the event as recorded, or the rule that refused it
     */
    public static RecordResult record(ProcedureState state, ProcedureEvent event, DurationRules rules, boolean minor) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(rules, "rules");
        Optional<Refused> refusal = check(state, event);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        DurationKind kind = durationOf(event.type());
        String ruleSetId = null;
        LocalDate validUntil;
        if (kind != null) {
            Optional<DurationRuleSet> ruleSet = rules.inForceOn(event.date());
            if (ruleSet.isEmpty()) {
                return new Refused(RefusalRule.NO_RULE_SET_IN_FORCE, "No duration rule set is in force on "
                        + event.date() + " (the earliest takes effect on " + rules.ruleSets().get(0).effectiveFrom()
                        + "), so the validity of " + event.type() + " cannot be computed.");
            }
            Period duration = ruleSet.get().durationsFor(minor).of(kind);
            LocalDate from = extendsCurrentDocument(event.type()) ? state.validUntil().orElseThrow() : event.date();
            validUntil = from.plus(duration);
            ruleSetId = ruleSet.get().id();
        } else {
            validUntil = keepsValidity(event.type()) ? state.validUntil().orElse(null) : null;
        }
        RecordedEvent recorded = new RecordedEvent(event, minor, ruleSetId, validUntil);
        return new Accepted(apply(state, recorded), recorded);
    }

    /**
     * Rebuilds a state from a stored history, oldest first, starting from
     * {@link ProcedureState#notStarted()}. Every event is checked again against the rules of
     * the procedure, but its {@code validUntil} is taken as recorded, never recomputed.
     *
     * @throws InconsistentHistoryException when an event breaks a rule or carries an impossible validity
     */
    public static ProcedureState replay(List<RecordedEvent> history) {
        Objects.requireNonNull(history, "history");
        ProcedureState state = ProcedureState.notStarted();
        for (int i = 0; i < history.size(); i++) {
            RecordedEvent recorded = Objects.requireNonNull(history.get(i), "history event");
            Optional<Refused> refusal = check(state, recorded.event());
            if (refusal.isPresent()) {
                throw new InconsistentHistoryException(i, recorded,
                        refusal.get().rule() + ": " + refusal.get().message());
            }
            String problem = validityProblem(state, recorded);
            if (problem != null) {
                throw new InconsistentHistoryException(i, recorded, problem);
            }
            state = apply(state, recorded);
        }
        return state;
    }

    /** The rules that can refuse an event, in the order they are checked; empty when the event is allowed. */
    private static Optional<Refused> check(ProcedureState state, ProcedureEvent event) {
        ProcedurePhase phase = state.phase();
        if (phase == ENDED) {
            return refuse(RefusalRule.ALREADY_ENDED, "The procedure ended on " + state.lastEvent().orElseThrow().date()
                    + " (" + state.endReason().orElseThrow() + "); no event, " + event.type()
                    + " included, can be recorded in phase ENDED.");
        }
        Optional<RecordedEvent> last = state.lastEvent();
        if (last.isPresent() && event.date().isBefore(last.get().date())) {
            return refuse(RefusalRule.EVENT_BEFORE_PREVIOUS, event.type() + " is dated " + event.date()
                    + ", before the previous event (" + last.get().type() + " on " + last.get().date()
                    + "); events must be recorded in date order.");
        }
        Set<ProcedurePhase> allowed = ALLOWED_IN.get(event.type());
        if (!allowed.contains(phase)) {
            return refuse(RefusalRule.WRONG_PHASE, event.type() + " is not allowed in phase " + phase
                    + "; it is allowed only in " + describe(allowed) + ".");
        }
        if (event.type() == ProcedureEventType.REGISTRATION_CERTIFICATE_EXTENDED
                && state.extensionsUsed() >= MAX_REGISTRATION_CERTIFICATE_EXTENSIONS) {
            return refuse(RefusalRule.SECOND_EXTENSION, "The REGISTRATION_CERTIFICATE was already extended "
                    + "(valid until " + state.validUntil().orElseThrow() + "); it can be extended only once.");
        }
        if (event.type() == ProcedureEventType.VICTIM_CONFIRMED) {
            List<Condition> missing = new ArrayList<>();
            for (Condition condition : Condition.values()) {
                if (!state.isMet(condition)) {
                    missing.add(condition);
                }
            }
            if (!missing.isEmpty()) {
                return refuse(RefusalRule.CONDITIONS_NOT_MET, "VICTIM_CONFIRMED requires all three conditions "
                        + "(BREAK_CONTACT, ACCEPT_SUPPORT, COOPERATE); not met yet: "
                        + missing.stream().map(Enum::name).collect(Collectors.joining(", ")) + ".");
            }
        }
        return Optional.empty();
    }

    /** The state after an accepted event; {@code recorded.validUntil()} is already decided. */
    private static ProcedureState apply(ProcedureState state, RecordedEvent recorded) {
        ProcedureEvent event = recorded.event();
        LocalDate date = event.date();
        LocalDate validUntil = recorded.validUntil();
        Map<Condition, LocalDate> conditions = state.conditions();
        switch (event.type()) {
            case REFLECTION_PERIOD_GRANTED:
                return state.with(REFLECTION_PERIOD, ResidenceDocument.ANNEX_15, date, validUntil, 0, conditions,
                        null, recorded);
            case STATEMENT_MADE:
                // Making statements is cooperating with justice.
                return state.with(REGISTRATION_CERTIFICATE, ResidenceDocument.REGISTRATION_CERTIFICATE, date,
                        validUntil, 0, met(conditions, Condition.COOPERATE, date), null, recorded);
            case REGISTRATION_CERTIFICATE_EXTENDED:
            case A_CARD_RENEWED:
                return state.with(state.phase(), state.document().orElseThrow(), state.validFrom().orElseThrow(),
                        validUntil, state.extensionsUsed() + 1, conditions, null, recorded);
            case CONDITION_MET:
                return state.with(state.phase(), state.document().orElse(null), state.validFrom().orElse(null),
                        state.validUntil().orElse(null), state.extensionsUsed(),
                        met(conditions, event.condition(), date), null, recorded);
            case VICTIM_CONFIRMED:
                return state.with(A_CARD, ResidenceDocument.A_CARD, date, validUntil, 0, conditions, null, recorded);
            case PERMANENT_STAY_GRANTED:
                return state.with(PERMANENT, ResidenceDocument.B_CARD, date, null, 0, conditions, null, recorded);
            case STATUS_ENDED:
                return state.with(ENDED, null, null, null, 0, conditions, event.reason(), recorded);
            default:
                throw new IllegalStateException("unhandled event type " + event.type());
        }
    }

    /** Why a stored {@code validUntil} cannot follow {@code state}, or {@code null} when it can. */
    private static String validityProblem(ProcedureState state, RecordedEvent recorded) {
        ProcedureEventType type = recorded.type();
        LocalDate validUntil = recorded.validUntil();
        if (durationOf(type) != null) {
            if (validUntil == null) {
                return "validUntil is missing";
            }
            LocalDate notBefore = extendsCurrentDocument(type) ? state.validUntil().orElseThrow() : recorded.date();
            if (!validUntil.isAfter(notBefore)) {
                return "validUntil " + validUntil + " is not after " + notBefore;
            }
            return null;
        }
        LocalDate expected = keepsValidity(type) ? state.validUntil().orElse(null) : null;
        return Objects.equals(expected, validUntil) ? null
                : "validUntil is " + validUntil + " but " + type + " leaves it " + expected;
    }

    /** The duration an event computes, or {@code null} when it computes none. */
    private static DurationKind durationOf(ProcedureEventType type) {
        switch (type) {
            case REFLECTION_PERIOD_GRANTED:
                return DurationKind.REFLECTION_PERIOD;
            case STATEMENT_MADE:
                return DurationKind.REGISTRATION_CERTIFICATE;
            case REGISTRATION_CERTIFICATE_EXTENDED:
                return DurationKind.REGISTRATION_CERTIFICATE_EXTENSION;
            case VICTIM_CONFIRMED:
                return DurationKind.A_CARD;
            case A_CARD_RENEWED:
                return DurationKind.A_CARD_RENEWAL;
            default:
                return null;
        }
    }

    /** Extensions and renewals count from the current last valid day, not from the event's date. */
    private static boolean extendsCurrentDocument(ProcedureEventType type) {
        return type == ProcedureEventType.REGISTRATION_CERTIFICATE_EXTENDED
                || type == ProcedureEventType.A_CARD_RENEWED;
    }

    /** Events that leave the document and its validity as they are. */
    private static boolean keepsValidity(ProcedureEventType type) {
        return type == ProcedureEventType.CONDITION_MET;
    }

    /** The first day a condition was met is kept. */
    private static Map<Condition, LocalDate> met(Map<Condition, LocalDate> conditions, Condition condition,
                                                 LocalDate date) {
        if (conditions.containsKey(condition)) {
            return conditions;
        }
        Map<Condition, LocalDate> updated = new EnumMap<>(Condition.class);
        updated.putAll(conditions);
        updated.put(condition, date);
        return updated;
    }

    private static Optional<Refused> refuse(RefusalRule rule, String message) {
        return Optional.of(new Refused(rule, message));
    }

    private static String describe(Set<ProcedurePhase> phases) {
        List<String> names = phases.stream().map(Enum::name).collect(Collectors.toList());
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
