package be.ariadne.screening;

import be.ariadne.screening.ScreeningRequest.Border;
import be.ariadne.screening.ScreeningRequest.Person;
import be.ariadne.screening.ScreeningRequest.Situation;
import be.ariadne.screening.ScreeningResult.DimensionScore;
import be.ariadne.screening.ScreeningResult.Explanation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of the screening contract, shared by the command line, the HTTP API and tests.
 *
 * <p>{@link #parse} turns a request body into a {@link ScreeningRequest} or into the complete list
 * of its problems (every problem, not only the first): invalid JSON, a body over 64 KB, unknown
 * fields at any level, wrong types, an age outside 0–120, unknown codes, a citizenship that is
 * not an ISO 3166-1 alpha-2 code. {@code null} counts as absent; repeated codes count once.
 *
 * <p>{@link #write} renders a {@link ScreeningResult} with the contract's field names, in the
 * contract's order. Thread-safe.
 */
public final class ScreeningJson {

    /** Largest accepted request body, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final List<String> ROOT_FIELDS = List.of("person", "situation", "signs", "indicators");
    private static final List<String> PERSON_FIELDS = List.of("age", "maybeMinor", "citizenship");
    private static final List<String> SITUATION_FIELDS = List.of("immediateDanger", "actions", "border",
            "exploitation", "thirdPartyProfits", "againstWill", "lifeEndangered");
    private static final List<String> BORDER_FIELDS = List.of("crossed", "irregular", "facilitatorPaid");
    private static final Set<String> ISO_COUNTRIES =
            Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private final IndicatorCatalogue catalogue;
    private final JsonMapper mapper;
    private final List<String> signCodes;
    private final List<String> indicatorCodes;

    /** A JSON adapter checking codes against a catalogue. */
    public ScreeningJson(IndicatorCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.signCodes = catalogue.signs().stream().map(IndicatorCatalogue.Sign::code).toList();
        this.indicatorCodes = catalogue.indicators().stream().map(IndicatorCatalogue.Indicator::code).toList();
    }

    /** The adapter over the standard catalogue, created once. */
    public static ScreeningJson standard() {
        return Standard.INSTANCE;
    }

    /**
     * The outcome of parsing: a request, or the problems that prevent one (never both).
     *
     * @param request  the request, {@code null} when there are problems
     * @param problems every problem found, in document order; empty when the request is valid
     */
    public record Parsed(ScreeningRequest request, List<RequestProblem> problems) {

        public Parsed {
            problems = List.copyOf(problems);
            if ((request == null) == problems.isEmpty()) {
                throw new IllegalArgumentException("a parse yields either a request or problems");
            }
        }

        /** Whether the body was a valid request. */
        public boolean valid() {
            return request != null;
        }
    }

    // ---- parsing -------------------------------------------------------------------------------

    /** Parses a request body given as text. */
    public Parsed parse(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_BODY_BYTES / 3 && utf8Length(json) > MAX_BODY_BYTES) {
            return tooLarge();
        }
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a request body read from a stream (not closed here); reads at most 64 KB + 1 byte. */
    public Parsed parse(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            return failed(new RequestProblem(RequestProblem.BODY, "cannot read the request: " + e.getMessage()));
        }
        if (bytes.length > MAX_BODY_BYTES) {
            return tooLarge();
        }
        return parse(bytes);
    }

    private Parsed parse(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return failed(new RequestProblem(RequestProblem.BODY, "invalid JSON" + where + ": " + e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            return failed(new RequestProblem(RequestProblem.BODY, "the body is empty; expected a JSON object such as {}"));
        }
        if (!root.isObject()) {
            return failed(new RequestProblem(RequestProblem.BODY, "must be a JSON object, not " + describe(root)));
        }
        Reader r = new Reader();
        ScreeningRequest request = r.request(root);
        return r.problems.isEmpty() ? new Parsed(request, List.of()) : new Parsed(null, r.problems);
    }

    private static Parsed tooLarge() {
        return failed(new RequestProblem(RequestProblem.BODY,
                "the request is larger than 64 KB (" + MAX_BODY_BYTES + " bytes)"));
    }

    private static Parsed failed(RequestProblem problem) {
        return new Parsed(null, List.of(problem));
    }

    private static long utf8Length(String s) {
        long length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    /** Walks the tree once, collecting every problem. */
    private final class Reader {
        final List<RequestProblem> problems = new ArrayList<>();

        ScreeningRequest request(JsonNode root) {
            unknownFields(root, "", ROOT_FIELDS);
            Person person = person(root.get("person"));
            Situation situation = situation(root.get("situation"));
            Set<String> signs = codes(root.get("signs"), "signs", "sign code", signCodes,
                    code -> catalogue.sign(code).isPresent(),
                    code -> catalogue.indicator(code).isPresent() ? code + " is an indicator: list it under indicators" : null);
            Set<String> indicators = codes(root.get("indicators"), "indicators", "indicator code", indicatorCodes,
                    code -> catalogue.indicator(code).isPresent(),
                    code -> catalogue.sign(code).isPresent() ? code + " is a sign: list it under signs" : null);
            return problems.isEmpty() ? new ScreeningRequest(person, situation, signs, indicators) : null;
        }

        private Person person(JsonNode node) {
            if (!object(node, "person")) {
                return null;
            }
            unknownFields(node, "person.", PERSON_FIELDS);
            Integer age = age(node.get("age"));
            boolean maybeMinor = bool(node.get("maybeMinor"), "person.maybeMinor");
            String citizenship = citizenship(node.get("citizenship"));
            return problems.isEmpty() ? new Person(age, maybeMinor, citizenship) : null;
        }

        private Integer age(JsonNode node) {
            if (absent(node)) {
                return null;
            }
            if (!node.isIntegralNumber()) {
                add("person.age", "must be a whole number of years, not " + describe(node));
                return null;
            }
            if (!node.canConvertToInt() || node.intValue() < Person.MIN_AGE || node.intValue() > Person.MAX_AGE) {
                add("person.age", "must be between 0 and 120, not " + node.asString());
                return null;
            }
            return node.intValue();
        }

        private String citizenship(JsonNode node) {
            if (absent(node)) {
                return null;
            }
            if (!node.isString()) {
                add("person.citizenship", "must be an ISO 3166-1 alpha-2 country code (a string such as \"NG\"), not "
                        + describe(node));
                return null;
            }
            String code = node.stringValue();
            if (ISO_COUNTRIES.contains(code)) {
                return code;
            }
            String upper = code.toUpperCase(Locale.ROOT);
            add("person.citizenship", quote(code) + " is not an ISO 3166-1 alpha-2 country code"
                    + (ISO_COUNTRIES.contains(upper) ? " (codes are in capitals: \"" + upper + "\")" : ""));
            return null;
        }

        private Situation situation(JsonNode node) {
            if (!object(node, "situation")) {
                return null;
            }
            unknownFields(node, "situation.", SITUATION_FIELDS);
            boolean immediateDanger = bool(node.get("immediateDanger"), "situation.immediateDanger");
            Set<Action> actions = enums(node.get("actions"), "situation.actions", "action", Action.class);
            Border border = border(node.get("border"));
            Set<ExploitationForm> forms = enums(node.get("exploitation"), "situation.exploitation",
                    "exploitation form", ExploitationForm.class);
            boolean thirdPartyProfits = bool(node.get("thirdPartyProfits"), "situation.thirdPartyProfits");
            boolean againstWill = bool(node.get("againstWill"), "situation.againstWill");
            boolean lifeEndangered = bool(node.get("lifeEndangered"), "situation.lifeEndangered");
            return problems.isEmpty()
                    ? new Situation(immediateDanger, actions, border, forms, thirdPartyProfits, againstWill, lifeEndangered)
                    : null;
        }

        private Border border(JsonNode node) {
            if (!object(node, "situation.border")) {
                return null;
            }
            unknownFields(node, "situation.border.", BORDER_FIELDS);
            return new Border(bool(node.get("crossed"), "situation.border.crossed"),
                    bool(node.get("irregular"), "situation.border.irregular"),
                    bool(node.get("facilitatorPaid"), "situation.border.facilitatorPaid"));
        }

        /** Whether the node is a present object (absent and null are fine, other types are problems). */
        private boolean object(JsonNode node, String field) {
            if (absent(node)) {
                return false;
            }
            if (!node.isObject()) {
                add(field, "must be an object, not " + describe(node));
                return false;
            }
            return true;
        }

        private boolean bool(JsonNode node, String field) {
            if (absent(node)) {
                return false;
            }
            if (!node.isBoolean()) {
                add(field, "must be true or false, not " + describe(node));
                return false;
            }
            return node.booleanValue();
        }

        private <E extends Enum<E>> Set<E> enums(JsonNode node, String field, String what, Class<E> type) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            Set<String> codes = codes(node, field, what, names, names::contains, code -> null);
            Set<E> values = EnumSet.noneOf(type);
            for (String code : codes) {
                values.add(Enum.valueOf(type, code));
            }
            return values;
        }

        /** The valid codes of an array of codes; each unknown code is a problem naming it. */
        private Set<String> codes(JsonNode node, String field, String what, Collection<String> known,
                                  Predicate<String> isKnown, Function<String, String> misplaced) {
            Set<String> codes = new LinkedHashSet<>();
            if (absent(node)) {
                return codes;
            }
            if (!node.isArray()) {
                add(field, "must be an array of codes, not " + describe(node));
                return codes;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String path = field + "[" + i + "]";
                if (!element.isString()) {
                    add(path, "must be a code (a string), not " + describe(element));
                } else if (isKnown.test(element.stringValue())) {
                    codes.add(element.stringValue());
                } else {
                    String code = element.stringValue();
                    String hint = misplaced.apply(code);
                    String suggestion = hint == null ? Suggestions.closest(code, known) : null;
                    add(path, "unknown " + what + " " + quote(code) + (hint != null ? " (" + hint + ")"
                            : suggestion != null ? " (did you mean " + suggestion + "?)"
                            : known.size() <= 12 ? " (expected one of: " + String.join(", ", known) + ")" : ""));
                }
            }
            return codes;
        }

        private void unknownFields(JsonNode node, String prefix, List<String> allowed) {
            for (String name : node.propertyNames()) {
                if (!allowed.contains(name)) {
                    String suggestion = Suggestions.closest(name, allowed);
                    add(prefix + name, "unknown field" + (suggestion != null
                            ? " (did you mean " + suggestion + "?)"
                            : " (expected " + (allowed.size() == 1 ? "" : "one of: ") + String.join(", ", allowed) + ")"));
                }
            }
        }

        private void add(String field, String message) {
            problems.add(new RequestProblem(field, message));
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static String describe(JsonNode node) {
        switch (node.getNodeType()) {
            case STRING:
                return "a string (" + quote(node.stringValue()) + ")";
            case NUMBER:
                return "a number (" + node.asString() + ")";
            case BOOLEAN:
                return node.booleanValue() ? "true" : "false";
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            case NULL:
                return "null";
            default:
                return node.getNodeType().name().toLowerCase(Locale.ROOT);
        }
    }

    /** The value in quotes, shortened and with control characters escaped, so a message stays on one line. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), 80) + 2).append('"');
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            if (shown++ == 80) {
                out.append('…');
                break;
            }
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                out.append(c == '"' || c == '\\' ? "\\" + c : String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    // ---- writing -------------------------------------------------------------------------------

    /** The result as compact JSON, fields in the contract's order. */
    public String write(ScreeningResult result) {
        return write(result, mapper.writer());
    }

    /** The result as indented JSON (for people reading a terminal). */
    public String writePretty(ScreeningResult result) {
        return write(result, mapper.writerWithDefaultPrettyPrinter());
    }

    private static String write(ScreeningResult r, ObjectWriter writer) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator g = writer.createGenerator(out)) {
            g.writeStartObject();
            g.writeBooleanProperty("urgent", r.urgent());
            g.writeBooleanProperty("presumedMinor", r.presumedMinor());
            g.writeNumberProperty("signCount", r.signCount());

            g.writeName("ilo");
            g.writeStartObject();
            codes(g, "lists", r.ilo().lists());
            g.writeName("dimensions");
            g.writeStartObject();
            for (Map.Entry<Dimension, DimensionScore> e : r.ilo().dimensions().entrySet()) {
                DimensionScore s = e.getValue();
                g.writeName(e.getKey().name());
                g.writeStartObject();
                g.writeBooleanProperty("positive", s.positive());
                g.writeNumberProperty("strong", s.strong());
                g.writeNumberProperty("medium", s.medium());
                g.writeNumberProperty("weak", s.weak());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeBooleanProperty("presumedVictim", r.ilo().presumedVictim());
            codes(g, "pathways", r.ilo().pathways());
            g.writeEndObject();

            g.writeName("trafficking");
            g.writeStartObject();
            g.writeStringProperty("belgium", r.trafficking().belgium().name());
            g.writeStringProperty("international", r.trafficking().international().name());
            codes(g, "exploitation", r.trafficking().exploitation());
            codes(g, "aggravating", r.trafficking().aggravating());
            g.writeEndObject();

            g.writeStringProperty("smuggling", r.smuggling().name());
            g.writeBooleanProperty("protectionProcedureOpen", r.protectionProcedureOpen());
            codes(g, "advice", r.advice());

            g.writeName("explanation");
            g.writeStartArray();
            for (Explanation explanation : r.explanation()) {
                g.writeStartObject();
                g.writeStringProperty("conclusion", explanation.conclusion());
                g.writeName("because");
                g.writeStartArray();
                for (String phrase : explanation.because()) {
                    g.writeString(phrase);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeStringProperty("catalogue", r.catalogue());
            g.writeEndObject();
        }
        return out.toString();
    }

    /**
     * A request as compact contract JSON that {@link #parse} reads back to an equal request:
     * fields in the contract's order, absent and default values left out, codes in canonical
     * order (enum order; signs and indicators in catalogue order). Used to store a screening.
     */
    public String writeRequest(ScreeningRequest request) {
        Objects.requireNonNull(request, "request");
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = mapper.writer().createGenerator(out)) {
            g.writeStartObject();
            Person p = request.person();
            if (p.age() != null || p.maybeMinor() || p.citizenship() != null) {
                g.writeName("person");
                g.writeStartObject();
                if (p.age() != null) {
                    g.writeNumberProperty("age", p.age());
                }
                if (p.maybeMinor()) {
                    g.writeBooleanProperty("maybeMinor", true);
                }
                if (p.citizenship() != null) {
                    g.writeStringProperty("citizenship", p.citizenship());
                }
                g.writeEndObject();
            }
            Situation s = request.situation();
            Border b = s.border();
            boolean anyBorder = b.crossed() || b.irregular() || b.facilitatorPaid();
            if (s.immediateDanger() || !s.actions().isEmpty() || anyBorder || !s.exploitation().isEmpty()
                    || s.thirdPartyProfits() || s.againstWill() || s.lifeEndangered()) {
                g.writeName("situation");
                g.writeStartObject();
                if (s.immediateDanger()) {
                    g.writeBooleanProperty("immediateDanger", true);
                }
                if (!s.actions().isEmpty()) {
                    codes(g, "actions", List.copyOf(s.actions()));
                }
                if (anyBorder) {
                    g.writeName("border");
                    g.writeStartObject();
                    if (b.crossed()) {
                        g.writeBooleanProperty("crossed", true);
                    }
                    if (b.irregular()) {
                        g.writeBooleanProperty("irregular", true);
                    }
                    if (b.facilitatorPaid()) {
                        g.writeBooleanProperty("facilitatorPaid", true);
                    }
                    g.writeEndObject();
                }
                if (!s.exploitation().isEmpty()) {
                    codes(g, "exploitation", List.copyOf(s.exploitation()));
                }
                if (s.thirdPartyProfits()) {
                    g.writeBooleanProperty("thirdPartyProfits", true);
                }
                if (s.againstWill()) {
                    g.writeBooleanProperty("againstWill", true);
                }
                if (s.lifeEndangered()) {
                    g.writeBooleanProperty("lifeEndangered", true);
                }
                g.writeEndObject();
            }
            orderedCodes(g, "signs", request.signs(), signCodes);
            orderedCodes(g, "indicators", request.indicators(), indicatorCodes);
            g.writeEndObject();
        }
        return out.toString();
    }

    /** Codes in catalogue order; a code the catalogue does not know (a request built by hand) comes last. */
    private static void orderedCodes(JsonGenerator g, String name, Set<String> codes, List<String> order) {
        if (codes.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (String code : order) {
            if (codes.contains(code)) {
                g.writeString(code);
            }
        }
        for (String code : new java.util.TreeSet<>(codes)) {
            if (!order.contains(code)) {
                g.writeString(code);
            }
        }
        g.writeEndArray();
    }

    private static void codes(JsonGenerator g, String name, List<? extends Enum<?>> codes) {
        g.writeName(name);
        g.writeStartArray();
        for (Enum<?> code : codes) {
            g.writeString(code.name());
        }
        g.writeEndArray();
    }

    private static final class Standard {
        static final ScreeningJson INSTANCE = new ScreeningJson(IndicatorCatalogue.standard());
    }
}
