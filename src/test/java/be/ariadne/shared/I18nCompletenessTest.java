package be.ariadne.shared;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.shared.i18n.MessageSourceConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message exists in English, French, Dutch and German; every key a template names exists. */
class I18nCompletenessTest {
    private static final List<String> TRANSLATIONS = List.of("fr", "nl", "de");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    @Test
    void everyBundleHasTheSameKeysInAllFourLanguages() throws IOException {
        Set<String> bundles = MessageSourceConfig.bundleBasenames();
        assertThat(bundles).contains("common", "access", "audit", "home");
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles) {
            Properties en = load("i18n/" + bundle + ".properties");
            if (en == null) {
                problems.add(bundle + ": the English base file " + bundle + ".properties is missing");
                continue;
            }
            for (String lang : TRANSLATIONS) {
                Properties tr = load("i18n/" + bundle + "_" + lang + ".properties");
                if (tr == null) {
                    problems.add(bundle + "_" + lang + ".properties is missing");
                    continue;
                }
                for (String key : new TreeSet<>(en.stringPropertyNames())) {
                    if (!tr.containsKey(key)) problems.add(bundle + "_" + lang + ": missing key " + key);
                    else if (tr.getProperty(key).isBlank()) problems.add(bundle + "_" + lang + ": empty value for " + key);
                }
                for (String key : new TreeSet<>(tr.stringPropertyNames())) {
                    if (!en.containsKey(key)) problems.add(bundle + "_" + lang + ": key " + key + " is not in the English bundle");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void apostrophesFollowTheMessageFormatRule() throws IOException {
        // With arguments a message goes through MessageFormat, where ' must be written ''; without, it is shown as is.
        List<String> problems = new ArrayList<>();
        for (String bundle : MessageSourceConfig.bundleBasenames()) {
            for (String suffix : List.of("", "_fr", "_nl", "_de")) {
                Properties p = load("i18n/" + bundle + suffix + ".properties");
                if (p == null) continue;
                for (String key : p.stringPropertyNames()) {
                    String v = p.getProperty(key);
                    boolean args = PLACEHOLDER.matcher(v).find();
                    if (args && v.replace("''", "").contains("'")) problems.add(bundle + suffix + " " + key + ": single ' in a message with arguments (write '')");
                    if (!args && v.contains("''")) problems.add(bundle + suffix + " " + key + ": '' in a message without arguments (write ')");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : MessageSourceConfig.bundleBasenames()) {
            keys.addAll(load("i18n/" + bundle + ".properties").stringPropertyNames());
        }
        Pattern literal = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) missing.add(f + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = I18nCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
