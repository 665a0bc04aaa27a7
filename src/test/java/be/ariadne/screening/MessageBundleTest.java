package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The module bundle: the same keys in all four languages, a label for every code, UTF-8 read right. */
class MessageBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/i18n/screening" + suffix + ".properties")) {
            assertThat(in).as("bundle " + suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @ParameterizedTest(name = "screening_{0}")
    @ValueSource(strings = {"fr", "nl", "de"})
    void sameKeysAndPlaceholdersAsEnglish(String language) throws IOException {
        Properties english = bundle("");
        Properties other = bundle("_" + language);
        assertThat(other.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(other.getProperty(key)).as(key).isNotBlank();
            assertThat(placeholders(other.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void everyCodeHasALabelInEveryLanguage() {
        List<Class<? extends Enum<?>>> kinds = List.of(Action.class, ExploitationForm.class, Advice.class,
                AggravatingCircumstance.class, Pathway.class, Qualification.class, Smuggling.class, IloList.class,
                Strength.class);
        for (String language : IndicatorCatalogue.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (Class<? extends Enum<?>> kind : kinds) {
                for (Enum<?> code : kind.getEnumConstants()) {
                    assertThat(ScreeningLabels.label(code, locale)).as("%s %s", code, language).isNotBlank();
                }
            }
        }
    }

    @Test
    void readAsUtf8WithoutSpringAndWithoutDefaultLocaleFallback() {
        assertThat(ScreeningLabels.label(Advice.REFER_TO_SPECIALISED_CENTRE, Locale.ENGLISH)).contains("Sürya");
        assertThat(ScreeningLabels.label(Qualification.POSSIBLE, Locale.GERMAN)).isEqualTo("möglich");
        assertThat(ScreeningLabels.label(Action.HARBOURED, Locale.FRENCH)).isEqualTo("hébergé(e)");
        assertThat(ScreeningLabels.label(Qualification.LIKELY, Locale.forLanguageTag("nl"))).isEqualTo("waarschijnlijk");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(ScreeningLabels.label(Qualification.LIKELY, Locale.ITALIAN)).isEqualTo("likely");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(ScreeningLabels.message("screening.signs.notExhaustive", Locale.FRENCH)).contains("pas tous");
    }

    @Test
    void dimensionsHaveTheirLabelsInTheCatalogueNotTheBundle() {
        assertThatThrownBy(() -> ScreeningLabels.label(Dimension.DR, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("catalogue");
    }

    @Test
    void templatesKeepApostrophesAndFillPlaceholders() {
        assertThat(Texts.fill("l'âge {0} et {1}, {2}", 12, "x")).isEqualTo("l'âge 12 et x, {2}");
    }
}
