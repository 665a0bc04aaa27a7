package be.ariadne.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which documents expire soon ({@code GET /api/v1/procedure/deadlines?within=14}) and which
 * have already expired. Only documents with an end date count: no document before the
 * procedure starts or after it ends, and the B card is unlimited. Results are sorted soonest
 * (earliest {@code validUntil}) first, then by case code so the order is stable.
 */
public final class Deadlines {

    private static final Comparator<Deadline> SOONEST_FIRST =
            Comparator.comparing(Deadline::validUntil).thenComparing(Deadline::caseCode);

    private Deadlines() {
    }

    /**
     * The contract's list: documents whose last valid day falls within
     * [{@code today}, {@code today + withinDays}], both ends included. Expired documents are not in
     * it; see {@link #overdue}.
     *
     * @param states     the state of each case the caller may see, by case code
     * @throws IllegalArgumentException when {@code withinDays} is negative
     */
    public static List<Deadline> within(Map<String, ProcedureState> states, LocalDate today, int withinDays) {
        requireNonNegative(withinDays);
        return collect(states, today, today, today.plusDays(withinDays));
    }

    /** Documents whose last valid day is before {@code today} (expired, nothing recorded since), flagged overdue. */
    public static List<Deadline> overdue(Map<String, ProcedureState> states, LocalDate today) {
        return collect(states, today, LocalDate.MIN, today.minusDays(1));
    }

    /**
     * What the case workers need to see: the overdue documents, then those within the window,
     * in one list sorted soonest first (overdue ones therefore come first).
     */
    public static List<Deadline> overdueAndWithin(Map<String, ProcedureState> states, LocalDate today,
                                                  int withinDays) {
        requireNonNegative(withinDays);
        return collect(states, today, LocalDate.MIN, today.plusDays(withinDays));
    }

    private static List<Deadline> collect(Map<String, ProcedureState> states, LocalDate today, LocalDate from,
                                          LocalDate to) {
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(today, "today");
        List<Deadline> deadlines = new ArrayList<>();
        states.forEach((caseCode, state) -> {
            if (state.validUntil().isEmpty()) {
                return;
            }
            LocalDate validUntil = state.validUntil().get();
            if (!validUntil.isBefore(from) && !validUntil.isAfter(to)) {
                deadlines.add(new Deadline(caseCode, state.phase(), state.document().orElseThrow(), validUntil,
                        validUntil.isBefore(today)));
            }
        });
        deadlines.sort(SOONEST_FIRST);
        return deadlines;
    }

    private static void requireNonNegative(int withinDays) {
        if (withinDays < 0) {
            throw new IllegalArgumentException("withinDays must not be negative, was " + withinDays);
        }
    }
}
