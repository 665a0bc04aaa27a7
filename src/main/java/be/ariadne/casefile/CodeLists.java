package be.ariadne.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * The case file's code lists (data files {@code casefile/*.csv}): each code with its HTCDS 2.0
 * value and its label in the four languages. Loaded and checked at start-up: a list that does not
 * match its enum, a duplicate code or a missing label stops the application with the file named.
 * Other modules (HTCDS exchange) read the mapping from here.
 */
@Component
public class CodeLists {
    public static final String GENDERS = "genders";
    public static final String EXPLOITATION_FORMS = "exploitation-forms";
    public static final String TRAFFICKING_STATUSES = "trafficking-statuses";
    public static final String CASE_STATUSES = "case-statuses";
    public static final String STAGES = "stages";
    public static final String COMPARTMENTS = "compartments";
    public static final String ISIC_SECTORS = "isic-sectors";
    public static final String CONTROL_METHODS = "control-methods";
    public static final String RECRUITMENT_METHODS = "recruitment-methods";
    public static final String RECRUITER_RELATIONS = "recruiter-relations";
    public static final String SUSPECT_ROLES = "suspect-roles";
    public static final String SUPPORT_TYPES = "support-types";
    public static final String SUPPORT_STATUSES = "support-statuses";
    public static final String CLOSE_REASONS = "close-reasons";
    public static final String DOCUMENT_TYPES = "document-types";
    public static final String IDENTITY_DOCUMENT_TYPES = "identity-document-types";
    public static final String PLACE_KINDS = "place-kinds";
    public static final String CHILD_ALERT_KINDS = "child-alert-kinds";
    public static final String CONSENT_GIVERS = "consent-givers";
    public static final String TASK_STATUSES = "task-statuses";
    public static final String SHARE_BASES = "share-bases";

    private static final List<String> LANGUAGES = List.of("en", "fr", "nl", "de");
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            GENDERS, Gender.class, EXPLOITATION_FORMS, ExploitationForm.class, TRAFFICKING_STATUSES, TraffickingStatus.class,
            CASE_STATUSES, CaseStatus.class, STAGES, Stage.class, COMPARTMENTS, Compartment.class);
    private static final List<String> ALL = List.of(GENDERS, EXPLOITATION_FORMS, TRAFFICKING_STATUSES, CASE_STATUSES, STAGES,
            COMPARTMENTS, ISIC_SECTORS, CONTROL_METHODS, RECRUITMENT_METHODS, RECRUITER_RELATIONS, SUSPECT_ROLES, SUPPORT_TYPES,
            SUPPORT_STATUSES, CLOSE_REASONS, DOCUMENT_TYPES, IDENTITY_DOCUMENT_TYPES, PLACE_KINDS, CHILD_ALERT_KINDS,
            CONSENT_GIVERS, TASK_STATUSES, SHARE_BASES);

    /** One code of a list: its HTCDS value (empty when Ariadne's own), labels by language, extra columns. */
    public record Code(String code, String htcds, Map<String, String> labels, Map<String, String> extra) {
        public String label(Locale locale) {
            String l = labels.get(locale == null ? "en" : locale.getLanguage());
            return l != null ? l : labels.get("en");
        }
    }

    private final Map<String, Map<String, Code>> lists;
    private final Set<String> countries;
    private final Set<String> languages;

    public CodeLists() {
        this("/casefile/");
    }

    CodeLists(String folder) {
        Map<String, Map<String, Code>> loaded = new LinkedHashMap<>();
        for (String name : ALL) loaded.put(name, load(folder + name + ".csv", ENUMS.get(name)));
        this.lists = Collections.unmodifiableMap(loaded);
        // XK: Kosovo, the user-assigned code the EU (Eurostat) and HTCDS partners use; not in the Java runtime's list.
        java.util.Set<String> isoCountries = new java.util.HashSet<>(Arrays.asList(Locale.getISOCountries()));
        isoCountries.add("XK");
        this.countries = Set.copyOf(isoCountries);
        this.languages = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));
    }

    /** The names of every list. */
    public List<String> names() {
        return ALL;
    }

    /** The codes of a list, in the file's order. */
    public List<Code> codes(String list) {
        return List.copyOf(list(list).values());
    }

    public boolean contains(String list, String code) {
        return code != null && list(list).containsKey(code);
    }

    public Optional<Code> code(String list, String code) {
        return Optional.ofNullable(code == null ? null : list(list).get(code));
    }

    /** The label in the language of {@code locale}; the code itself when unknown. */
    public String label(String list, String code, Locale locale) {
        if (code == null) return null;
        Code c = list(list).get(code);
        return c == null ? code : c.label(locale);
    }

    /** The HTCDS 2.0 value name of a code (empty when HTCDS has none). */
    public String htcds(String list, String code) {
        return code(list, code).map(Code::htcds).orElse("");
    }

    /** ISO 3166-1 alpha-2 country codes. */
    public boolean isCountry(String code) {
        return code != null && countries.contains(code);
    }

    /** ISO 639-1 language codes. */
    public boolean isLanguage(String code) {
        return code != null && languages.contains(code);
    }

    public List<String> countryCodes() {
        return new ArrayList<>(new TreeSet<>(countries));
    }

    public List<String> languageCodes() {
        return new ArrayList<>(new TreeSet<>(languages));
    }

    public String countryName(String code, Locale locale) {
        if (code == null) return null;
        String name = new Locale("", code).getDisplayCountry(locale == null ? Locale.ENGLISH : locale);
        return name == null || name.isBlank() ? code : name;
    }

    public String languageName(String code, Locale locale) {
        if (code == null) return null;
        String name = new Locale(code).getDisplayLanguage(locale == null ? Locale.ENGLISH : locale);
        return name == null || name.isBlank() ? code : name;
    }

    private Map<String, Code> list(String name) {
        Map<String, Code> l = lists.get(name);
        if (l == null) throw new IllegalArgumentException("no code list " + name);
        return l;
    }

    static Map<String, Code> load(String resource, Class<? extends Enum<?>> enumType) {
        Map<String, Code> codes = new LinkedHashMap<>();
        try (InputStream in = CodeLists.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("code list " + resource + " is missing");
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
            try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
                List<String> header = parser.getHeaderNames();
                List<String> required = new ArrayList<>(List.of("code", "htcds"));
                required.addAll(LANGUAGES);
                if (!header.containsAll(required)) {
                    throw new IllegalStateException(resource + ": the header must start with code,htcds,en,fr,nl,de");
                }
                for (CSVRecord r : parser) {
                    String code = r.get("code");
                    if (code.isEmpty()) throw new IllegalStateException(resource + " line " + r.getRecordNumber() + ": empty code");
                    if (codes.containsKey(code)) throw new IllegalStateException(resource + ": code " + code + " is listed twice");
                    Map<String, String> labels = new LinkedHashMap<>();
                    for (String lang : LANGUAGES) {
                        String label = r.isSet(lang) ? r.get(lang) : "";
                        if (label.isEmpty()) throw new IllegalStateException(resource + ": code " + code + " has no label in " + lang);
                        labels.put(lang, label);
                    }
                    Map<String, String> extra = new LinkedHashMap<>();
                    for (String h : header) if (!required.contains(h)) extra.put(h, r.isSet(h) ? r.get(h) : "");
                    codes.put(code, new Code(code, r.get("htcds"), Map.copyOf(labels), Map.copyOf(extra)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        if (enumType != null) {
            Set<String> expected = new TreeSet<>();
            for (Enum<?> e : enumType.getEnumConstants()) expected.add(e.name());
            if (!expected.equals(new TreeSet<>(codes.keySet()))) {
                throw new IllegalStateException(resource + " must list exactly the values of " + enumType.getSimpleName() + ": " + expected);
            }
        }
        return Collections.unmodifiableMap(codes);
    }
}
