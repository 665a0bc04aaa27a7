package be.ariadne.shared;

import java.util.List;

/** Input refused; every problem is named. Answered with 400 and a problem document, or the form re-displayed. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "invalid input" : summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        StringBuilder sb = new StringBuilder();
        for (FieldProblem p : problems) {
            if (!sb.isEmpty()) sb.append("; ");
            sb.append(p);
        }
        return sb.toString();
    }
}
