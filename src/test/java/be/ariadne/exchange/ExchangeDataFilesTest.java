package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The data files and message bundles hold what the code relies on. */
class ExchangeDataFilesTest {

    @Test
    void vocabularyHoldsTheHtcdsValueNamesExactly() {
        Vocabulary vocabulary = Vocabulary.standard();
        List<String> isic = vocabulary.values("vic_ForcedLabourIndustry");
        assertThat(isic).hasSize(21);
        assertThat(isic.get(0)).isEqualTo("A_AgricultureForestryAndFishing");
        assertThat(isic).contains("F_Construction", "T_ActivitiesOfHouseholdsAsEmployers");
        assertThat(isic.get(20)).isEqualTo("U_ActivitiesOfExtraterritorialOrganizations");
        assertThat(vocabulary.values("prs_Gender")).containsExactly("Feminine", "Masculine", "TransgenderFeminine",
                "TransgenderMasculine", "NonConforming", "NonSpecifiedUnknown");
        assertThat(vocabulary.values("vic_RelationshipToTrafficker")).containsExactly("Familial", "Acquainted",
                "Unaquainted");
        assertThat(vocabulary.values("vic_MethodsOfControl")).hasSize(16).contains("ThreatsLawEnforcement",
                "PsychoactiveSubstance");
        assertThat(vocabulary.isHtcdsField("prs_MaritalStatus")).isTrue();
        assertThat(vocabulary.isHtcdsField("cas_ExternalId")).isFalse();
        assertThat(vocabulary.isExtensionField("cas_ExternalId")).isTrue();
        // Every column Ariadne reads is an HTCDS field or one of its two extensions.
        for (Column column : Column.values()) {
            assertThat(vocabulary.isHtcdsField(column.header()) || vocabulary.isExtensionField(column.header()))
                    .as(column.header()).isTrue();
        }
    }

    @Test
    void isoCodes() {
        Vocabulary vocabulary = Vocabulary.standard();
        assertThat(List.of("BE", "NG", "RO", "XK", "SS", "CD")).allMatch(vocabulary::isCountry);
        assertThat(List.of("XX", "UK", "EU", "be", "BEL")).noneMatch(vocabulary::isCountry);
        assertThat(List.of("nl", "fr", "de", "ti", "nld", "fre", "fra", "ger", "deu")).allMatch(vocabulary::isLanguage);
        assertThat(List.of("iw", "xx", "NL", "dutch")).noneMatch(vocabulary::isLanguage);
    }

    @Test
    void syntheticDistributionsLoadAndAreChecked() {
        SyntheticDistributions distributions = SyntheticDistributions.standard();
        assertThat(distributions.countries).hasSizeBetween(60, 120);
        assertThat(distributions.registrationYears.values()).contains(2016, 2025);
        assertThat(distributions.groups.values()).hasSize(3);
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ExchangeDataFilesTest.class.getResourceAsStream("/i18n/exchange" + suffix + ".properties")) {
            assertThat(in).as("bundle exchange" + suffix).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @Test
    void everyMessageInFourLanguagesWithTheSameArguments() throws IOException {
        Properties english = bundle("");
        assertThat(english).isNotEmpty();
        for (String language : List.of("_fr", "_nl", "_de")) {
            Properties translated = bundle(language);
            assertThat(translated.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key))).as(language + " " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @Test
    void everyProblemCodeRendersInEveryLanguage() throws IOException {
        List<String> codes = new ArrayList<>();
        for (String key : bundle("").stringPropertyNames()) {
            if (!key.equals("exchange.problem.line")) {
                codes.add(key.substring("exchange.problem.".length()));
            }
        }
        Collections.sort(codes);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("nl"), Locale.GERMAN)) {
            for (String code : codes) {
                String text = new HtcdsProblem(7, "prs_Gender", code, List.of("'a'", "'b'", "'c'", "'d'"))
                        .text(locale);
                assertThat(text).as(locale + " " + code).doesNotContain("{").doesNotContain("exchange.problem");
            }
        }
        // The default locale does not leak into English.
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(new HtcdsProblem(2, "prs_Gender", "value.unknown", List.of("'x'")).toString())
                    .isEqualTo("line 2: prs_Gender: unknown value 'x'");
        } finally {
            Locale.setDefault(before);
        }
    }
}
