package be.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader()
                .getResourceAsStream("i18n/statistics" + suffix + ".properties")) {
            assertThat(in).as("bundle statistics%s", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest(name = "statistics{0}.properties")
    @ValueSource(strings = {"_fr", "_nl", "_de"})
    void everyKeyExistsInEveryLanguageWithTheSameArguments(String suffix) throws IOException {
        Properties english = bundle("");
        Properties translation = bundle(suffix);
        assertThat(translation.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            MessageFormat source = new MessageFormat(english.getProperty(key), Locale.ENGLISH);
            MessageFormat target = new MessageFormat(translation.getProperty(key), Locale.ENGLISH);
            assertThat(target.getFormatsByArgumentIndex()).as(key).hasSameSizeAs(source.getFormatsByArgumentIndex());
            // A straight apostrophe would silently swallow text in MessageFormat.
            assertThat(target.format(new Object[] {"A", "B", "C"})).as(key).doesNotContain("{");
        }
    }
}
