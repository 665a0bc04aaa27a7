package be.ariadne.casefile;

import be.ariadne.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns raw input into typed values, field by field, naming every problem: unknown codes (with the
 * value), malformed numbers and dates, dates in the future where only the past makes sense, texts
 * too long, required fields missing. Cross-field rules (dates against the birth date…) are the
 * services' part.
 */
@Component
class FieldChecker {
    private final CodeLists codes;
    private final Clock clock;
    private final Set<String> disabledForms;

    FieldChecker(CodeLists codes, Clock clock,
                 @Value("${ariadne.casefile.disabled-exploitation-forms:}") List<String> disabledForms) {
        this.codes = codes;
        this.clock = clock;
        this.disabledForms = Set.copyOf(disabledForms.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    /**
     * The typed values of the fields given in {@code raw}; on creation, missing fields get their
     * default and missing required fields are problems.
     */
    Map<String, Object> check(EntitySpec spec, RawInput raw, boolean creating, List<FieldProblem> problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldSpec f : spec.fields) {
            if (!raw.has(f.name)) {
                if (creating && f.required) problems.add(new FieldProblem(f.name, "is required"));
                continue;
            }
            Object v = value(f, raw.get(f.name), problems);
            if (v == INVALID) continue;
            boolean empty = v == null || (v instanceof List<?> l && l.isEmpty());
            if (empty && f.required) {
                problems.add(new FieldProblem(f.name, "is required"));
                continue;
            }
            out.put(f.name, v);
        }
        return out;
    }

    private static final Object INVALID = new Object();

    Object value(FieldSpec f, Object raw, List<FieldProblem> problems) {
        if (raw == null) return f.type.multi() ? List.of() : null;
        if (f.type.multi()) {
            if (!(raw instanceof List<?> list)) {
                problems.add(new FieldProblem(f.name, "must be a list"));
                return INVALID;
            }
            Set<String> out = new LinkedHashSet<>();
            boolean ok = true;
            for (Object o : list) {
                String s = o == null ? "" : o.toString().trim();
                if (s.isEmpty()) continue;
                String c = single(f, f.type == FieldType.COUNTRIES ? FieldType.COUNTRY : f.type == FieldType.LANGUAGES ? FieldType.LANGUAGES : FieldType.CODE, s, problems);
                if (c == null) ok = false;
                else out.add(c);
            }
            return ok ? List.copyOf(out) : INVALID;
        }
        if (raw instanceof List<?>) {
            problems.add(new FieldProblem(f.name, "must be a single value"));
            return INVALID;
        }
        String s = raw.toString().trim();
        if (s.isEmpty()) return null;
        switch (f.type) {
            case TEXT, LONG_TEXT -> {
                if (s.length() > f.maxLength) {
                    problems.add(new FieldProblem(f.name, "is longer than " + f.maxLength + " characters"));
                    return INVALID;
                }
                if (f.type == FieldType.TEXT && s.chars().anyMatch(ch -> ch < 0x20)) {
                    problems.add(new FieldProblem(f.name, "must be a single line"));
                    return INVALID;
                }
                if (s.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) {
                    problems.add(new FieldProblem(f.name, "contains control characters"));
                    return INVALID;
                }
                return s;
            }
            case INTEGER -> {
                try {
                    int i = Integer.parseInt(s);
                    if ((f.min != null && i < f.min) || (f.max != null && i > f.max)) {
                        problems.add(new FieldProblem(f.name, "must be between " + f.min + " and " + f.max));
                        return INVALID;
                    }
                    return i;
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(f.name, "must be a whole number, not '" + s + "'"));
                    return INVALID;
                }
            }
            case DECIMAL -> {
                try {
                    BigDecimal d = new BigDecimal(s.replace(',', '.'));
                    if (d.signum() < 0 || d.scale() > 2 || d.precision() - d.scale() > 10) {
                        problems.add(new FieldProblem(f.name, "must be an amount of at least 0 with at most 2 decimals"));
                        return INVALID;
                    }
                    return d;
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(f.name, "must be an amount such as 1250.50, not '" + s + "'"));
                    return INVALID;
                }
            }
            case DATE -> {
                LocalDate d;
                try {
                    d = LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem(f.name, "must be a date YYYY-MM-DD, not '" + s + "'"));
                    return INVALID;
                }
                if (d.getYear() < 1900) {
                    problems.add(new FieldProblem(f.name, "is before 1900"));
                    return INVALID;
                }
                if (f.notFuture && d.isAfter(LocalDate.now(clock))) {
                    problems.add(new FieldProblem(f.name, "is in the future"));
                    return INVALID;
                }
                return d;
            }
            case BOOLEAN -> {
                if (s.equals("true") || s.equals("on")) return Boolean.TRUE;
                if (s.equals("false")) return Boolean.FALSE;
                problems.add(new FieldProblem(f.name, "must be true or false"));
                return INVALID;
            }
            case REF -> {
                try {
                    return Long.parseLong(s);
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(f.name, "must be the id of a record of this case, not '" + s + "'"));
                    return INVALID;
                }
            }
            case USERNAME -> {
                if (!s.matches("[A-Za-z0-9._@-]{1,60}")) {
                    problems.add(new FieldProblem(f.name, "is not a user name: '" + s + "'"));
                    return INVALID;
                }
                return s;
            }
            case CODE, COUNTRY -> {
                String c = single(f, f.type, s, problems);
                return c == null ? INVALID : c;
            }
            default -> throw new IllegalStateException("unhandled type " + f.type);
        }
    }

    private String single(FieldSpec f, FieldType type, String s, List<FieldProblem> problems) {
        switch (type) {
            case COUNTRY -> {
                String c = s.toUpperCase(java.util.Locale.ROOT);
                if (!codes.isCountry(c)) {
                    problems.add(new FieldProblem(f.name, "'" + s + "' is not an ISO 3166-1 alpha-2 country code"));
                    return null;
                }
                return c;
            }
            case LANGUAGES -> {
                String c = s.toLowerCase(java.util.Locale.ROOT);
                if (!codes.isLanguage(c)) {
                    problems.add(new FieldProblem(f.name, "'" + s + "' is not an ISO 639-1 language code"));
                    return null;
                }
                return c;
            }
            default -> {
                if (!codes.contains(f.codeList, s)) {
                    problems.add(new FieldProblem(f.name, "unknown code '" + s + "'"));
                    return null;
                }
                if (CodeLists.EXPLOITATION_FORMS.equals(f.codeList) && disabledForms.contains(s)) {
                    problems.add(new FieldProblem(f.name, "'" + s + "' is not in use in this installation"));
                    return null;
                }
                return s;
            }
        }
    }

    /** For messages that list what is accepted. */
    List<String> codesOf(String list) {
        List<String> out = new ArrayList<>();
        codes.codes(list).forEach(c -> out.add(c.code()));
        return out;
    }
}
