package be.ariadne.exchange;

import java.util.List;
import java.util.stream.Collectors;

/** The header row of an HTCDS CSV file cannot be used; no row is read. */
public final class HtcdsHeaderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<HtcdsProblem> problems;

    HtcdsHeaderException(List<HtcdsProblem> problems) {
        super(problems.stream().map(HtcdsProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** Every problem of the header, each {@code line 1: column: problem}. */
    public List<HtcdsProblem> problems() {
        return problems;
    }
}
