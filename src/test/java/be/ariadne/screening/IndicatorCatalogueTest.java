package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.IndicatorCatalogue.Indicator;
import be.ariadne.screening.IndicatorCatalogue.Sign;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalogue holds exactly what {@code shared/domain/indicators.md} says: codes,
 * dimensions, adult labour strengths, and the rules that derive the three other lists.
 */
class IndicatorCatalogueTest {

    /** The adult labour table of indicators.md, in its order. */
    private static final String ADULT_LABOUR = """
            DR_JOB_NATURE S, DR_WORK_CONDITIONS M, DR_CONTRACT M, DR_FAMILY_REUNIFICATION M, DR_HOUSING M,
            DR_LEGAL_STATUS M, DR_TRAVEL M, DR_WAGES M, DR_MARRIAGE_ADOPTION M, DR_EDUCATION W,
            CR_VIOLENCE S, CR_ABDUCTION M, CR_DOCUMENTS M, CR_DEBT M, CR_ISOLATION M, CR_DENUNCIATION M,
            CR_THREATS M, CR_SHAME M, CR_FAMILY_VIOLENCE M, CR_MONEY M,
            VR_FAMILY_DIFFICULTY M, VR_ILLEGAL_STATUS M, VR_EDUCATION M, VR_INFORMATION M, VR_EXPLOITER_CONTROL M,
            VR_ECONOMIC M, VR_FALSE_LAW_INFO M, VR_FALSE_MIGRATION_INFO M, VR_FAMILY_SITUATION M,
            VR_PERSONAL_SITUATION M, VR_DEPENDENCY M, VR_AUTHORITIES M, VR_PAST_DIFFICULTIES M,
            VR_TRAVEL_DIFFICULTY M, VR_BELIEFS W, VR_GENERAL_CONTEXT W,
            EX_EXCESSIVE_HOURS S, EX_BAD_LIVING M, EX_HAZARDOUS_WORK M, EX_LOW_OR_NO_SALARY M, EX_LABOUR_LAW M,
            EX_NO_SOCIAL_PROTECTION M, EX_VERY_BAD_CONDITIONS M, EX_WAGE_MANIPULATION M, EX_NO_EDUCATION W,
            CD_DOCUMENTS S, CD_DEBT S, CD_ISOLATION S, CD_VIOLENCE S, CD_ILLICIT_ACTIVITIES M, CD_FORCED_TASKS M,
            CD_AGAINST_PEERS M, CD_FORCED_TO_LIE M, CD_DENUNCIATION M, CD_WORSE_CONDITIONS M, CD_THREATS M,
            CD_STRONG_INFLUENCE M, CD_FAMILY_VIOLENCE M, CD_WAGES_WITHHELD M, CD_SHAME W,
            VD_DEPENDENCY M, VD_UNKNOWN_AREA M, VD_ECONOMIC M, VD_FAMILY_SITUATION M, VD_AUTHORITIES M,
            VD_PAST_DIFFICULTIES W, VD_PERSONAL_CHARACTERISTICS W""";

    private static final Set<String> CHILD_STRONG = Set.of("DR_JOB_NATURE", "DR_EDUCATION", "CR_VIOLENCE",
            "CR_THREATS", "CR_ABDUCTION", "CR_DEBT", "EX_EXCESSIVE_HOURS", "CD_DOCUMENTS", "CD_DEBT", "CD_ISOLATION",
            "CD_VIOLENCE", "CD_THREATS", "CD_ILLICIT_ACTIVITIES", "CD_FORCED_TASKS", "CD_STRONG_INFLUENCE");
    private static final Set<String> NOT_FOR_CHILDREN = Set.of("VR_FALSE_LAW_INFO", "EX_NO_SOCIAL_PROTECTION");
    private static final Map<String, String> ADULT_SEXUAL_CHANGES = Map.ofEntries(
            Map.entry("CR_ABDUCTION", "S"), Map.entry("CR_DEBT", "S"), Map.entry("CR_ISOLATION", "S"),
            Map.entry("CR_THREATS", "S"), Map.entry("CR_VIOLENCE", "S"), Map.entry("CD_DOCUMENTS", "S"),
            Map.entry("CD_DEBT", "S"), Map.entry("CD_FORCED_TASKS", "S"), Map.entry("CD_ISOLATION", "S"),
            Map.entry("CD_THREATS", "S"), Map.entry("CD_VIOLENCE", "S"), Map.entry("EX_EXCESSIVE_HOURS", "M"),
            Map.entry("EX_NO_EDUCATION", "W"), Map.entry("EX_NO_SOCIAL_PROTECTION", "W"),
            Map.entry("VR_GENERAL_CONTEXT", "M"), Map.entry("VR_PAST_DIFFICULTIES", "W"),
            Map.entry("VR_TRAVEL_DIFFICULTY", "W"), Map.entry("VR_BELIEFS", "W"),
            Map.entry("VD_PERSONAL_CHARACTERISTICS", "M"), Map.entry("VD_PAST_DIFFICULTIES", "W"),
            Map.entry("CD_SHAME", "M"));

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();

    private static Map<String, String> adultLabour() {
        Map<String, String> table = new LinkedHashMap<>();
        for (String entry : ADULT_LABOUR.split(",")) {
            String[] parts = entry.strip().split(" ");
            table.put(parts[0], parts[1]);
        }
        return table;
    }

    private static String code(Indicator indicator, IloList list) {
        Strength s = indicator.strengths().get(list);
        return s == null ? null : s.code();
    }

    @Test
    void versionSourceAndCaching() {
        assertThat(catalogue.version()).isEqualTo("ilo-2009+signs-1");
        assertThat(catalogue.source()).contains("WCMS_105023");
        assertThat(IndicatorCatalogue.standard()).isSameAs(catalogue);
        assertThat(catalogue.possibleSignThreshold()).isEqualTo(3);
    }

    @Test
    void theSixtySevenIndicatorsWithTheirDimensionsInOrder() {
        assertThat(catalogue.indicators()).extracting(Indicator::code).containsExactlyElementsOf(adultLabour().keySet());
        Map<Dimension, Long> perDimension = catalogue.indicators().stream()
                .collect(Collectors.groupingBy(Indicator::dimension, Collectors.counting()));
        assertThat(perDimension).containsExactlyInAnyOrderEntriesOf(Map.of(Dimension.DR, 10L, Dimension.CR, 10L,
                Dimension.VR, 16L, Dimension.EX, 9L, Dimension.CD, 15L, Dimension.VD, 7L));
        for (Indicator indicator : catalogue.indicators()) {
            assertThat(indicator.code()).startsWith(indicator.dimension().name() + "_");
            assertThat(catalogue.indicators(indicator.dimension())).contains(indicator);
        }
    }

    @Test
    void adultLabourStrengthsAsInTheTable() {
        adultLabour().forEach((code, strength) ->
                assertThat(code(catalogue.indicator(code).orElseThrow(), IloList.ADULT_LABOUR)).as(code).isEqualTo(strength));
    }

    @Test
    void childLabourList() {
        for (Indicator indicator : catalogue.indicators()) {
            String expected = NOT_FOR_CHILDREN.contains(indicator.code()) ? null
                    : CHILD_STRONG.contains(indicator.code()) ? "S" : "M";
            assertThat(code(indicator, IloList.CHILD_LABOUR)).as(indicator.code()).isEqualTo(expected);
        }
        assertThat(catalogue.indicators(Dimension.VR, IloList.CHILD_LABOUR)).extracting(Indicator::code)
                .doesNotContain("VR_FALSE_LAW_INFO").hasSize(15);
    }

    @Test
    void adultSexualList() {
        Map<String, String> labour = adultLabour();
        for (Indicator indicator : catalogue.indicators()) {
            String expected = ADULT_SEXUAL_CHANGES.getOrDefault(indicator.code(), labour.get(indicator.code()));
            assertThat(code(indicator, IloList.ADULT_SEXUAL)).as(indicator.code()).isEqualTo(expected);
        }
        assertThat(catalogue.indicators(Dimension.EX, IloList.ADULT_SEXUAL))
                .noneMatch(i -> i.strengths().get(IloList.ADULT_SEXUAL) == Strength.STRONG);
        Indicator workConditions = catalogue.indicator("DR_WORK_CONDITIONS").orElseThrow();
        assertThat(workConditions.label(Locale.ENGLISH, IloList.ADULT_SEXUAL)).isEqualTo("Deceived about conditions of prostitution");
        assertThat(workConditions.label(Locale.FRENCH, IloList.ADULT_SEXUAL)).contains("prostitution");
        assertThat(workConditions.label(Locale.ENGLISH, IloList.ADULT_LABOUR)).isEqualTo("Deceived about conditions of work");
    }

    @Test
    void childSexualListIsTheChildLabourListWithTwoMoreStrongAndProvisional() {
        for (Indicator indicator : catalogue.indicators()) {
            String expected = indicator.code().equals("EX_HAZARDOUS_WORK") || indicator.code().equals("CD_FORCED_TASKS")
                    ? "S" : code(indicator, IloList.CHILD_LABOUR);
            assertThat(code(indicator, IloList.CHILD_SEXUAL)).as(indicator.code()).isEqualTo(expected);
        }
        assertThat(catalogue.list(IloList.CHILD_SEXUAL).provisional()).isTrue();
        assertThat(catalogue.lists()).extracting(IndicatorCatalogue.ListInfo::list).containsExactly(IloList.values());
        assertThat(catalogue.lists()).allSatisfy(list -> {
            assertThat(list.verified()).isFalse();
            assertThat(list.note()).isNotBlank();
        });
        assertThat(catalogue.lists()).filteredOn(IndicatorCatalogue.ListInfo::provisional)
                .extracting(IndicatorCatalogue.ListInfo::list).containsExactly(IloList.CHILD_SEXUAL);
    }

    @Test
    void theElevenSignsAndTheirMapping() {
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("NO_FREEDOM_OF_MOVEMENT", "CD_ISOLATION");
        mapping.put("LITTLE_SOCIAL_CONTACT", "CD_ISOLATION");
        mapping.put("DOCUMENTS_CONFISCATED", "CD_DOCUMENTS");
        mapping.put("FEAR_OF_TALKING", "CD_STRONG_INFLUENCE");
        mapping.put("FEAR_OF_PEOPLE_AROUND", "CD_THREATS");
        mapping.put("DISTRUST_OF_AUTHORITIES", "VD_AUTHORITIES");
        mapping.put("EXTREME_WORK_CONDITIONS", "EX_VERY_BAD_CONDITIONS");
        mapping.put("ONSITE_ACCOMMODATION", "VD_DEPENDENCY");
        mapping.put("NO_PAY", "EX_LOW_OR_NO_SALARY");
        mapping.put("DEBT_TO_PAY_OFF", "CD_DEBT");
        mapping.put("SIGNS_OF_VIOLENCE", "CD_VIOLENCE");
        Map<String, String> actual = new LinkedHashMap<>();
        for (Sign sign : catalogue.signs()) {
            actual.put(sign.code(), sign.indicator());
        }
        assertThat(actual).containsExactlyEntriesOf(mapping);
        assertThat(catalogue.sign("NO_PAY")).map(s -> s.label(Locale.ENGLISH)).contains("No or almost no remuneration");
    }

    @Test
    void everyTextExistsInTheFourLanguagesAsOneSentence() {
        for (String language : IndicatorCatalogue.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (Indicator indicator : catalogue.indicators()) {
                assertThat(indicator.label(locale)).as("%s label %s", indicator.code(), language).isNotBlank();
                assertThat(indicator.explanation(locale)).as("%s explanation %s", indicator.code(), language)
                        .isNotBlank().endsWith(".").doesNotContain(". ");
            }
            for (Sign sign : catalogue.signs()) {
                assertThat(sign.label(locale)).isNotBlank();
                assertThat(sign.explanation(locale)).isNotBlank().endsWith(".");
            }
            for (Dimension d : Dimension.values()) {
                assertThat(catalogue.dimension(d).label(locale)).isNotBlank();
            }
        }
        // translations, not copies of the English
        Indicator debt = catalogue.indicator("CD_DEBT").orElseThrow();
        assertThat(List.of(debt.label(Locale.ENGLISH), debt.label(Locale.FRENCH), debt.label(Locale.forLanguageTag("nl")),
                debt.label(Locale.GERMAN))).doesNotHaveDuplicates();
        // an unsupported language falls back to English
        assertThat(debt.label(Locale.JAPANESE)).isEqualTo(debt.label(Locale.ENGLISH));
        assertThat(debt.label(null)).isEqualTo(debt.label(Locale.ENGLISH));
    }

    @Test
    void dimensionsAndTheElementTheyEvidence() {
        assertThat(catalogue.dimensions()).extracting(IndicatorCatalogue.DimensionInfo::dimension)
                .containsExactly(Dimension.values());
        assertThat(catalogue.dimensions()).extracting(IndicatorCatalogue.DimensionInfo::element)
                .containsExactly("RECRUITMENT", "RECRUITMENT", "RECRUITMENT", "EXPLOITATION", "COERCION", "COERCION");
    }

    @Test
    void ruleDataAndCountryList() {
        assertThat(catalogue.violenceIndicators()).containsExactlyInAnyOrder("CR_VIOLENCE", "CR_THREATS",
                "CR_ABDUCTION", "CD_VIOLENCE", "CD_THREATS", "CR_FAMILY_VIOLENCE", "CD_FAMILY_VIOLENCE");
        assertThat(catalogue.violenceSigns()).containsExactly("SIGNS_OF_VIOLENCE");
        assertThat(catalogue.euEeaOrSwissCountries()).hasSize(31)
                .contains("BE", "GR", "HR", "CY", "IS", "LI", "NO", "CH").doesNotContain("GB", "TR", "UA", "EL");
        assertThat(catalogue.isEuEeaOrSwiss(null)).isFalse();
    }
}
