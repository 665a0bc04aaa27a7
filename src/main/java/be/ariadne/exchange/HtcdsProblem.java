package be.ariadne.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in an HTCDS CSV file: the physical line (the header is line 1), the column
 * (an HTCDS field name with its prefix, or {@code (header)} / {@code (row)} when no single column
 * is at fault), and what is wrong, naming the value.
 *
 * <p>{@link #toString()} gives the exchange contract's form {@code line N: column: problem} in
 * English; {@link #text(Locale)} the same in English, French, Dutch or German.
 *
 * @param line      physical line number in the file, 1 for the header
 * @param column    the column at fault
 * @param code      stable problem code, e.g. {@code value.unknown} (message key without prefix)
 * @param arguments the message arguments (values already quoted for display)
 */
public record HtcdsProblem(long line, String column, String code, List<String> arguments) {

    public HtcdsProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    /** The problem alone, in English, e.g. {@code unknown value 'Female'}. */
    public String message() {
        return Messages.problem(Locale.ENGLISH, code, arguments);
    }

    /** The problem alone, in the given language (English, French, Dutch or German). */
    public String message(Locale locale) {
        return Messages.problem(locale, code, arguments);
    }

    /** {@code line N: column: problem} in the given language. */
    public String text(Locale locale) {
        return Messages.line(locale, line, column, message(locale));
    }

    /** {@code line N: column: problem}, in English, exactly as the exchange contract prints it. */
    @Override
    public String toString() {
        return "line " + line + ": " + column + ": " + message();
    }
}
