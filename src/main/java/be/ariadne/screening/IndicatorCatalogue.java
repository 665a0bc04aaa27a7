package be.ariadne.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The versioned indicator catalogue: quick-screen signs, ILO dimensions and indicators with their
 * strengths per list, labels and plain explanations in English, French, Dutch and German, rule
 * thresholds, and the EU/EEA/Swiss country list used by the smuggling rule.
 *
 * <p>Read from {@code screening/catalogue.json} and {@code screening/eu-eea-ch.txt} on the class
 * path (see {@code CatalogueLoader} for the file schema); {@link #standard()} loads them once and
 * caches the result. Immutable and thread-safe.
 */
public final class IndicatorCatalogue {

    /** The languages every label and explanation must exist in; English is the default. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "nl", "de");

    static final String CATALOGUE_RESOURCE = "/screening/catalogue.json";
    static final String COUNTRIES_RESOURCE = "/screening/eu-eea-ch.txt";

    private final String version;
    private final String source;
    private final int possibleSignThreshold;
    private final Set<String> violenceIndicators;
    private final Set<String> violenceSigns;
    private final Map<IloList, ListInfo> lists;
    private final Map<Dimension, DimensionInfo> dimensions;
    private final List<Sign> signs;
    private final Map<String, Sign> signsByCode;
    private final List<Indicator> indicators;
    private final Map<String, Indicator> indicatorsByCode;
    private final Map<Dimension, List<Indicator>> indicatorsByDimension;
    private final Set<String> euEeaSwiss;

    IndicatorCatalogue(String version, String source, int possibleSignThreshold, Set<String> violenceIndicators,
                       Set<String> violenceSigns, Map<IloList, ListInfo> lists,
                       Map<Dimension, DimensionInfo> dimensions, List<Sign> signs, Map<String, Sign> signsByCode,
                       List<Indicator> indicators, Map<String, Indicator> indicatorsByCode,
                       Map<Dimension, List<Indicator>> indicatorsByDimension, Set<String> euEeaSwiss) {
        this.version = version;
        this.source = source;
        this.possibleSignThreshold = possibleSignThreshold;
        this.violenceIndicators = violenceIndicators;
        this.violenceSigns = violenceSigns;
        this.lists = lists;
        this.dimensions = dimensions;
        this.signs = signs;
        this.signsByCode = signsByCode;
        this.indicators = indicators;
        this.indicatorsByCode = indicatorsByCode;
        this.indicatorsByDimension = indicatorsByDimension;
        this.euEeaSwiss = euEeaSwiss;
    }

    /** The catalogue shipped with the application, loaded once (first call) and cached. */
    public static IndicatorCatalogue standard() {
        return Standard.INSTANCE;
    }

    /**
     * Loads a catalogue from its two files (for example a corrected catalogue under review).
     *
     * @param catalogueJson the catalogue JSON (UTF-8)
     * @param countryList   the EU/EEA/Swiss country list, one ISO 3166-1 alpha-2 code a line
     * @throws InvalidCatalogueException naming the offending code and the problem
     */
    public static IndicatorCatalogue load(InputStream catalogueJson, InputStream countryList) {
        return CatalogueLoader.load(catalogueJson, countryList);
    }

    /** The supported language for a locale: its language when English, French, Dutch or German, else English. */
    public static String language(Locale locale) {
        if (locale != null) {
            String language = locale.getLanguage();
            for (String supported : LANGUAGES) {
                if (supported.equals(language)) {
                    return supported;
                }
            }
        }
        return "en";
    }

    /** The version string, e.g. {@code ilo-2009+signs-1}; stored with every screening. */
    public String version() {
        return version;
    }

    /** Where the catalogue's content comes from. */
    public String source() {
        return source;
    }

    /** Rule 7: this many distinct signs or more make trafficking POSSIBLE. */
    public int possibleSignThreshold() {
        return possibleSignThreshold;
    }

    /** Rule 9: indicators that make the circumstance VIOLENCE_THREATS_COERCION apply. */
    public Set<String> violenceIndicators() {
        return violenceIndicators;
    }

    /** Rule 9: signs that make the circumstance VIOLENCE_THREATS_COERCION apply. */
    public Set<String> violenceSigns() {
        return violenceSigns;
    }

    /** Rule 10: whether a citizenship is that of an EU or EEA state or Switzerland. */
    public boolean isEuEeaOrSwiss(String citizenship) {
        return citizenship != null && euEeaSwiss.contains(citizenship);
    }

    /** Rule 10: the EU, EEA and Swiss ISO 3166-1 alpha-2 codes. */
    public Set<String> euEeaOrSwissCountries() {
        return euEeaSwiss;
    }

    /** The four lists with their verification status, in canonical order. */
    public List<ListInfo> lists() {
        return List.copyOf(lists.values());
    }

    /** Verification status of one list. */
    public ListInfo list(IloList list) {
        return lists.get(list);
    }

    /** The six dimensions, DR to VD. */
    public List<DimensionInfo> dimensions() {
        return List.copyOf(dimensions.values());
    }

    /** One dimension's description. */
    public DimensionInfo dimension(Dimension dimension) {
        return dimensions.get(dimension);
    }

    /** The quick-screen signs, in catalogue order (the order to show them in). */
    public List<Sign> signs() {
        return signs;
    }

    /** A sign by code. */
    public Optional<Sign> sign(String code) {
        return Optional.ofNullable(signsByCode.get(code));
    }

    /** All ILO indicators, in catalogue order (grouped by dimension). */
    public List<Indicator> indicators() {
        return indicators;
    }

    /** The indicators of one dimension, in catalogue order. */
    public List<Indicator> indicators(Dimension dimension) {
        return indicatorsByDimension.get(dimension);
    }

    /** The indicators of one dimension that belong to a list, in catalogue order. */
    public List<Indicator> indicators(Dimension dimension, IloList list) {
        List<Indicator> inList = new java.util.ArrayList<>();
        for (Indicator indicator : indicatorsByDimension.get(dimension)) {
            if (indicator.inList(list)) {
                inList.add(indicator);
            }
        }
        return List.copyOf(inList);
    }

    /** An indicator by code. */
    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicatorsByCode.get(code));
    }

    @Override
    public String toString() {
        return "IndicatorCatalogue[" + version + ", " + signs.size() + " signs, " + indicators.size() + " indicators]";
    }

    /**
     * Verification status of a list.
     *
     * @param list        the list
     * @param verified    strengths checked against the ILO brochure
     * @param provisional the list is a stand-in until the real one is retrieved
     * @param note        a maintainer's note on the list's source (English)
     */
    public record ListInfo(IloList list, boolean verified, boolean provisional, String note) {
    }

    /**
     * An ILO dimension.
     *
     * @param dimension the code
     * @param element   the element of trafficking it evidences: RECRUITMENT, EXPLOITATION or COERCION
     * @param labels    label per language
     */
    public record DimensionInfo(Dimension dimension, String element, Map<String, String> labels) {

        public DimensionInfo {
            labels = Map.copyOf(labels);
        }

        public String label(Locale locale) {
            return labels.get(language(locale));
        }
    }

    /**
     * A quick-screen warning sign.
     *
     * @param code         the sign code
     * @param indicator    the ILO indicator it maps to
     * @param labels       label per language
     * @param explanations one-sentence plain explanation per language
     */
    public record Sign(String code, String indicator, Map<String, String> labels, Map<String, String> explanations) {

        public Sign {
            labels = Map.copyOf(labels);
            explanations = Map.copyOf(explanations);
        }

        public String label(Locale locale) {
            return labels.get(language(locale));
        }

        public String explanation(Locale locale) {
            return explanations.get(language(locale));
        }
    }

    /**
     * An ILO indicator.
     *
     * @param code         the indicator code
     * @param dimension    its dimension
     * @param strengths    strength per list; a list absent from the map does not contain the indicator
     * @param labels       label per language
     * @param labelsInList list-specific labels per language (e.g. wording for sexual exploitation)
     * @param explanations one-sentence plain explanation per language
     * @param note         a maintainer's note (e.g. sources disagree), or {@code null}
     */
    public record Indicator(String code, Dimension dimension, Map<IloList, Strength> strengths,
                            Map<String, String> labels, Map<IloList, Map<String, String>> labelsInList,
                            Map<String, String> explanations, String note) {

        public Indicator {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(dimension, "dimension");
            strengths = strengths.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(strengths));
            labels = Map.copyOf(labels);
            Map<IloList, Map<String, String>> variants = new EnumMap<>(IloList.class);
            for (Map.Entry<IloList, Map<String, String>> variant : labelsInList.entrySet()) {
                variants.put(variant.getKey(), Map.copyOf(variant.getValue()));
            }
            labelsInList = variants.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(variants);
            explanations = Map.copyOf(explanations);
        }

        /** Whether the indicator belongs to a list. */
        public boolean inList(IloList list) {
            return strengths.containsKey(list);
        }

        /** The strength in a list, empty when the indicator is not in that list. */
        public Optional<Strength> strength(IloList list) {
            return Optional.ofNullable(strengths.get(list));
        }

        public String label(Locale locale) {
            return labels.get(language(locale));
        }

        /** The label as worded in a list (falls back to the general label). */
        public String label(Locale locale, IloList list) {
            Map<String, String> specific = labelsInList.get(list);
            return specific != null ? specific.get(language(locale)) : label(locale);
        }

        public String explanation(Locale locale) {
            return explanations.get(language(locale));
        }
    }

    private static final class Standard {
        static final IndicatorCatalogue INSTANCE = loadStandard();

        private static IndicatorCatalogue loadStandard() {
            try (InputStream catalogue = resource(CATALOGUE_RESOURCE);
                 InputStream countries = resource(COUNTRIES_RESOURCE)) {
                return load(catalogue, countries);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = IndicatorCatalogue.class.getResourceAsStream(name);
            if (in == null) {
                throw new InvalidCatalogueException("screening catalogue: resource " + name + " not found on the class path");
            }
            return in;
        }
    }
}
