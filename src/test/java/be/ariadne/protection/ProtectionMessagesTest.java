package be.ariadne.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The module's message bundle: every key in all four languages, a label for every code. */
class ProtectionMessagesTest {

    private static final List<String> LANGUAGES = List.of("", "_fr", "_nl", "_de");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProtectionMessagesTest.class.getClassLoader()
                .getResourceAsStream("i18n/protection" + suffix + ".properties")) {
            assertThat(in).as("i18n/protection%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every key the code needs: one per enum constant, rule code and problem code. */
    static List<String> requiredKeys() {
        List<String> keys = new ArrayList<>();
        add(keys, "protection.phase.", ProcedurePhase.values());
        add(keys, "protection.document.", ResidenceDocument.values());
        keys.add("protection.document.NONE");
        add(keys, "protection.event.", ProcedureEventType.values());
        add(keys, "protection.condition.", Condition.values());
        add(keys, "protection.endReason.", EndReason.values());
        add(keys, "protection.basis.", PermanentStayBasis.values());
        add(keys, "protection.refusal.", RefusalRule.values());
        add(keys, "protection.request.", EventRequestProblem.Code.values());
        keys.add("protection.deadline.overdue");
        keys.add("protection.reminder.message");
        keys.add("protection.minor.durationsUncertain");
        keys.add("protection.endReason.unverified");
        return keys;
    }

    private static void add(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            keys.add(prefix + value.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_nl", "_de"})
    void everyCodeHasANonEmptyText(String suffix) throws IOException {
        Properties messages = bundle(suffix);
        for (String key : requiredKeys()) {
            assertThat(messages.getProperty(key)).as("%s in protection%s.properties", key, suffix).isNotBlank();
        }
    }

    @Test
    void theFourBundlesHaveTheSameKeys() throws IOException {
        Properties english = bundle("");
        for (String suffix : LANGUAGES) {
            assertThat(bundle(suffix).stringPropertyNames()).as("keys of protection%s.properties", suffix)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
    }

    @Test
    void translationsAreNotLeftInEnglish() throws IOException {
        Properties english = bundle("");
        for (String suffix : List.of("_fr", "_nl", "_de")) {
            Properties translated = bundle(suffix);
            assertThat(translated.getProperty("protection.refusal.SECOND_EXTENSION"))
                    .isNotEqualTo(english.getProperty("protection.refusal.SECOND_EXTENSION"));
            assertThat(translated.getProperty("protection.phase.REFLECTION_PERIOD"))
                    .isNotEqualTo(english.getProperty("protection.phase.REFLECTION_PERIOD"));
        }
    }

    @Test
    void messagesWithArgumentsFormatInEveryLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.GERMAN)) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/protection", locale);
            String text = new MessageFormat(bundle.getString("protection.reminder.message"), locale)
                    .format(new Object[] {"X-DOC", "C-0042", "2026-06-02"});
            assertThat(text).contains("X-DOC").contains("C-0042").contains("2026-06-02");
        }
        assertThat(ResourceBundle.getBundle("i18n/protection", Locale.FRENCH)
                .getString("protection.document.REGISTRATION_CERTIFICATE")).isEqualTo("Attestation d’immatriculation");
    }
}
