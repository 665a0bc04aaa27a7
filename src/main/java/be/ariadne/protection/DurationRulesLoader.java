package be.ariadne.protection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates {@code protection/durations.json}. It collects every problem before
 * failing, each named by its place in the file ({@code ruleSets[1].minor.aCard: missing}),
 * so whoever edits the data sees all mistakes at once.
 */
final class DurationRulesLoader {

    static final int SCHEMA_VERSION = 1;

    private static final Set<String> TOP_KEYS = Set.of("schemaVersion", "note", "reminderOffsets", "ruleSets");
    private static final Set<String> RULE_SET_KEYS = Set.of("id", "effectiveFrom", "note", "adult", "minor");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final List<String> problems = new ArrayList<>();

    private DurationRulesLoader() {
    }

    static DurationRules fromClasspath(String resource) {
        ClassLoader loader = DurationRulesLoader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidDurationRulesException(resource, List.of("(file): not found on the classpath"));
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new InvalidDurationRulesException(resource, List.of("(file): cannot be read: " + e.getMessage()));
        }
    }

    static DurationRules parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidDurationRulesException(source,
                    List.of("(file): not valid JSON" + where + ": " + e.getOriginalMessage()));
        }
        return new DurationRulesLoader().read(root, source);
    }

    private DurationRules read(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new InvalidDurationRulesException(source, List.of("(file): must be a JSON object"));
        }
        unknownKeys(root, TOP_KEYS, "");
        JsonNode version = root.get("schemaVersion");
        if (version == null) {
            problems.add("schemaVersion: missing");
        } else if (!version.isInt() || version.intValue() != SCHEMA_VERSION) {
            problems.add("schemaVersion: must be " + SCHEMA_VERSION + ", was " + version);
        }
        String note = optionalString(root, "note", "note");
        List<Period> offsets = reminderOffsets(root.get("reminderOffsets"));
        List<DurationRuleSet> sets = ruleSets(root.get("ruleSets"));
        if (!problems.isEmpty()) {
            throw new InvalidDurationRulesException(source, problems);
        }
        return new DurationRules(sets, offsets, note);
    }

    private List<Period> reminderOffsets(JsonNode node) {
        List<Period> offsets = new ArrayList<>();
        if (node == null) {
            problems.add("reminderOffsets: missing (use [] for no reminders)");
            return offsets;
        }
        if (!node.isArray()) {
            problems.add("reminderOffsets: must be an array of ISO-8601 periods such as \"P14D\"");
            return offsets;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "reminderOffsets[" + i + "]";
            Period offset = period(node.get(i), path);
            if (offset == null) {
                continue;
            }
            if (offset.isNegative() || offset.getYears() < 0 || offset.getMonths() < 0 || offset.getDays() < 0) {
                problems.add(path + ": must not be negative, was " + offset);
            } else if (offsets.contains(offset)) {
                problems.add(path + ": duplicate offset " + offset);
            } else {
                offsets.add(offset);
            }
        }
        return offsets;
    }

    private List<DurationRuleSet> ruleSets(JsonNode node) {
        List<DurationRuleSet> sets = new ArrayList<>();
        if (node == null) {
            problems.add("ruleSets: missing");
            return sets;
        }
        if (!node.isArray() || node.isEmpty()) {
            problems.add("ruleSets: must be a non-empty array");
            return sets;
        }
        Map<String, Integer> ids = new HashMap<>();
        Map<LocalDate, Integer> starts = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "ruleSets[" + i + "]";
            JsonNode set = node.get(i);
            if (!set.isObject()) {
                problems.add(path + ": must be an object");
                continue;
            }
            unknownKeys(set, RULE_SET_KEYS, path + ".");
            String id = requiredString(set, "id", path + ".id");
            if (id != null && !ID.matcher(id).matches()) {
                problems.add(path + ".id: \"" + id + "\" must be 1 to 64 letters, digits, '.', '_' or '-'");
                id = null;
            }
            if (id != null && ids.putIfAbsent(id, i) != null) {
                problems.add(path + ".id: \"" + id + "\" is already the id of ruleSets[" + ids.get(id) + "]");
            }
            LocalDate effectiveFrom = date(set.get("effectiveFrom"), path + ".effectiveFrom");
            if (effectiveFrom != null && starts.putIfAbsent(effectiveFrom, i) != null) {
                problems.add(path + ".effectiveFrom: overlaps ruleSets[" + starts.get(effectiveFrom)
                        + "], which also takes effect on " + effectiveFrom);
            }
            String note = optionalString(set, "note", path + ".note");
            Durations adult = durations(set.get("adult"), path + ".adult");
            Durations minor = durations(set.get("minor"), path + ".minor");
            if (id != null && effectiveFrom != null && adult != null && minor != null) {
                sets.add(new DurationRuleSet(id, effectiveFrom, note, adult, minor));
            }
        }
        return sets;
    }

    private Durations durations(JsonNode node, String path) {
        if (node == null) {
            problems.add(path + ": missing");
            return null;
        }
        if (!node.isObject()) {
            problems.add(path + ": must be an object with the durations");
            return null;
        }
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (DurationKind kind : DurationKind.values()) {
            keys.add(kind.key());
        }
        unknownKeys(node, keys, path + ".");
        Map<DurationKind, Period> periods = new EnumMap<>(DurationKind.class);
        boolean complete = true;
        for (DurationKind kind : DurationKind.values()) {
            String where = path + "." + kind.key();
            JsonNode value = node.get(kind.key());
            if (value == null) {
                problems.add(where + ": missing");
                complete = false;
                continue;
            }
            Period period = period(value, where);
            if (period == null) {
                complete = false;
            } else if (!Durations.isPositive(period)) {
                problems.add(where + ": must be a positive duration, was " + value.asString());
                complete = false;
            } else {
                periods.put(kind, period);
            }
        }
        return complete ? new Durations(periods) : null;
    }

    private Period period(JsonNode value, String path) {
        if (value == null || !value.isString()) {
            problems.add(path + ": must be an ISO-8601 period string such as \"P45D\" or \"P3M\"");
            return null;
        }
        try {
            return Period.parse(value.asString());
        } catch (DateTimeParseException e) {
            problems.add(path + ": \"" + value.asString()
                    + "\" is not an ISO-8601 period of years, months, weeks or days such as \"P45D\" or \"P3M\"");
            return null;
        }
    }

    private LocalDate date(JsonNode value, String path) {
        if (value == null) {
            problems.add(path + ": missing");
            return null;
        }
        if (!value.isString() || !ISO_DATE.matcher(value.asString()).matches()) {
            problems.add(path + ": must be a date written YYYY-MM-DD, was " + value);
            return null;
        }
        try {
            return LocalDate.parse(value.asString());
        } catch (DateTimeParseException e) {
            problems.add(path + ": \"" + value.asString() + "\" is not a valid date");
            return null;
        }
    }

    private String requiredString(JsonNode parent, String key, String path) {
        JsonNode value = parent.get(key);
        if (value == null) {
            problems.add(path + ": missing");
            return null;
        }
        if (!value.isString() || value.asString().isBlank()) {
            problems.add(path + ": must be a non-empty string");
            return null;
        }
        return value.asString();
    }

    private String optionalString(JsonNode parent, String key, String path) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isString()) {
            problems.add(path + ": must be a string");
            return "";
        }
        return value.asString();
    }

    private void unknownKeys(JsonNode node, Set<String> allowed, String prefix) {
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(prefix + name + ": unknown key (allowed: " + String.join(", ", sorted(allowed)) + ")");
            }
        }
    }

    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }
}
