package be.ariadne.casefile;

import be.ariadne.shared.FieldProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * Input for one record as it came, before checking: for each field given, a text, a list of texts,
 * or null (cleared). Fields not given are absent (left unchanged by an update). Built from a JSON
 * body (unknown fields and wrong shapes are problems named by field) or from a form (every field of
 * the form is given).
 */
final class RawInput {
    private final Map<String, Object> values;
    private final Map<String, Object> extras;
    private final List<FieldProblem> problems;

    RawInput(Map<String, Object> values, Map<String, Object> extras) {
        this(values, extras, List.of());
    }

    RawInput(Map<String, Object> values, Map<String, Object> extras, List<FieldProblem> problems) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
        this.problems = List.copyOf(problems);
    }

    /**
     * Problems found while reading the input (unknown fields, wrong shapes); the services report
     * them together with the problems of the values, so that the caller learns every problem at once.
     */
    List<FieldProblem> problems() {
        return problems;
    }

    static RawInput of(Map<String, Object> values) {
        return new RawInput(values, Map.of());
    }

    Map<String, Object> values() {
        return values;
    }

    boolean has(String field) {
        return values.containsKey(field);
    }

    Object get(String field) {
        return values.get(field);
    }

    /** A value given beside the record's fields ({@code version}, {@code compartment}…), as text. */
    String extra(String name) {
        Object v = extras.get(name);
        return v == null ? null : v.toString();
    }

    Map<String, Object> extras() {
        return extras;
    }

    boolean hasExtra(String name) {
        return extras.containsKey(name);
    }

    /**
     * From a JSON object. {@code extraNames} are accepted beside the entity's fields; anything else
     * is an unknown field. Such problems travel with the input ({@link #problems()}); a body that is
     * not an object at all is added to {@code fatal}.
     */
    static RawInput fromJson(JsonNode body, EntitySpec spec, Set<String> extraNames, List<FieldProblem> fatal) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> extras = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || body.isNull() || body.isMissingNode()) return new RawInput(values, extras);
        if (!body.isObject()) {
            fatal.add(new FieldProblem("body", "must be a JSON object"));
            return new RawInput(values, extras);
        }
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            String name = e.getKey();
            JsonNode v = e.getValue();
            FieldSpec f = spec == null ? null : spec.field(name).orElse(null);
            if (f != null) {
                Object raw = jsonValue(name, v, f.type.multi(), problems);
                if (raw != INVALID) values.put(name, raw);
            } else if (extraNames.contains(name)) {
                Object raw = jsonValue(name, v, v.isArray(), problems);
                if (raw != INVALID) extras.put(name, raw);
            } else {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        }
        return new RawInput(values, extras, problems);
    }

    private static final Object INVALID = new Object();

    private static Object jsonValue(String name, JsonNode v, boolean multi, List<FieldProblem> problems) {
        if (v.isNull()) return null;
        if (multi) {
            if (!v.isArray()) {
                problems.add(new FieldProblem(name, "must be a list"));
                return INVALID;
            }
            List<String> out = new ArrayList<>();
            int i = 0;
            for (JsonNode item : v) {
                if (!(item.isString() || item.isNumber())) {
                    problems.add(new FieldProblem(name + "[" + i + "]", "must be a text"));
                    return INVALID;
                }
                out.add(item.asString());
                i++;
            }
            return out;
        }
        if (v.isString() || v.isNumber() || v.isBoolean()) return v.asString();
        problems.add(new FieldProblem(name, "must be a single value"));
        return INVALID;
    }

    /**
     * From a form: every field of {@code fields} is given (an absent checkbox is false, an absent
     * list is empty, an empty text is null). {@code extraNames} are copied as texts.
     */
    static RawInput fromForm(MultiValueMap<String, String> form, List<FieldSpec> fields, Set<String> extraNames) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec f : fields) {
            List<String> given = form.get(f.name);
            if (f.type.multi()) {
                List<String> list = new ArrayList<>();
                if (given != null) for (String s : given) if (s != null && !s.isBlank()) list.add(s.trim());
                values.put(f.name, list);
            } else if (f.type == FieldType.BOOLEAN) {
                values.put(f.name, given != null && !given.isEmpty() && ("true".equals(given.get(0)) || "on".equals(given.get(0))) ? "true" : "false");
            } else {
                String s = given == null || given.isEmpty() ? null : given.get(0);
                values.put(f.name, s == null || s.isBlank() ? null : s);
            }
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        for (String x : extraNames) {
            String v = form.getFirst(x);
            if (v != null) extras.put(x, v);
        }
        return new RawInput(values, extras);
    }
}
