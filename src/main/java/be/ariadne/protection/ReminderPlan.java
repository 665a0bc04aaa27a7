package be.ariadne.protection;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When to remind the case workers that a document expires (by default 14 and 3 days before
 * its last valid day; the offsets come from {@code protection/durations.json}).
 *
 * <p>Stateless, so a scheduler can run it at any time: it passes the keys of the reminders it
 * already sent, sends what {@link #toSend} returns and stores their {@link Reminder#key()}.
 * After downtime it catches up with one reminder per document, the most recent one due, so a
 * person is not sent a "14 days left" message when 3 days are left.
 */
public final class ReminderPlan {

    private static final Comparator<Reminder> BY_DUE_DATE = Comparator.comparing(Reminder::dueOn)
            .thenComparing(Reminder::caseCode).thenComparing(r -> r.offset().toString());

    private final List<Period> offsets;

    /** @throws IllegalArgumentException when an offset is negative or repeated */
    public ReminderPlan(List<Period> offsets) {
        Set<Period> seen = new HashSet<>();
        for (Period offset : offsets) {
            Objects.requireNonNull(offset, "offset");
            if (offset.isNegative() || offset.getYears() < 0 || offset.getMonths() < 0 || offset.getDays() < 0) {
                throw new IllegalArgumentException("reminder offset must not be negative, was " + offset);
            }
            if (!seen.add(offset)) {
                throw new IllegalArgumentException("reminder offset " + offset + " is repeated");
            }
        }
        this.offsets = List.copyOf(offsets);
    }

    /** The plan with the offsets of the data file. */
    public static ReminderPlan from(DurationRules rules) {
        return new ReminderPlan(rules.reminderOffsets());
    }

    public List<Period> offsets() {
        return offsets;
    }

    /** Every reminder for the case's current document, earliest first; none when it has no end date. */
    public List<Reminder> remindersFor(String caseCode, ProcedureState state) {
        Objects.requireNonNull(caseCode, "caseCode");
        if (state.validUntil().isEmpty()) {
            return List.of();
        }
        LocalDate validUntil = state.validUntil().get();
        ResidenceDocument document = state.document().orElseThrow();
        List<Reminder> reminders = new ArrayList<>();
        for (Period offset : offsets) {
            reminders.add(new Reminder(caseCode, document, validUntil, offset, validUntil.minus(offset)));
        }
        reminders.sort(BY_DUE_DATE);
        return reminders;
    }

    /**
     * The reminders to send on {@code today}: for each case whose document is still valid
     * ({@code today <= validUntil}), the most recent reminder due on or before today, unless its
     * key is in {@code alreadySent}. Expired documents get no reminder; they are in
     * {@link Deadlines#overdue}.
     */
    public List<Reminder> toSend(Map<String, ProcedureState> states, LocalDate today, Set<String> alreadySent) {
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(alreadySent, "alreadySent");
        List<Reminder> due = new ArrayList<>();
        states.forEach((caseCode, state) -> {
            if (state.validUntil().isEmpty() || state.isExpiredOn(today)) {
                return;
            }
            Reminder latest = null;
            for (Reminder reminder : remindersFor(caseCode, state)) {
                if (!reminder.dueOn().isAfter(today)) {
                    latest = reminder;
                }
            }
            if (latest != null && !alreadySent.contains(latest.key())) {
                due.add(latest);
            }
        });
        due.sort(BY_DUE_DATE);
        return due;
    }
}
