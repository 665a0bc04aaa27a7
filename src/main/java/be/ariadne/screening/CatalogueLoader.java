package be.ariadne.screening;

import be.ariadne.screening.IndicatorCatalogue.DimensionInfo;
import be.ariadne.screening.IndicatorCatalogue.Indicator;
import be.ariadne.screening.IndicatorCatalogue.ListInfo;
import be.ariadne.screening.IndicatorCatalogue.Sign;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and checks the catalogue files. Uses only the streaming parser of jackson-core (no object
 * mapper) so that a cold command line loads the catalogue quickly.
 *
 * <h2>{@code screening/catalogue.json}</h2>
 * <pre>
 * {
 *   "version": "ilo-2009+signs-1",            // stored with every screening; bump on ANY change
 *   "source":  "…",                            // where the content comes from
 *   "rules": {
 *     "possibleSignThreshold": 3,             // rule 7: this many signs or more → POSSIBLE
 *     "violenceThreatsCoercion": {            // rule 9: what makes VIOLENCE_THREATS_COERCION apply
 *       "indicators": ["CR_VIOLENCE", …], "signs": ["SIGNS_OF_VIOLENCE"] }
 *   },
 *   "lists": [                                 // exactly ADULT_LABOUR, CHILD_LABOUR, ADULT_SEXUAL, CHILD_SEXUAL
 *     {"code": "CHILD_SEXUAL", "verified": false, "provisional": true, "note": "…"} ],
 *   "dimensions": [                            // exactly DR, CR, VR, EX, CD, VD
 *     {"code": "DR", "element": "RECRUITMENT|EXPLOITATION|COERCION", "label": {"en","fr","nl","de"}} ],
 *   "signs": [
 *     {"code": "NO_PAY", "indicator": "EX_LOW_OR_NO_SALARY", "label": {…4…}, "explanation": {…4…}} ],
 *   "indicators": [
 *     {"code": "DR_JOB_NATURE", "dimension": "DR",
 *      "strength": {"ADULT_LABOUR": "S", "CHILD_LABOUR": "S", …},  // S, M or W; list absent = not in that list
 *      "note": "…",                                                  // optional
 *      "label": {…4…},
 *      "labelInList": {"ADULT_SEXUAL": {…4…}},                       // optional list-specific wording
 *      "explanation": {…4…}} ]
 * }
 * </pre>
 * Every {@code {…4…}} holds a non-blank text for each of {@code en}, {@code fr}, {@code nl},
 * {@code de}. Unknown fields, duplicate codes, unknown dimensions, lists or indicators, missing
 * texts and invalid strengths are refused with an {@link InvalidCatalogueException} naming the code.
 *
 * <h2>{@code screening/eu-eea-ch.txt}</h2>
 * One ISO 3166-1 alpha-2 code per line (text after {@code #} is a comment): the states whose
 * nationals the smuggling rule does not cover.
 */
final class CatalogueLoader {

    private static final String PREFIX = "screening catalogue: ";
    private static final Set<String> ELEMENTS = Set.of("RECRUITMENT", "EXPLOITATION", "COERCION");
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Stands for JSON {@code null} in the generic tree. */
    private static final Object NULL = new Object();
    private static final Map<String, String> SINGULAR = Map.of("lists", "list", "dimensions", "dimension",
            "signs", "sign", "indicators", "indicator");

    private CatalogueLoader() {
    }

    static IndicatorCatalogue load(InputStream catalogueJson, InputStream countryList) {
        Set<String> countries = readCountries(countryList);
        Map<String, Object> root = readJson(catalogueJson);
        return build(new Obj(root, "root", null), countries);
    }

    // ---- the catalogue -------------------------------------------------------------------------

    private static IndicatorCatalogue build(Obj root, Set<String> countries) {
        root.only("version", "source", "rules", "lists", "dimensions", "signs", "indicators");
        String version = root.text("version");
        String source = root.text("source");

        Map<IloList, ListInfo> lists = new EnumMap<>(IloList.class);
        for (Obj list : root.objects("lists")) {
            list.only("code", "verified", "provisional", "note");
            String code = list.text("code");
            IloList iloList = iloList(code);
            if (iloList == null) {
                throw fail("unknown list " + code);
            }
            if (lists.containsKey(iloList)) {
                throw fail("duplicate list code " + code);
            }
            Obj named = list.named("list", code);
            lists.put(iloList, new ListInfo(iloList, named.bool("verified", null),
                    named.bool("provisional", Boolean.FALSE), named.optionalText("note")));
        }
        for (IloList list : IloList.values()) {
            if (!lists.containsKey(list)) {
                throw fail("list " + list + " is missing");
            }
        }

        Map<Dimension, DimensionInfo> dimensions = new EnumMap<>(Dimension.class);
        for (Obj dimension : root.objects("dimensions")) {
            dimension.only("code", "element", "label");
            String code = dimension.text("code");
            Dimension d = dimensionCode(code);
            if (d == null) {
                throw fail("dimension " + code + ": unknown dimension code");
            }
            if (dimensions.containsKey(d)) {
                throw fail("duplicate dimension code " + code);
            }
            Obj named = dimension.named("dimension", code);
            String element = named.text("element");
            if (!ELEMENTS.contains(element)) {
                throw fail("dimension " + code + ": unknown element \"" + element + "\" (expected one of " + ELEMENTS + ")");
            }
            dimensions.put(d, new DimensionInfo(d, element, named.texts("label")));
        }
        for (Dimension d : Dimension.values()) {
            if (!dimensions.containsKey(d)) {
                throw fail("dimension " + d + " is missing");
            }
        }

        List<Indicator> indicators = new ArrayList<>();
        Map<String, Indicator> indicatorsByCode = new HashMap<>();
        for (Obj indicator : root.objects("indicators")) {
            indicator.only("code", "dimension", "strength", "note", "label", "labelInList", "explanation");
            String code = indicator.text("code");
            if (indicatorsByCode.containsKey(code)) {
                throw fail("duplicate indicator code " + code);
            }
            Obj named = indicator.named("indicator", code);
            String dimensionCode = named.text("dimension");
            Dimension d = dimensionCode(dimensionCode);
            if (d == null) {
                throw fail("indicator " + code + ": unknown dimension \"" + dimensionCode + "\"");
            }
            Map<IloList, Strength> strengths = new EnumMap<>(IloList.class);
            Obj strengthObj = named.object("strength");
            for (String listCode : strengthObj.keys()) {
                IloList list = iloList(listCode);
                if (list == null) {
                    throw fail("indicator " + code + ": strength for unknown list " + listCode);
                }
                Object value = strengthObj.raw(listCode);
                Strength strength = value instanceof String ? Strength.ofCode((String) value) : null;
                if (strength == null) {
                    throw fail("indicator " + code + ": invalid strength " + show(value) + " for list " + listCode
                            + " (expected S, M or W)");
                }
                strengths.put(list, strength);
            }
            if (strengths.isEmpty()) {
                throw fail("indicator " + code + ": in no list (strength is empty)");
            }
            Map<IloList, Map<String, String>> labelsInList = new EnumMap<>(IloList.class);
            if (named.has("labelInList")) {
                Obj variants = named.object("labelInList");
                for (String listCode : variants.keys()) {
                    IloList list = iloList(listCode);
                    if (list == null) {
                        throw fail("indicator " + code + ": labelInList for unknown list " + listCode);
                    }
                    labelsInList.put(list, variants.texts(listCode));
                }
            }
            Indicator built = new Indicator(code, d, strengths, named.texts("label"), labelsInList,
                    named.texts("explanation"), named.optionalText("note"));
            indicators.add(built);
            indicatorsByCode.put(code, built);
        }
        Map<Dimension, List<Indicator>> byDimension = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            List<Indicator> ofDimension = new ArrayList<>();
            for (Indicator indicator : indicators) {
                if (indicator.dimension() == d) {
                    ofDimension.add(indicator);
                }
            }
            byDimension.put(d, List.copyOf(ofDimension));
        }

        List<Sign> signs = new ArrayList<>();
        Map<String, Sign> signsByCode = new HashMap<>();
        for (Obj sign : root.objects("signs")) {
            sign.only("code", "indicator", "label", "explanation");
            String code = sign.text("code");
            if (signsByCode.containsKey(code)) {
                throw fail("duplicate sign code " + code);
            }
            Obj named = sign.named("sign", code);
            String target = named.text("indicator");
            if (!indicatorsByCode.containsKey(target)) {
                throw fail("sign " + code + " maps to unknown indicator " + target);
            }
            Sign built = new Sign(code, target, named.texts("label"), named.texts("explanation"));
            signs.add(built);
            signsByCode.put(code, built);
        }

        Obj rules = root.object("rules");
        rules.only("possibleSignThreshold", "violenceThreatsCoercion");
        int threshold = rules.positiveInt("possibleSignThreshold");
        Obj violence = rules.object("violenceThreatsCoercion");
        violence.only("indicators", "signs");
        Set<String> violenceIndicators = new LinkedHashSet<>();
        for (String code : violence.textList("indicators")) {
            if (!indicatorsByCode.containsKey(code)) {
                throw fail("rules.violenceThreatsCoercion: unknown indicator " + code);
            }
            violenceIndicators.add(code);
        }
        Set<String> violenceSigns = new LinkedHashSet<>();
        for (String code : violence.textList("signs")) {
            if (!signsByCode.containsKey(code)) {
                throw fail("rules.violenceThreatsCoercion: unknown sign " + code);
            }
            violenceSigns.add(code);
        }

        return new IndicatorCatalogue(version, source, threshold,
                Collections.unmodifiableSet(violenceIndicators), Collections.unmodifiableSet(violenceSigns),
                Collections.unmodifiableMap(lists), Collections.unmodifiableMap(dimensions),
                List.copyOf(signs), Map.copyOf(signsByCode), List.copyOf(indicators), Map.copyOf(indicatorsByCode),
                Collections.unmodifiableMap(byDimension), countries);
    }

    /** The list with that code, or {@code null}. */
    private static IloList iloList(String code) {
        for (IloList list : IloList.values()) {
            if (list.name().equals(code)) {
                return list;
            }
        }
        return null;
    }

    /** The dimension with that code, or {@code null}. */
    private static Dimension dimensionCode(String code) {
        for (Dimension d : Dimension.values()) {
            if (d.name().equals(code)) {
                return d;
            }
        }
        return null;
    }

    static InvalidCatalogueException fail(String message) {
        return new InvalidCatalogueException(PREFIX + message);
    }

    private static String show(Object value) {
        if (value == NULL) {
            return "null";
        }
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    // ---- the country list ----------------------------------------------------------------------

    private static Set<String> readCountries(InputStream in) {
        Set<String> codes = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                int hash = line.indexOf('#');
                String code = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (code.isEmpty()) {
                    continue;
                }
                if (!ScreeningRequest.IsoCountries.isAlpha2(code)) {
                    throw fail("country list, line " + number + ": \"" + code + "\" is not an ISO 3166-1 alpha-2 code");
                }
                if (!codes.add(code)) {
                    throw fail("country list, line " + number + ": duplicate country code " + code);
                }
            }
        } catch (IOException e) {
            throw new InvalidCatalogueException(PREFIX + "cannot read the country list: " + e.getMessage(), e);
        }
        return Collections.unmodifiableSet(codes);
    }

    // ---- a small JSON tree, read with the streaming parser --------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readJson(InputStream in) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw fail("the file must hold a JSON object");
            }
            Object root = readValue(parser);
            if (parser.nextToken() != null) {
                throw fail("unexpected content after the catalogue object");
            }
            return (Map<String, Object>) root;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidCatalogueException(PREFIX + "invalid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Object readValue(JsonParser parser) {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, readValue(parser));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getString();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw fail("unexpected JSON token " + token);
        }
    }

    /**
     * A JSON object with the context ("indicator DR_JOB_NATURE") its problems are reported in. The
     * context text is only built when a problem is reported: loading stays cheap on a cold JVM.
     */
    private static final class Obj {
        private final Map<String, Object> map;
        private final String kind;
        private final String code;
        private final Obj parent;

        Obj(Map<String, Object> map, String kind, String code) {
            this(map, kind, code, null);
        }

        private Obj(Map<String, Object> map, String kind, String code, Obj parent) {
            this.map = map;
            this.kind = kind;
            this.code = code;
            this.parent = parent;
        }

        Obj named(String newKind, String newCode) {
            return new Obj(map, newKind, newCode);
        }

        /** E.g. "indicator DR_JOB_NATURE", or "rules.violenceThreatsCoercion" for a nested object. */
        private String context() {
            String own = code == null ? kind : kind + " " + code;
            return parent == null ? own : parent.context() + "." + own;
        }

        Set<String> keys() {
            return map.keySet();
        }

        boolean has(String field) {
            return map.containsKey(field) && map.get(field) != NULL;
        }

        Object raw(String field) {
            return map.get(field);
        }

        void only(String... allowed) {
            Set<String> known = Set.of(allowed);
            for (String key : map.keySet()) {
                if (!known.contains(key)) {
                    String code = map.get("code") instanceof String ? " " + map.get("code") : "";
                    throw fail(context() + code + ": unknown field \"" + key + "\"");
                }
            }
        }

        private Object required(String field) {
            Object value = map.get(field);
            if (value == null || value == NULL) {
                throw fail(context() + ": missing \"" + field + "\"");
            }
            return value;
        }

        String text(String field) {
            Object value = required(field);
            if (!(value instanceof String) || ((String) value).isBlank()) {
                throw fail(context() + ": \"" + field + "\" must be a non-blank string");
            }
            return (String) value;
        }

        String optionalText(String field) {
            return has(field) ? text(field) : null;
        }

        boolean bool(String field, Boolean defaultValue) {
            if (!has(field) && defaultValue != null) {
                return defaultValue;
            }
            Object value = required(field);
            if (!(value instanceof Boolean)) {
                throw fail(context() + ": \"" + field + "\" must be true or false");
            }
            return (Boolean) value;
        }

        int positiveInt(String field) {
            Object value = required(field);
            if (!(value instanceof Integer) || (Integer) value < 1) {
                throw fail(context() + ": \"" + field + "\" must be a whole number of at least 1, not " + show(value));
            }
            return (Integer) value;
        }

        @SuppressWarnings("unchecked")
        Obj object(String field) {
            Object value = required(field);
            if (!(value instanceof Map)) {
                throw fail(context() + ": \"" + field + "\" must be an object");
            }
            return new Obj((Map<String, Object>) value, field, null, "root".equals(kind) ? null : this);
        }

        @SuppressWarnings("unchecked")
        List<Obj> objects(String field) {
            Object value = required(field);
            if (!(value instanceof List)) {
                throw fail(context() + ": \"" + field + "\" must be an array");
            }
            List<Obj> result = new ArrayList<>();
            int index = 0;
            for (Object element : (List<Object>) value) {
                if (!(element instanceof Map)) {
                    throw fail(field + "[" + index + "] must be an object");
                }
                result.add(new Obj((Map<String, Object>) element, SINGULAR.getOrDefault(field, field), null));
                index++;
            }
            return result;
        }

        @SuppressWarnings("unchecked")
        List<String> textList(String field) {
            Object value = required(field);
            if (!(value instanceof List)) {
                throw fail(context() + ": \"" + field + "\" must be an array of codes");
            }
            List<String> result = new ArrayList<>();
            for (Object element : (List<Object>) value) {
                if (!(element instanceof String)) {
                    throw fail(context() + ": \"" + field + "\" must hold codes (strings), not " + show(element));
                }
                result.add((String) element);
            }
            return result;
        }

        /** A text per language: {"en": …, "fr": …, "nl": …, "de": …}, all present and non-blank. */
        @SuppressWarnings("unchecked")
        Map<String, String> texts(String field) {
            Object value = map.get(field);
            if (value == null || value == NULL) {
                throw fail(context() + ": missing " + field);
            }
            if (!(value instanceof Map)) {
                throw fail(context() + ": " + field + " must be an object with one text per language");
            }
            Map<String, Object> perLanguage = (Map<String, Object>) value;
            for (String key : perLanguage.keySet()) {
                if (!IndicatorCatalogue.LANGUAGES.contains(key)) {
                    throw fail(context() + ": " + field + " in unsupported language \"" + key + "\"");
                }
            }
            Map<String, String> texts = new LinkedHashMap<>();
            for (String language : IndicatorCatalogue.LANGUAGES) {
                Object text = perLanguage.get(language);
                if (!(text instanceof String) || ((String) text).isBlank()) {
                    throw fail(context() + ": missing " + field + " in \"" + language + "\"");
                }
                texts.put(language, (String) text);
            }
            return texts;
        }
    }
}
