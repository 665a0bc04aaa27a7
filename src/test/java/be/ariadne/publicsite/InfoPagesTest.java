package be.ariadne.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The information pages and the privacy notice are written per language: each exists in all four,
 * declares its language, and has the same sections (the same h2 ids, in the same order), so that
 * no language lags behind.
 */
class InfoPagesTest {
    static final List<String> LANGUAGES = List.of("en", "fr", "nl", "de");
    static final Path TEMPLATES = Path.of("src/main/resources/templates/publicsite");
    private static final Pattern H2 = Pattern.compile("<h2 id=\"([a-z0-9-]+)\">");

    @Test
    void everyPageExistsInEveryLanguageWithTheSameSections() throws IOException {
        List<String> problems = new ArrayList<>();
        for (InfoPage page : InfoPage.values()) {
            check(page.slug(), lang -> TEMPLATES.resolve("info").resolve(lang).resolve(page.slug() + ".html"), problems);
        }
        check("privacy", lang -> TEMPLATES.resolve("privacy").resolve(lang + ".html"), problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void noLanguageHasAPageThatIsNotListed() throws IOException {
        for (String lang : LANGUAGES) {
            try (var files = Files.list(TEMPLATES.resolve("info").resolve(lang))) {
                assertThat(files.map(f -> f.getFileName().toString().replace(".html", "")).toList())
                        .containsExactlyInAnyOrder(java.util.Arrays.stream(InfoPage.values()).map(InfoPage::slug).toArray(String[]::new));
            }
        }
    }

    private static void check(String name, java.util.function.Function<String, Path> file, List<String> problems) throws IOException {
        List<String> english = null;
        for (String lang : LANGUAGES) {
            Path f = file.apply(lang);
            if (!Files.exists(f)) {
                problems.add(name + ": no " + lang + " version (" + f + ")");
                continue;
            }
            String html = Files.readString(f);
            if (!html.contains("lang=\"" + lang + "\"")) problems.add(name + "/" + lang + ": does not declare lang=\"" + lang + "\"");
            if (!html.contains("th:fragment=\"content\"")) problems.add(name + "/" + lang + ": has no content fragment");
            List<String> sections = new ArrayList<>();
            Matcher m = H2.matcher(html);
            while (m.find()) sections.add(m.group(1));
            if (english == null) english = sections;
            else if (!sections.equals(english)) problems.add(name + "/" + lang + ": sections " + sections + " differ from English " + english);
        }
    }
}
