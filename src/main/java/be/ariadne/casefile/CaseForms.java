package be.ariadne.casefile;

import be.ariadne.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns {@link FieldSpec}s and values into what the screens show: form fields with their widget,
 * label, options and problem, and display texts (code labels, country and language names, yes/no)
 * in the reader's language.
 */
@Component
class CaseForms {
    private final CodeLists codes;
    private final MessageSource messages;

    CaseForms(CodeLists codes, MessageSource messages) {
        this.codes = codes;
        this.messages = messages;
    }

    record Option(String value, String label, boolean selected) {
    }

    /** One field of a form. {@code current} is the value someone else saved meanwhile (stale edits), or null. */
    record Field(String name, String widget, String label, String hint, String value, List<Option> options, boolean required,
                 String error, String current) {
        public String describedBy() {
            List<String> ids = new ArrayList<>();
            if (hint != null) ids.add(name + "-hint");
            if (error != null) ids.add(name + "-error");
            if (current != null) ids.add(name + "-current");
            return ids.isEmpty() ? null : String.join(" ", ids);
        }
    }

    /** A label and a text, for lists of facts. */
    record Fact(String label, String value) {
    }

    Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    String label(EntitySpec e, FieldSpec f) {
        String specific = messages.getMessage("casefile.field." + e.name + "." + f.name, null, null, locale());
        return specific != null ? specific : messages.getMessage("casefile.field." + f.name, null, f.name, locale());
    }

    /**
     * The form fields of {@code fields}: filled with {@code raw} (what the user typed) where given,
     * else with {@code values} (what is stored); {@code current} (stored by someone else meanwhile)
     * is shown beside fields that differ from what the user typed.
     */
    List<Field> fields(EntitySpec e, List<FieldSpec> fields, Map<String, Object> values, RawInput raw, List<FieldProblem> problems,
                       Map<String, Object> current) {
        List<Field> out = new ArrayList<>();
        for (FieldSpec f : fields) {
            Object shown = raw != null && raw.has(f.name) ? raw.get(f.name) : values == null ? null : values.get(f.name);
            String error = problems == null ? null : problems.stream().filter(p -> p.field().equals(f.name) || p.field().startsWith(f.name + "["))
                    .map(FieldProblem::message).collect(Collectors.joining("; "));
            if (error != null && error.isEmpty()) error = null;
            String cur = null;
            if (current != null) {
                Object stored = current.get(f.name);
                if (!Objects.equals(FieldValues.canonical(f.type, typedOrNull(f, shown)), FieldValues.canonical(f.type, stored))) {
                    String d = display(f, stored);
                    cur = d == null || d.isEmpty() ? msg("casefile.form.currentEmpty") : d;
                }
            }
            out.add(field(e, f, shown, error, cur));
        }
        return out;
    }

    private static Object typedOrNull(FieldSpec f, Object shown) {
        if (shown == null) return null;
        if (f.type.multi()) return shown instanceof List<?> l ? l : List.of(shown.toString());
        if (shown instanceof String s) {
            try {
                return FieldValues.parse(f.type, s.trim().isEmpty() ? null : s.trim());
            } catch (RuntimeException e) {
                return s;
            }
        }
        return shown;
    }

    private Field field(EntitySpec e, FieldSpec f, Object value, String error, String current) {
        String label = label(e, f);
        String hint = messages.getMessage("casefile.hint." + f.name, null, null, locale());
        List<String> selected = selected(value);
        String text = text(value);
        return switch (f.type) {
            case TEXT, USERNAME -> new Field(f.name, "text", label, hint, text, List.of(), f.required, error, current);
            case LONG_TEXT -> new Field(f.name, "textarea", label, hint, text, List.of(), f.required, error, current);
            case INTEGER, REF -> new Field(f.name, "number", label, hint, text, List.of(), f.required, error, current);
            case DECIMAL -> new Field(f.name, "decimal", label, hint, text, List.of(), f.required, error, current);
            case DATE -> new Field(f.name, "date", label, hint, text, List.of(), f.required, error, current);
            case BOOLEAN -> new Field(f.name, "checkbox", label, hint, "true".equals(text) ? "true" : "false", List.of(), false, error, current);
            case CODE -> new Field(f.name, "select", label, hint, text, options(f, selected, !f.required), f.required, error, current);
            case COUNTRY -> new Field(f.name, "select", label, hint, text, countries(selected, true), f.required, error, current);
            case CODES -> new Field(f.name, "checkboxes", label, hint, null, options(f, selected, false), f.required, error, current);
            case COUNTRIES -> new Field(f.name, "multiselect", label, hint, null, countries(selected, false), f.required, error, current);
            case LANGUAGES -> new Field(f.name, "multiselect", label, hint, null, languages(selected), f.required, error, current);
        };
    }

    private static List<String> selected(Object value) {
        if (value == null) return List.of();
        if (value instanceof List<?> l) return l.stream().map(Object::toString).toList();
        return List.of(value.toString());
    }

    private static String text(Object value) {
        if (value == null) return null;
        if (value instanceof BigDecimal d) return d.toPlainString();
        if (value instanceof List<?> l) return l.stream().map(Object::toString).collect(Collectors.joining(", "));
        return value.toString();
    }

    List<Option> options(FieldSpec f, List<String> selected, boolean withEmpty) {
        return options(f.codeList, selected, withEmpty);
    }

    List<Option> options(String list, List<String> selected, boolean withEmpty) {
        List<Option> out = new ArrayList<>();
        if (withEmpty) out.add(new Option("", msg("casefile.form.none"), selected.isEmpty()));
        for (CodeLists.Code c : codes.codes(list)) out.add(new Option(c.code(), c.label(locale()), selected.contains(c.code())));
        return out;
    }

    private List<Option> countries(List<String> selected, boolean withEmpty) {
        List<Option> out = new ArrayList<>();
        if (withEmpty) out.add(new Option("", msg("casefile.form.none"), selected.isEmpty()));
        List<Option> all = new ArrayList<>();
        for (String c : codes.countryCodes()) all.add(new Option(c, codes.countryName(c, locale()) + " (" + c + ")", selected.contains(c)));
        all.sort(Comparator.comparing(Option::label));
        out.addAll(all);
        return out;
    }

    private List<Option> languages(List<String> selected) {
        List<Option> all = new ArrayList<>();
        for (String c : codes.languageCodes()) all.add(new Option(c, codes.languageName(c, locale()) + " (" + c + ")", selected.contains(c)));
        all.sort(Comparator.comparing(Option::label));
        return all;
    }

    /** A stored value as the reader reads it. */
    String display(FieldSpec f, Object value) {
        if (value == null) return "";
        if (value instanceof be.ariadne.crypto.UnreadableValue) return msg("crypto.unreadable");
        Locale l = locale();
        return switch (f.type) {
            case CODE -> codes.label(f.codeList, value.toString(), l);
            case CODES -> ((List<?>) value).stream().map(v -> codes.label(f.codeList, v.toString(), l)).collect(Collectors.joining(", "));
            case COUNTRY -> codes.countryName(value.toString(), l);
            case COUNTRIES -> ((List<?>) value).stream().map(v -> codes.countryName(v.toString(), l)).collect(Collectors.joining(", "));
            case LANGUAGES -> ((List<?>) value).stream().map(v -> codes.languageName(v.toString(), l)).collect(Collectors.joining(", "));
            case BOOLEAN -> Boolean.TRUE.equals(value) ? msg("common.yes") : msg("common.no");
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            case DATE -> value instanceof LocalDate d ? d.toString() : value.toString();
            default -> value.toString();
        };
    }

    /** A canonical text from the history, as the reader reads it. */
    String displayCanonical(String entity, String field, String canonical) {
        if (canonical == null) return "";
        var spec = CaseModel.entity(entity).flatMap(e -> e.field(field));
        if (spec.isEmpty()) {
            return switch (field) {
                case "stage" -> codes.label(CodeLists.STAGES, canonical, locale());
                case "status" -> codes.label(CodeLists.CASE_STATUSES, canonical, locale());
                case "closeReason" -> codes.label(CodeLists.CLOSE_REASONS, canonical, locale());
                case "type" -> codes.label(CodeLists.DOCUMENT_TYPES, canonical, locale());
                default -> canonical;
            };
        }
        try {
            return display(spec.get(), FieldValues.parse(spec.get().type, canonical));
        } catch (RuntimeException e) {
            return canonical;
        }
    }

    /** The facts of a record, those with a value (holder-only ones for the holder only). */
    List<Fact> facts(EntitySpec e, Map<String, Object> values, boolean holder, boolean withEmpty) {
        return facts(e, values, holder, withEmpty, f -> true);
    }

    /** The facts of a form, only of the fields {@code shown} accepts (e.g. the reader's identity parts). */
    List<Fact> facts(EntitySpec e, Map<String, Object> values, boolean holder, boolean withEmpty, java.util.function.Predicate<FieldSpec> shown) {
        List<Fact> out = new ArrayList<>();
        for (FieldSpec f : e.fields) {
            if (f.holderOnly && !holder) continue;
            if (!shown.test(f)) continue;
            String d = display(f, values.get(f.name));
            if (d.isEmpty() && !withEmpty) continue;
            out.add(new Fact(label(e, f), d.isEmpty() ? "—" : d));
        }
        return out;
    }

    String codeLabel(String list, String code) {
        return codes.label(list, code, locale());
    }

    /** Text with line breaks kept, escaped for HTML. */
    static String multiline(String text) {
        if (text == null) return "";
        return HtmlUtils.htmlEscape(text).replace("\r\n", "\n").replace("\n", "<br>");
    }
}
