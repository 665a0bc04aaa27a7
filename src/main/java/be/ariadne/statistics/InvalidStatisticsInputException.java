package be.ariadne.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * Bad input to the statistics module: names the field and the problem. The problem is a
 * message key of the {@code i18n/statistics} bundle with its arguments, so the web layer can
 * translate it; {@link #getMessage()} gives the English text ("field: problem").
 */
public final class InvalidStatisticsInputException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;
    private final List<String> arguments;

    InvalidStatisticsInputException(String field, String messageKey, Object... arguments) {
        this(field, messageKey, Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
    }

    private InvalidStatisticsInputException(String field, String messageKey, String[] arguments) {
        super(field + ": " + Messages.english(messageKey, (Object[]) arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The input field at fault, e.g. {@code by}, {@code k}, {@code birthYear}. */
    public String field() {
        return field;
    }

    /** Key of the problem in the {@code i18n/statistics} message bundles. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments of the message, in order, already as text (years must not get digit grouping). */
    public List<String> arguments() {
        return arguments;
    }
}
