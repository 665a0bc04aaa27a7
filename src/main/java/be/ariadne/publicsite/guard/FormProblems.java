package be.ariadne.publicsite.guard;

import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Checks the fields of a public form and collects every problem, each naming its field (by the
 * label the visitor sees, in their language) and what is wrong. Sizes are checked on the server
 * whatever the browser enforced.
 */
public final class FormProblems {
    private final MessageSource messages;
    private final Locale locale;
    private final List<FieldProblem> problems = new ArrayList<>();

    public FormProblems(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Adds a problem: the message {@code key} gets the field's label as {0}, then {@code args}. */
    public void add(String field, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = label(field);
        System.arraycopy(args, 0, all, 1, args.length);
        problems.add(new FieldProblem(field, messages.getMessage(key, all, locale)));
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    /** A text that may be left empty: trimmed, null when empty. */
    public String optional(String field, String value, int max) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) return null;
        return checked(field, v, max);
    }

    /** A text that must be given: trimmed. */
    public String required(String field, String value, int max) {
        String v = optional(field, value, max);
        if (v == null && !has(field)) add(field, "public.problem.required");
        return v;
    }

    private String checked(String field, String v, int max) {
        int length = v.codePointCount(0, v.length());
        if (length > max) {
            add(field, "public.problem.tooLong", max, length);
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            // Line breaks and tabs are fine in a description; other control characters are not text.
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                add(field, "public.problem.characters");
                return null;
            }
        }
        return v;
    }

    private String label(String field) {
        return messages.getMessage("public.field." + field, null, field, locale);
    }
}
