package be.ariadne.protection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import be.ariadne.protection.EventRequestProblem.Code;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON shapes of the procedure contract ({@code procedure.md}): the state, the deadlines
 * list, and the event request body with every problem named by field.
 */
public final class ProcedureJson {

    /** The {@code field} of a problem about the body as a whole. */
    public static final String BODY = "(body)";

    /** The fields of an event request, in the order problems are reported. */
    static final Set<String> REQUEST_FIELDS =
            new LinkedHashSet<>(List.of("type", "date", "note", "condition", "reason", "basis"));

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ProcedureJson() {
    }

    /** The state as in {@code GET /api/v1/cases/{code}/procedure}. */
    public static ObjectNode stateToJson(ProcedureState state) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("phase", state.phase().name());
        putNullable(json, "document", state.document().map(Enum::name).orElse(null));
        putNullable(json, "validFrom", state.validFrom().map(LocalDate::toString).orElse(null));
        putNullable(json, "validUntil", state.validUntil().map(LocalDate::toString).orElse(null));
        json.put("extensionsUsed", state.extensionsUsed());
        ObjectNode conditions = json.putObject("conditions");
        for (Map.Entry<Condition, LocalDate> met : state.conditions().entrySet()) {
            conditions.put(met.getKey().name(), met.getValue().toString());
        }
        putNullable(json, "endReason", state.endReason().map(Enum::name).orElse(null));
        ArrayNode history = json.putArray("history");
        for (RecordedEvent recorded : state.history()) {
            ProcedureEvent event = recorded.event();
            ObjectNode entry = history.addObject();
            entry.put("type", event.type().name());
            entry.put("date", event.date().toString());
            if (event.condition() != null) {
                entry.put("condition", event.condition().name());
            }
            if (event.reason() != null) {
                entry.put("reason", event.reason().name());
            }
            if (event.basis() != null) {
                entry.put("basis", event.basis().name());
            }
            if (event.note() != null) {
                entry.put("note", event.note());
            }
        }
        return json;
    }

    /** {@link #stateToJson} as a string. */
    public static String writeState(ProcedureState state) {
        return MAPPER.writeValueAsString(stateToJson(state));
    }

    /**
     * The deadlines list: {@code [{case, phase, document, validUntil}]} in the given order. An
     * overdue entry (never in the contract's list) also gets {@code "overdue": true}.
     */
    public static ArrayNode deadlinesToJson(List<Deadline> deadlines) {
        ArrayNode json = MAPPER.createArrayNode();
        for (Deadline deadline : deadlines) {
            ObjectNode entry = json.addObject();
            entry.put("case", deadline.caseCode());
            entry.put("phase", deadline.phase().name());
            entry.put("document", deadline.document().name());
            entry.put("validUntil", deadline.validUntil().toString());
            if (deadline.overdue()) {
                entry.put("overdue", true);
            }
        }
        return json;
    }

    /** Reads a {@code POST .../procedure/events} body, text as received. */
    public static ParsedEventRequest parseEventRequest(String body) {
        JsonNode json;
        try {
            json = MAPPER.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.find()) {
                String field = duplicate.group(1);
                return invalid(new EventRequestProblem(field, Code.DUPLICATE_FIELD,
                        field + " is given more than once"));
            }
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return invalid(new EventRequestProblem(BODY, Code.MALFORMED_JSON, "the body is not valid JSON" + where));
        }
        return parseEventRequest(json);
    }

    /** Reads an already parsed {@code POST .../procedure/events} body. */
    public static ParsedEventRequest parseEventRequest(JsonNode body) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            return invalid(new EventRequestProblem(BODY, Code.MISSING,
                    "the body is empty; expected a JSON object with at least type and date"));
        }
        if (!body.isObject()) {
            return invalid(new EventRequestProblem(BODY, Code.NOT_AN_OBJECT,
                    "the body must be a JSON object with at least type and date"));
        }
        List<EventRequestProblem> problems = new ArrayList<>();
        for (String name : body.propertyNames()) {
            if (!REQUEST_FIELDS.contains(name)) {
                problems.add(new EventRequestProblem(name, Code.UNKNOWN_FIELD, name
                        + " is not a field of an event; the fields are " + String.join(", ", REQUEST_FIELDS)));
            }
        }
        ProcedureEventType type = enumValue(body, "type", ProcedureEventType.class, "an event type", problems);
        if (type == null && absent(body, "type")) {
            problems.add(new EventRequestProblem("type", Code.MISSING,
                    "type is required; one of " + names(ProcedureEventType.class)));
        }
        LocalDate date = date(body, problems);
        String note = note(body, problems);
        Condition condition = detail(body, "condition", Condition.class, "a condition", type,
                type != null && type.takesCondition(), ProcedureEventType.CONDITION_MET, problems);
        EndReason reason = detail(body, "reason", EndReason.class, "an end reason", type,
                type != null && type.takesReason(), ProcedureEventType.STATUS_ENDED, problems);
        PermanentStayBasis basis = detail(body, "basis", PermanentStayBasis.class, "a permanent stay basis", type,
                type != null && type.takesBasis(), ProcedureEventType.PERMANENT_STAY_GRANTED, problems);
        if (!problems.isEmpty()) {
            return new ParsedEventRequest.Invalid(problems);
        }
        return new ParsedEventRequest.Valid(new ProcedureEvent(type, date, condition, reason, basis, note));
    }

    /**
     * A detail field (condition, reason, basis): required for the one type that takes it, not
     * allowed for the others. When the type is unknown only the value itself is checked.
     */
    private static <E extends Enum<E>> E detail(JsonNode body, String field, Class<E> values, String what,
                                                ProcedureEventType type, boolean takes, ProcedureEventType taker,
                                                List<EventRequestProblem> problems) {
        if (type != null && !takes && !absent(body, field)) {
            problems.add(new EventRequestProblem(field, Code.NOT_ALLOWED_FOR_TYPE, field + " is not allowed for "
                    + type + "; only " + taker + " takes a " + field));
            return null;
        }
        E value = enumValue(body, field, values, what, problems);
        if (takes && absent(body, field)) {
            problems.add(new EventRequestProblem(field, Code.MISSING, field + " is required for " + type
                    + "; one of " + names(values)));
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode body, String field, Class<E> values, String what,
                                                   List<EventRequestProblem> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            problems.add(new EventRequestProblem(field, Code.NOT_A_STRING, field + " must be a string; one of "
                    + names(values)));
            return null;
        }
        String text = node.asString();
        for (E value : values.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        problems.add(new EventRequestProblem(field, Code.UNKNOWN_VALUE, field + " \"" + text + "\" is not " + what
                + "; expected one of " + names(values)));
        return null;
    }

    private static LocalDate date(JsonNode body, List<EventRequestProblem> problems) {
        JsonNode node = body.get("date");
        if (node == null || node.isNull()) {
            problems.add(new EventRequestProblem("date", Code.MISSING, "date is required, written YYYY-MM-DD"));
            return null;
        }
        if (!node.isString()) {
            problems.add(new EventRequestProblem("date", Code.NOT_A_STRING,
                    "date must be a string written YYYY-MM-DD"));
            return null;
        }
        String text = node.asString();
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the problem below
            }
        }
        problems.add(new EventRequestProblem("date", Code.INVALID_DATE, "date \"" + text
                + "\" is not a valid date written YYYY-MM-DD"));
        return null;
    }

    private static String note(JsonNode body, List<EventRequestProblem> problems) {
        JsonNode node = body.get("note");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            problems.add(new EventRequestProblem("note", Code.NOT_A_STRING, "note must be a string"));
            return null;
        }
        String note = node.asString();
        int length = ProcedureEvent.noteLength(note);
        if (length > ProcedureEvent.MAX_NOTE_LENGTH) {
            problems.add(new EventRequestProblem("note", Code.TOO_LONG, "note is " + length
                    + " characters long; at most " + ProcedureEvent.MAX_NOTE_LENGTH + " are allowed"));
            return null;
        }
        return note;
    }

    private static boolean absent(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull();
    }

    private static ParsedEventRequest invalid(EventRequestProblem problem) {
        return new ParsedEventRequest.Invalid(List.of(problem));
    }

    private static void putNullable(ObjectNode json, String field, String value) {
        if (value == null) {
            json.putNull(field);
        } else {
            json.put(field, value);
        }
    }

    private static <E extends Enum<E>> String names(Class<E> values) {
        return Arrays.stream(values.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
