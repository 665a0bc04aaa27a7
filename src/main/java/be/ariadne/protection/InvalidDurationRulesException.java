package be.ariadne.protection;

import java.util.List;

/** The durations data file is not valid; {@link #problems()} names each problem with its place in the file. */
public final class InvalidDurationRulesException extends RuntimeException {

    private final List<String> problems;

    InvalidDurationRulesException(String source, List<String> problems) {
        super("invalid duration rules in " + source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as "where: what", e.g. {@code ruleSets[1].minor.aCard: missing}. */
    public List<String> problems() {
        return problems;
    }
}
