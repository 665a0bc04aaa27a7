package be.ariadne.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages anyone may read: no sign-in, no cookie, nothing from another site, 112 on every page, four languages. */
@IntegrationTest
class PublicPagesTest {
    static final List<String> READING_PAGES = List.of("/", "/info", "/info/what-is-trafficking", "/info/forms-of-exploitation",
            "/info/trafficking-or-smuggling", "/info/victims", "/info/warning-signs", "/info/coming-forward", "/info/who-does-what",
            "/privacy", "/report", "/training");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

    @LocalServerPort int port;

    @Test
    void everyReadingPageIsPublicSetsNoCookieAndLoadsNothingFromElsewhere() {
        for (String path : READING_PAGES) {
            PublicClient visitor = new PublicClient(port);
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path + " sets no cookie").isEmpty();
            assertThat(page.body()).as(path).contains("href=\"tel:112\"").contains("Call 112");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
            assertThat(page.body()).as(path).doesNotContain("csrf-token");
            for (String url : assets(page.body())) {
                assertThat(url).as(path + " refers to " + url).matches("(/|#|tel:112|\\?lang=).*|https://meet\\.example\\.org/.*");
            }
        }
    }

    @Test
    void theFormsUseTheSessionCookieOnlyWhileTheyAreFilled() {
        PublicClient visitor = new PublicClient(port);
        HttpResponse<String> form = visitor.get("/report/details?danger=no");
        assertThat(form.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("ARIADNE_SESSION=") && c.contains("HttpOnly"));
        assertThat(visitor.cookies()).extracting(java.net.HttpCookie::getName).containsExactly("ARIADNE_SESSION");
    }

    @Test
    void theLanguageCookieIsSetOnlyWhenAVisitorChoosesALanguage() {
        PublicClient visitor = new PublicClient(port);
        assertThat(visitor.get("/info").headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> chosen = visitor.get("/info?lang=nl");
        assertThat(chosen.headers().allValues("Set-Cookie")).singleElement().asString().startsWith("ariadne_lang=nl");
        assertThat(chosen.body()).contains("<h1>Over mensenhandel</h1>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | What is human trafficking? | The warning signs       | Call 112      | Privacy notice",
            "fr | Qu'est-ce que la traite des êtres humains ? | Les signaux d'alerte | Appelez le 112 | Protection de la vie privée",
            "nl | Wat is mensenhandel?       | De signalen             | Bel 112       | Privacyverklaring",
            "de | Was ist Menschenhandel?    | Die Warnzeichen         | 112 anrufen   | Datenschutzhinweis"})
    void theInformationIsWrittenInEachLanguage(String lang, String whatIs, String signs, String call, String privacy) {
        PublicClient visitor = new PublicClient(port);
        String page = visitor.get("/info/what-is-trafficking?lang=" + lang).body();
        assertThat(page).contains("lang=\"" + lang + "\"").contains("<h1>" + html(whatIs) + "</h1>").contains(">" + html(call) + "<");
        String warning = visitor.get("/info/warning-signs?lang=" + lang).body();
        assertThat(warning).contains("<h1>" + html(signs) + "</h1>");
        // The eleven signs come from the screening catalogue, in the page's language.
        assertThat(Pattern.compile("<dt>").matcher(warning).results().count()).isEqualTo(11);
        assertThat(visitor.get("/privacy?lang=" + lang).body()).contains("<h1>" + html(privacy) + "</h1>").contains("ARIADNE_SESSION");
    }

    @Test
    void theBrowsersLanguageIsFollowedWithoutACookie() {
        PublicClient visitor = new PublicClient(port);
        HttpResponse<String> page = visitor.get("/info/coming-forward");
        assertThat(page.body()).contains("Three conditions");
        assertThat(visitor.get("/info/coming-forward?lang=de").body()).contains("Drei Bedingungen").contains("Anlage 15");
    }

    @Test
    void anUnknownInformationPageIsAClear404() {
        HttpResponse<String> page = new PublicClient(port).get("/info/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").doesNotContain("Exception");
    }

    @Test
    void theOrganisersScreensNeedSignIn() {
        HttpResponse<String> page = new PublicClient(port).get("/admin/training");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    static List<String> assets(String html) {
        List<String> urls = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) urls.add(m.group(1));
        return urls;
    }

    static String html(String text) {
        return text.replace("'", "&#39;");
    }
}
