package be.ariadne.shared;

/** One problem with one input field: the field's name (a path such as {@code person.age}) and what is wrong. */
public record FieldProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
