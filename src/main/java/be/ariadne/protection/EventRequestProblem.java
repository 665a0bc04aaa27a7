package be.ariadne.protection;

import java.util.Objects;

/**
 * One problem in an event request body.
 *
 * @param field   the JSON field ({@link ProcedureJson#BODY} for the body as a whole)
 * @param code    a stable code for translation ({@code protection.request.<CODE>})
 * @param message what is wrong, in English, naming the field
 */
public record EventRequestProblem(String field, Code code, String message) {

    /** Stable problem codes; never rename a constant. */
    public enum Code {
        /** The body is not JSON at all. */
        MALFORMED_JSON,
        /** The body is JSON but not an object. */
        NOT_AN_OBJECT,
        /** A field the request does not have. */
        UNKNOWN_FIELD,
        /** A field given twice. */
        DUPLICATE_FIELD,
        /** A required field is missing or null. */
        MISSING,
        /** The JSON type is wrong (e.g. a number where a string is expected). */
        NOT_A_STRING,
        /** A code that is not one of the allowed values. */
        UNKNOWN_VALUE,
        /** Not a real date written YYYY-MM-DD. */
        INVALID_DATE,
        /** A field given for an event type that does not take it. */
        NOT_ALLOWED_FOR_TYPE,
        /** Text longer than allowed. */
        TOO_LONG
    }

    public EventRequestProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
