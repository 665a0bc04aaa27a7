package be.ariadne.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distributions and pools of {@link SyntheticCaseGenerator}, read once from
 * {@code exchange/synthetic-distributions.json} and checked: every country, language and HTCDS
 * value name must be valid, so that a typo in the data file stops the generator at once instead
 * of producing invalid cases.
 */
final class SyntheticDistributions {

    private static final String FILE = "/exchange/synthetic-distributions.json";

    /** One exploitation group (labour, sexual, other) and what goes with it. */
    static final class Group {
        final Weighted<ExploitationForm> forms;
        final Weighted<Gender> gender;
        final int childPercent;
        final Weighted<String> citizenships;
        final int longTailPercent;
        final Weighted<String> relationshipToTrafficker;
        final Weighted<String> methodsOfRecruitment;
        final String[] methodsOfControl;
        final int[] methodsOfControlPercent;

        Group(JsonNode node) {
            forms = Weighted.of(node.required("forms"), ExploitationForm::valueOf);
            gender = Weighted.of(node.required("gender"), Gender::valueOf);
            childPercent = percent(node, "childPercent");
            citizenships = Weighted.of(node.required("citizenships"), code -> code);
            longTailPercent = percent(node, "longTailPercent");
            relationshipToTrafficker = valueNames(node.required("relationshipToTrafficker"),
                    Column.RELATIONSHIP_TO_TRAFFICKER);
            methodsOfRecruitment = valueNames(node.required("methodsOfRecruitment"), Column.METHOD_OF_RECRUITMENT);
            JsonNode control = node.required("methodsOfControlPercent");
            List<String> methods = new ArrayList<>(control.propertyNames());
            methodsOfControl = methods.toArray(new String[0]);
            methodsOfControlPercent = new int[methods.size()];
            for (int i = 0; i < methods.size(); i++) {
                checkValueName(Column.METHODS_OF_CONTROL, methods.get(i));
                methodsOfControlPercent[i] = percent(control, methods.get(i));
            }
        }
    }

    /** What a form changes in its group's distributions (null: unchanged). */
    static final class FormOverride {
        final Weighted<Gender> gender;
        final Integer childPercent;

        FormOverride(JsonNode node) {
            gender = node.has("gender") ? Weighted.of(node.get("gender"), Gender::valueOf) : null;
            childPercent = node.has("childPercent") ? percent(node, "childPercent") : null;
        }
    }

    /** Invented syllables for names. */
    static final class NameStyle {
        final String[] first;
        final String[] firstEndings;
        final String[] surname;
        final String[] surnameEndings;

        NameStyle(JsonNode node) {
            first = strings(node.required("first"));
            firstEndings = strings(node.required("firstEndings"));
            surname = strings(node.required("surname"));
            surnameEndings = strings(node.required("surnameEndings"));
        }
    }

    static final class Country {
        final String[] languages;
        final NameStyle names;

        Country(String[] languages, NameStyle names) {
            this.languages = languages;
            this.names = names;
        }
    }

    static final class PhoneRange {
        final String[] prefixes;
        final int randomDigits;

        PhoneRange(JsonNode node) {
            prefixes = strings(node.required("prefixes"));
            randomDigits = node.required("randomDigits").asInt();
        }
    }

    static final class City {
        final String name;
        final String postalCode;
        final String[] streetPatterns;

        City(String name, String postalCode, String[] streetPatterns) {
            this.name = name;
            this.postalCode = postalCode;
            this.streetPatterns = streetPatterns;
        }
    }

    final int referenceYear;
    final Weighted<Integer> registrationYears;
    final Weighted<Group> groups;
    final Map<ExploitationForm, FormOverride> formOverrides = new EnumMap<>(ExploitationForm.class);
    final int secondFormPercent;
    final Weighted<ExploitationForm> secondForms;
    final Weighted<int[]> adultAges;
    final Weighted<int[]> childAges;
    final int fullBirthDatePercent;
    final int birthYearOnlyPercent;
    final int ageWhenTraffickedPercent;
    final Weighted<Integer> yearsTraffickedBeforeRegistration;
    final int secondCitizenshipPercent;
    final Map<String, Country> countries = new HashMap<>();
    final Weighted<String> longTail;
    final int primaryLanguagePercent;
    final int secondaryLanguagePercent;
    final Weighted<String> secondaryLanguages;
    final int traffickingStatusRecentYears;
    final Weighted<TraffickingStatus> recentTraffickingStatus;
    final Weighted<TraffickingStatus> olderTraffickingStatus;
    final int caseStatusRecentYears;
    final Weighted<CaseStatus> recentCaseStatus;
    final Weighted<CaseStatus> olderCaseStatus;
    final Map<CaseStatus, String[]> reasonsForClosure = new EnumMap<>(CaseStatus.class);
    final Weighted<String> forcedLabourIndustries;
    final int secondIndustryPercent;
    final Weighted<String> typesOfSexExploitation;
    final int secondSexTypePercent;
    final Map<String, Integer> presencePercent = new HashMap<>();
    final String identityPrefix;
    final int identityLetters;
    final int identityDigits;
    final Weighted<PhoneRange> phoneRanges;
    final String addressCountry;
    final Weighted<City> cities;
    final String[] streetSyllables;
    final String[] streetEndings;
    final String externalIdPrefix;

    private SyntheticDistributions(JsonNode root) {
        referenceYear = root.required("referenceYear").asInt();
        registrationYears = Weighted.of(root.required("registrationYears"), Integer::valueOf);
        List<Group> groupList = new ArrayList<>();
        List<Integer> groupWeights = new ArrayList<>();
        for (var entry : root.required("exploitationGroups").properties()) {
            groupList.add(new Group(entry.getValue()));
            groupWeights.add(entry.getValue().required("weight").asInt());
        }
        groups = Weighted.of(groupList, groupWeights.stream().mapToInt(Integer::intValue).toArray());
        for (var entry : root.required("formOverrides").properties()) {
            formOverrides.put(ExploitationForm.valueOf(entry.getKey()), new FormOverride(entry.getValue()));
        }
        secondFormPercent = percent(root, "secondFormPercent");
        secondForms = Weighted.of(root.required("secondForms"), ExploitationForm::valueOf);
        adultAges = Weighted.of(root.required("adultAges"), SyntheticDistributions::range);
        childAges = Weighted.of(root.required("childAges"), SyntheticDistributions::range);
        fullBirthDatePercent = percent(root.required("birthDate"), "fullDatePercent");
        birthYearOnlyPercent = percent(root.required("birthDate"), "yearOnlyPercent");
        ageWhenTraffickedPercent = percent(root, "ageWhenTraffickedPercent");
        yearsTraffickedBeforeRegistration = Weighted.of(root.required("yearsTraffickedBeforeRegistration"),
                Integer::valueOf);
        secondCitizenshipPercent = percent(root, "secondCitizenshipPercent");

        Map<String, NameStyle> styles = new HashMap<>();
        for (var entry : root.required("names").required("styles").properties()) {
            styles.put(entry.getKey(), new NameStyle(entry.getValue()));
        }
        Vocabulary vocabulary = Vocabulary.standard();
        for (var entry : root.required("countries").properties()) {
            String code = entry.getKey();
            require(vocabulary.isCountry(code), "not an ISO 3166-1 alpha-2 code: " + code);
            String[] languages = strings(entry.getValue().required("languages"));
            for (String language : languages) {
                require(vocabulary.isLanguage(language), "not an ISO 639 code: " + language);
            }
            NameStyle style = styles.get(entry.getValue().required("names").asString());
            require(style != null, "unknown name style for " + code);
            countries.put(code, new Country(languages, style));
        }
        longTail = Weighted.of(root.required("longTail"), code -> code);
        for (Group group : groups.values()) {
            group.citizenships.values().forEach(this::requireCountry);
        }
        longTail.values().forEach(this::requireCountry);

        primaryLanguagePercent = percent(root, "primaryLanguagePercent");
        secondaryLanguagePercent = percent(root, "secondaryLanguagePercent");
        secondaryLanguages = Weighted.of(root.required("secondaryLanguages"), code -> code);
        secondaryLanguages.values().forEach(code -> require(vocabulary.isLanguage(code), "not an ISO 639 code: " + code));

        JsonNode trafficking = root.required("traffickingStatus");
        traffickingStatusRecentYears = trafficking.required("recentYears").asInt();
        recentTraffickingStatus = Weighted.of(trafficking.required("recent"), TraffickingStatus::valueOf);
        olderTraffickingStatus = Weighted.of(trafficking.required("older"), TraffickingStatus::valueOf);
        JsonNode status = root.required("caseStatus");
        caseStatusRecentYears = status.required("recentYears").asInt();
        recentCaseStatus = Weighted.of(status.required("recent"), CaseStatus::valueOf);
        olderCaseStatus = Weighted.of(status.required("older"), CaseStatus::valueOf);
        for (var entry : root.required("reasonsForClosure").properties()) {
            String[] reasons = strings(entry.getValue());
            for (String reason : reasons) {
                require(Rules.text(Column.REASON_FOR_CLOSURE, reason) == null, "reason for closure too long: " + reason);
            }
            reasonsForClosure.put(CaseStatus.valueOf(entry.getKey()), reasons);
        }

        forcedLabourIndustries = valueNames(root.required("forcedLabourIndustries"), Column.FORCED_LABOUR_INDUSTRY);
        secondIndustryPercent = percent(root, "secondIndustryPercent");
        typesOfSexExploitation = valueNames(root.required("typesOfSexExploitation"), Column.TYPE_OF_SEX_EXPLOITATION);
        secondSexTypePercent = percent(root, "secondSexTypePercent");
        for (var entry : root.required("presencePercent").properties()) {
            presencePercent.put(entry.getKey(), percent(root.required("presencePercent"), entry.getKey()));
        }

        JsonNode identity = root.required("identityNumber");
        identityPrefix = identity.required("prefix").asString();
        identityLetters = identity.required("letters").asInt();
        identityDigits = identity.required("digits").asInt();
        List<PhoneRange> ranges = new ArrayList<>();
        List<Integer> rangeWeights = new ArrayList<>();
        for (JsonNode range : root.required("phoneRanges")) {
            ranges.add(new PhoneRange(range));
            rangeWeights.add(range.required("weight").asInt());
        }
        phoneRanges = Weighted.of(ranges, rangeWeights.stream().mapToInt(Integer::intValue).toArray());

        JsonNode addresses = root.required("addresses");
        addressCountry = addresses.required("country").asString();
        requireCountry(addressCountry);
        JsonNode patterns = addresses.required("streetPatterns");
        List<City> cityList = new ArrayList<>();
        List<Integer> cityWeights = new ArrayList<>();
        for (JsonNode city : addresses.required("cities")) {
            String language = city.required("language").asString();
            require(patterns.has(language), "no street patterns for " + language);
            cityList.add(new City(city.required("city").asString(), city.required("postalCode").asString(),
                    strings(patterns.get(language))));
            cityWeights.add(city.required("weight").asInt());
        }
        cities = Weighted.of(cityList, cityWeights.stream().mapToInt(Integer::intValue).toArray());
        streetSyllables = strings(addresses.required("streetSyllables"));
        streetEndings = strings(addresses.required("streetEndings"));
        externalIdPrefix = root.required("externalIdPrefix").asString();
    }

    private static final class Holder {
        static final SyntheticDistributions STANDARD = load();
    }

    static SyntheticDistributions standard() {
        return Holder.STANDARD;
    }

    private static SyntheticDistributions load() {
        try (InputStream in = SyntheticDistributions.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the class path: " + FILE);
            }
            return new SyntheticDistributions(JsonMapper.shared().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    int presence(String what) {
        Integer percent = presencePercent.get(what);
        if (percent == null) {
            throw new IllegalStateException(FILE + ": presencePercent." + what + " missing");
        }
        return percent;
    }

    private void requireCountry(String code) {
        require(countries.containsKey(code), "country without languages and name style: " + code);
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(FILE + ": " + problem);
        }
    }

    private static int percent(JsonNode node, String name) {
        int value = node.required(name).asInt();
        require(value >= 0 && value <= 100, name + " is not a percent: " + value);
        return value;
    }

    private static int[] range(String text) {
        int dash = text.indexOf('-');
        return dash < 0 ? new int[] {Integer.parseInt(text), Integer.parseInt(text)}
                : new int[] {Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1))};
    }

    private static Weighted<String> valueNames(JsonNode node, Column column) {
        Weighted<String> weighted = Weighted.of(node, name -> name);
        weighted.values().forEach(name -> checkValueName(column, name));
        return weighted;
    }

    private static void checkValueName(Column column, String name) {
        require(Vocabulary.standard().contains(column.header(), name),
                "not an HTCDS value of " + column.header() + ": " + name);
    }

    private static String[] strings(JsonNode array) {
        String[] out = new String[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asString();
        }
        return out;
    }
}
