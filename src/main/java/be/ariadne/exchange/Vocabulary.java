package be.ariadne.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTCDS 2.0 field names and value names, and the ISO country and language codes, from the data
 * files {@code exchange/htcds-vocabulary.json} and {@code exchange/iso-codes.json} (loaded once).
 */
final class Vocabulary {

    private static final String VOCABULARY_FILE = "/exchange/htcds-vocabulary.json";
    private static final String ISO_FILE = "/exchange/iso-codes.json";

    private final Map<String, Map<String, Integer>> valueIndex;
    private final Map<String, List<String>> values;
    private final Map<String, Map<String, String>> valueByLowerCase;
    private final Set<String> htcdsFields;
    private final Set<String> extensionFields;
    private final Set<String> countries;
    private final Set<String> languages;

    private Vocabulary(JsonNode vocabulary, JsonNode iso) {
        Map<String, Map<String, Integer>> index = new HashMap<>();
        Map<String, List<String>> lists = new HashMap<>();
        Map<String, Map<String, String>> lower = new HashMap<>();
        Set<String> fields = new HashSet<>();
        Set<String> extensions = new HashSet<>();
        for (String group : List.of("fields", "extensions")) {
            for (Map.Entry<String, JsonNode> field : vocabulary.required(group).properties()) {
                (group.equals("fields") ? fields : extensions).add(field.getKey());
                JsonNode names = field.getValue().get("values");
                if (names == null) {
                    continue;
                }
                Map<String, Integer> positions = new LinkedHashMap<>();
                Map<String, String> byLower = new HashMap<>();
                for (JsonNode name : names) {
                    positions.put(name.stringValue(), positions.size());
                    byLower.put(name.stringValue().toLowerCase(Locale.ROOT), name.stringValue());
                }
                index.put(field.getKey(), Collections.unmodifiableMap(positions));
                lists.put(field.getKey(), List.copyOf(positions.keySet()));
                lower.put(field.getKey(), byLower);
            }
        }
        this.valueIndex = Map.copyOf(index);
        this.values = Map.copyOf(lists);
        this.valueByLowerCase = Map.copyOf(lower);
        this.htcdsFields = Set.copyOf(fields);
        this.extensionFields = Set.copyOf(extensions);
        this.countries = Set.copyOf(strings(iso.required("countries")));
        this.languages = Set.copyOf(strings(iso.required("languages")));
    }

    private static final class Holder {
        static final Vocabulary STANDARD = new Vocabulary(load(VOCABULARY_FILE), load(ISO_FILE));
    }

    static Vocabulary standard() {
        return Holder.STANDARD;
    }

    private static JsonNode load(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the class path: " + resource);
            }
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            out.add(node.stringValue());
        }
        return out;
    }

    /** Whether the name is an HTCDS 2.0 field (with its prefix). */
    boolean isHtcdsField(String name) {
        return htcdsFields.contains(name);
    }

    /** Whether the name is one of Ariadne's extension columns. */
    boolean isExtensionField(String name) {
        return extensionFields.contains(name);
    }

    /** The value names of a picklist field, in the standard's order. */
    List<String> values(String field) {
        List<String> list = values.get(field);
        if (list == null) {
            throw new IllegalArgumentException("not a picklist field: " + field);
        }
        return list;
    }

    boolean contains(String field, String value) {
        Map<String, Integer> positions = valueIndex.get(field);
        return positions != null && positions.containsKey(value);
    }

    /** Position of a value name in the standard's list, or {@link Integer#MAX_VALUE} if unknown. */
    int position(String field, String value) {
        Map<String, Integer> positions = valueIndex.get(field);
        Integer position = positions == null ? null : positions.get(value);
        return position == null ? Integer.MAX_VALUE : position;
    }

    /** The value name differing only in letter case, or {@code null}. */
    String caseInsensitiveMatch(String field, String value) {
        Map<String, String> byLower = valueByLowerCase.get(field);
        return byLower == null ? null : byLower.get(value.toLowerCase(Locale.ROOT));
    }

    boolean isCountry(String code) {
        return countries.contains(code);
    }

    boolean isLanguage(String code) {
        return languages.contains(code);
    }
}
