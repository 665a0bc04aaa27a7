package be.ariadne.screening;

import java.util.Objects;

/**
 * One thing wrong with a screening request.
 *
 * @param field   where: a JSON path such as {@code person.age} or {@code signs[2]}; {@code $} for the body as a whole
 * @param message what is wrong, in plain English, naming the offending value
 */
public record RequestProblem(String field, String message) {

    /** The field path that designates the whole request body. */
    public static final String BODY = "$";

    public RequestProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** {@code field: message}, the form the command line prints. */
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
