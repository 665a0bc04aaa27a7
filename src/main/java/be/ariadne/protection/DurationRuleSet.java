package be.ariadne.protection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of the durations, in force from {@code effectiveFrom} until the day before the
 * next rule set's {@code effectiveFrom}.
 *
 * @param id            stable id, stored with every event computed with it
 * @param effectiveFrom first day (event date) it applies to
 * @param note          where the figures come from and what is uncertain; may be empty
 * @param adult         durations for everyone else
 * @param minor         durations for a presumed unaccompanied foreign minor
 */
public record DurationRuleSet(String id, LocalDate effectiveFrom, String note, Durations adult, Durations minor) {

    public DurationRuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        note = note == null ? "" : note;
        Objects.requireNonNull(adult, "adult");
        Objects.requireNonNull(minor, "minor");
    }

    /** The durations for this case: the minors' ones when {@code minor} is true. */
    public Durations durationsFor(boolean isMinor) {
        return isMinor ? minor : adult;
    }
}
