package be.ariadne.casefile;

import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Small JSON bodies of the API read strictly: only the fields named, each a single value or a list of texts. */
final class ApiBodies {
    private ApiBodies() {
    }

    /** The fields of a body, as texts (or lists of texts); an unknown field or a wrong shape is refused naming it. */
    static Map<String, Object> read(JsonNode body, Set<String> allowed, Set<String> lists) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        if (body != null && !body.isNull() && !body.isMissingNode()) {
            if (!body.isObject()) throw new InvalidInputException("body", "must be a JSON object");
            for (Map.Entry<String, JsonNode> e : body.properties()) {
                String name = e.getKey();
                JsonNode v = e.getValue();
                if (!allowed.contains(name)) {
                    problems.add(new FieldProblem(name, "unknown field"));
                } else if (v.isNull()) {
                    out.put(name, null);
                } else if (lists.contains(name)) {
                    if (!v.isArray()) {
                        problems.add(new FieldProblem(name, "must be a list"));
                        continue;
                    }
                    List<String> items = new ArrayList<>();
                    for (JsonNode i : v) {
                        if (!(i.isString() || i.isNumber())) {
                            problems.add(new FieldProblem(name, "must be a list of texts"));
                            break;
                        }
                        items.add(i.asString());
                    }
                    out.put(name, items);
                } else if (v.isString() || v.isNumber() || v.isBoolean()) {
                    out.put(name, v.asString());
                } else {
                    problems.add(new FieldProblem(name, "must be a single value"));
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return out;
    }

    static String text(Map<String, Object> m, String name) {
        Object v = m.get(name);
        return v == null ? null : v.toString();
    }

    /** A version number, or null when absent; a malformed one is refused. */
    static Integer version(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "must be a whole number, not '" + text + "'");
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> list(Map<String, Object> m, String name) {
        Object v = m.get(name);
        return v instanceof List<?> l ? (List<String>) l : null;
    }
}
