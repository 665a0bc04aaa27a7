package be.ariadne.protection;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One complete set of durations (for adults, or for presumed unaccompanied minors). */
public final class Durations {

    private final Map<DurationKind, Period> periods;

    /** @throws IllegalArgumentException when a duration is missing, zero or negative */
    public Durations(Map<DurationKind, Period> periods) {
        EnumMap<DurationKind, Period> copy = new EnumMap<>(DurationKind.class);
        for (DurationKind kind : DurationKind.values()) {
            Period period = periods.get(kind);
            if (period == null) {
                throw new IllegalArgumentException("duration " + kind.key() + " is missing");
            }
            if (!isPositive(period)) {
                throw new IllegalArgumentException("duration " + kind.key() + " must be positive, was " + period);
            }
            copy.put(kind, period);
        }
        this.periods = copy;
    }

    /** The duration of this kind. */
    public Period of(DurationKind kind) {
        return periods.get(Objects.requireNonNull(kind, "kind"));
    }

    /** No negative part and not zero: adding it always moves a date forward. */
    static boolean isPositive(Period period) {
        return !period.isNegative() && period.getYears() >= 0 && period.getMonths() >= 0 && period.getDays() >= 0
                && !period.isZero();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Durations && periods.equals(((Durations) other).periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    @Override
    public String toString() {
        return periods.toString();
    }
}
