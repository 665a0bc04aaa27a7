package be.ariadne.publicsite.guard;

import be.ariadne.shared.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The first problem of each field, for the message shown next to it. */
public final class FieldErrors {
    private FieldErrors() {
    }

    public static Map<String, String> of(List<FieldProblem> problems) {
        Map<String, String> m = new LinkedHashMap<>();
        for (FieldProblem p : problems) m.putIfAbsent(p.field(), p.message());
        return m;
    }
}
