package be.ariadne.exchange;

import java.util.List;
import java.util.Optional;

/**
 * One data row of an HTCDS CSV file as read: either a valid {@link HtcdsRecord}, or every problem
 * found in it. The raw values are kept so that a rejected row can be written out again
 * ({@link HtcdsRejectedRowsWriter}).
 */
public final class HtcdsRow {

    private final long line;
    private final HtcdsRecord record;
    private final List<HtcdsProblem> problems;
    private final List<String> values;

    HtcdsRow(long line, HtcdsRecord record, List<HtcdsProblem> problems, List<String> values) {
        this.line = line;
        this.record = record;
        this.problems = List.copyOf(problems);
        this.values = values;
    }

    /** Physical line the row starts on (the header is line 1). */
    public long line() {
        return line;
    }

    public boolean isValid() {
        return record != null;
    }

    /** The case, when the row has no problem. */
    public Optional<HtcdsRecord> record() {
        return Optional.ofNullable(record);
    }

    /**
     * Every problem of the row (quoting and encoding first, then each value in the file's column
     * order, then checks across columns); empty for a valid row.
     */
    public List<HtcdsProblem> problems() {
        return problems;
    }

    /**
     * The row's values as in the file, in the file's column order (malformed UTF-8 bytes replaced
     * by U+FFFD).
     */
    public List<String> values() {
        return values;
    }

    @Override
    public String toString() {
        return "HtcdsRow[line " + line + (record != null ? ", valid" : ", " + problems) + "]";
    }
}
