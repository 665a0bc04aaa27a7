package be.ariadne.casefile;

import be.ariadne.shared.RefusedException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of a case's stage, status and their transitions. Plain Java: "today" is a parameter.
 * <ul>
 *   <li>a case moves forward any number of stages; a move back is a correction and needs a reason;</li>
 *   <li>a transition's date may not be before the previous transition's date, before the
 *       registration date, nor in the future;</li>
 *   <li>a closed case accepts no transition until it is reopened; closing needs a reason code
 *       (whose list says whether it ends as {@code CLOSED} or {@code CLOSED_REFERRED}); reopening
 *       needs a reason.</li>
 * </ul>
 * Every refusal is a {@link RefusedException} whose rule is one of the constants below.
 */
final class StageRules {
    static final String CASE_CLOSED = "CASE_CLOSED";
    static final String SAME_STAGE = "SAME_STAGE";
    static final String CORRECTION_NEEDS_REASON = "CORRECTION_NEEDS_REASON";
    static final String DATE_BEFORE_PREVIOUS_TRANSITION = "DATE_BEFORE_PREVIOUS_TRANSITION";
    static final String DATE_BEFORE_REGISTRATION = "DATE_BEFORE_REGISTRATION";
    static final String DATE_IN_FUTURE = "DATE_IN_FUTURE";
    static final String CLOSE_NEEDS_REASON = "CLOSE_NEEDS_REASON";
    static final String ALREADY_CLOSED = "ALREADY_CLOSED";
    static final String NOT_CLOSED = "NOT_CLOSED";
    static final String REOPEN_NEEDS_REASON = "REOPEN_NEEDS_REASON";

    /** What a transition is. */
    enum Kind { OPENED, FORWARD, CORRECTION, CLOSE, REOPEN }

    /** Where a case stands: the stage and the date it was reached, the status, the registration date. */
    record State(Stage stage, LocalDate stageDate, LocalDate registrationDate, CaseStatus status) {
        State {
            if (stage == null || stageDate == null || registrationDate == null || status == null) {
                throw new IllegalArgumentException("state needs stage, stage date, registration date and status");
            }
        }
    }

    /** An accepted transition and the state it leads to. */
    record Transition(Kind kind, Stage from, Stage to, LocalDate date, String reason, CaseStatus status) {
        State apply(State s) {
            return new State(to, date, s.registrationDate(), status);
        }
    }

    private StageRules() {
    }

    /** The first transition of a case: it enters {@code stage} on its registration date. */
    static Transition open(Stage stage, LocalDate registrationDate) {
        return new Transition(Kind.OPENED, null, stage == null ? Stage.DETECTION : stage, registrationDate, null, CaseStatus.ACTIVE);
    }

    /** A move to another stage, forward, or back as a correction with a reason. */
    static Transition move(State s, Stage to, LocalDate date, String reason, LocalDate today) {
        if (s.status().closed()) throw new RefusedException(CASE_CLOSED, "the case is closed: reopen it before moving it to another stage");
        if (to == s.stage()) throw new RefusedException(SAME_STAGE, "to: the case is already at stage " + to);
        boolean back = to.ordinal() < s.stage().ordinal();
        if (back && blank(reason)) {
            throw new RefusedException(CORRECTION_NEEDS_REASON,
                    "reason: moving back from " + s.stage() + " to " + to + " is a correction and needs a reason");
        }
        checkDate(s, date, today);
        return new Transition(back ? Kind.CORRECTION : Kind.FORWARD, s.stage(), to, date, blank(reason) ? null : reason.strip(), s.status());
    }

    /** Closing: the status comes from the reason code ({@code CLOSED} or {@code CLOSED_REFERRED}). */
    static Transition close(State s, LocalDate date, String reasonCode, CaseStatus closedStatus, LocalDate today) {
        if (s.status().closed()) throw new RefusedException(ALREADY_CLOSED, "the case is already closed");
        if (blank(reasonCode) || closedStatus == null) throw new RefusedException(CLOSE_NEEDS_REASON, "reason: closing a case needs a reason");
        if (!closedStatus.closed()) throw new IllegalArgumentException("a close reason must lead to a closed status");
        checkDate(s, date, today);
        return new Transition(Kind.CLOSE, s.stage(), s.stage(), date, reasonCode, closedStatus);
    }

    /** Reopening a closed case: it becomes active again at the stage it had. */
    static Transition reopen(State s, LocalDate date, String reason, LocalDate today) {
        if (!s.status().closed()) throw new RefusedException(NOT_CLOSED, "the case is not closed");
        if (blank(reason)) throw new RefusedException(REOPEN_NEEDS_REASON, "reason: reopening a case needs a reason");
        checkDate(s, date, today);
        return new Transition(Kind.REOPEN, s.stage(), s.stage(), date, reason.strip(), CaseStatus.ACTIVE);
    }

    /**
     * The compartments whose WRITE access allows this move: CASE_SUMMARY always; for a forward
     * move, also the compartment owning the target stage; for a correction, the owner of both the
     * current and the target stage (a partner may only undo a move within its own part).
     */
    static Set<Compartment> movers(Stage from, Stage to) {
        Set<Compartment> out = EnumSet.of(Compartment.CASE_SUMMARY);
        boolean back = to.ordinal() < from.ordinal();
        if (!back || from.owner() == to.owner()) out.add(to.owner());
        return out;
    }

    private static void checkDate(State s, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) throw new RefusedException(DATE_IN_FUTURE, "date: " + date + " is in the future");
        if (date.isBefore(s.registrationDate())) {
            throw new RefusedException(DATE_BEFORE_REGISTRATION, "date: " + date + " is before the registration date " + s.registrationDate());
        }
        if (date.isBefore(s.stageDate())) {
            throw new RefusedException(DATE_BEFORE_PREVIOUS_TRANSITION,
                    "date: " + date + " is before the previous transition (" + s.stageDate() + ")");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
