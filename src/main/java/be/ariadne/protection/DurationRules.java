package be.ariadne.protection;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The versioned durations of the procedure and the reminder offsets, as loaded from
 * {@code protection/durations.json}. Rule sets are ordered by {@code effectiveFrom}; the one
 * in force on an event's date computes that event's validity.
 */
public final class DurationRules {

    /** Classpath location of the default data file. */
    public static final String DEFAULT_RESOURCE = "protection/durations.json";

    private final List<DurationRuleSet> ruleSets;
    private final List<Period> reminderOffsets;
    private final String note;

    DurationRules(List<DurationRuleSet> ruleSets, List<Period> reminderOffsets, String note) {
        if (ruleSets.isEmpty()) {
            throw new IllegalArgumentException("at least one rule set is needed");
        }
        this.ruleSets = ruleSets.stream().sorted(Comparator.comparing(DurationRuleSet::effectiveFrom)).toList();
        for (int i = 1; i < this.ruleSets.size(); i++) {
            if (this.ruleSets.get(i).effectiveFrom().equals(this.ruleSets.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two rule sets take effect on " + this.ruleSets.get(i).effectiveFrom());
            }
        }
        this.reminderOffsets = List.copyOf(reminderOffsets);
        this.note = note == null ? "" : note;
    }

    /** The rules in {@code protection/durations.json} on the classpath. */
    public static DurationRules loadDefault() {
        return DurationRulesLoader.fromClasspath(DEFAULT_RESOURCE);
    }

    /**
     * Parses and validates a durations data file.
     *
     * @param source a name for the file, used in error messages
     * @throws InvalidDurationRulesException naming every problem found
     */
    public static DurationRules fromJson(String json, String source) {
        return DurationRulesLoader.parse(json, source);
    }

    /** All rule sets, oldest first. */
    public List<DurationRuleSet> ruleSets() {
        return ruleSets;
    }

    /** The rule set in force on {@code date}: the latest one effective on or before it. */
    public Optional<DurationRuleSet> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DurationRuleSet found = null;
        for (DurationRuleSet set : ruleSets) {
            if (set.effectiveFrom().isAfter(date)) {
                break;
            }
            found = set;
        }
        return Optional.ofNullable(found);
    }

    /** How long before a document's last valid day its reminders fall, in file order. */
    public List<Period> reminderOffsets() {
        return reminderOffsets;
    }

    /** The file's note (sources and uncertainties). */
    public String note() {
        return note;
    }
}
