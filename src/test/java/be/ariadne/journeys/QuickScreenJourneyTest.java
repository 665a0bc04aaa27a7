package be.ariadne.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.Advice;
import be.ariadne.screening.IndicatorCatalogue;
import be.ariadne.screening.Qualification;
import be.ariadne.screening.ScreeningLabels;
import be.ariadne.testsupport.Browser;
import be.ariadne.testsupport.IntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A first-line professional, phone in hand, runs the quick screen in French and in Dutch: when
 * someone is in danger, 112 comes first; when it is likely trafficking, the result says so in
 * plain words and the screening is saved as a signal. Every page visited is checked for
 * accessibility. Expected texts come from the message bundles and the catalogue of the language.
 */
@IntegrationTest
class QuickScreenJourneyTest {
    static Browser browser;
    static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
    @LocalServerPort int port;

    @BeforeAll
    static void open() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A message of the screens' bundle in a language (arguments filled as the page fills them). */
    private static String text(Locale locale, String key, String... args) {
        Properties p = new Properties();
        try (InputStream in = QuickScreenJourneyTest.class.getResourceAsStream("/i18n/screening-web_" + locale.getLanguage() + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String message = p.getProperty(key);
        for (int i = 0; i < args.length; i++) message = message.replace("{" + i + "}", args[i]);
        return args.length == 0 ? message : message.replace("''", "'");
    }

    private static String sign(String code, Locale locale) {
        return CATALOGUE.sign(code).orElseThrow().label(locale);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private Page signIn(BrowserContext ctx) {
        Page page = ctx.newPage();
        page.navigate(url("/login"));
        Browser.assertAccessible(page);
        page.locator("#username").fill("frontline");
        page.locator("#password").fill("demo");
        page.locator("main form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
        Browser.assertAccessible(page);
        return page;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-BE", "nl-BE"})
    void inDangerThePhoneScreenOffersToCall112BeforeAnythingElse(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        try (BrowserContext ctx = browser.phone(tag)) {
            Page page = signIn(ctx);
            page.navigate(url("/screening/quick"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text(locale, "sw.quick.title"));
            assertThat(page.getByText(text(locale, "sw.quick.danger.question"))).isVisible();
            assertThat(page.locator("input[name=signs]")).hasCount(0);
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, named(text(locale, "sw.quick.danger.yes"))).click();
            Locator call = page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text(locale, "sw.quick.call.button")));
            assertThat(call).isVisible();
            assertThat(call).hasAttribute("href", "tel:112");
            assertThat(page.getByRole(AriaRole.HEADING, named(text(locale, "sw.quick.call.title")))).isVisible();
            // The call button comes first, above the signs, and is big enough for a thumb.
            assertThat(call.boundingBox().y).isLessThan(page.locator("input[name=signs]").first().boundingBox().y);
            assertThat(call.boundingBox().height).isGreaterThanOrEqualTo(44);
            Browser.assertAccessible(page);

            page.getByLabel(sign("SIGNS_OF_VIOLENCE", locale), new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, named(text(locale, "sw.quick.submit"))).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text(locale, "sw.result.title"));
            Locator callAgain = page.locator("main a.button.call");
            assertThat(callAgain).hasAttribute("href", "tel:112");
            assertThat(callAgain.boundingBox().y).isLessThan(page.getByText(text(locale, "sw.result.whatItMayBe")).boundingBox().y);
            assertThat(page.locator("ol.advice li").first()).hasText(ScreeningLabels.label(Advice.CALL_112, locale));
            Browser.assertAccessible(page);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-BE", "nl-BE"})
    void likelyTraffickingIsExplainedInPlainWordsAndSavedAsASignal(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        try (BrowserContext ctx = browser.phone(tag)) {
            Page page = signIn(ctx);
            page.getByRole(AriaRole.LINK, named(text(locale, "nav.screening.quick"))).first().click();
            page.getByRole(AriaRole.BUTTON, named(text(locale, "sw.quick.danger.no"))).click();
            assertThat(page.locator("main a.button.call")).hasCount(0);
            assertThat(page.getByText(ScreeningLabels.message("screening.signs.notExhaustive", locale))).isVisible();
            assertThat(page.getByLabel(text(locale, "sw.field.otherSign"))).isVisible();
            Browser.assertAccessible(page);

            for (String code : new String[] {"DOCUMENTS_CONFISCATED", "NO_FREEDOM_OF_MOVEMENT", "FEAR_OF_TALKING"}) {
                page.getByLabel(sign(code, locale), new Page.GetByLabelOptions().setExact(true)).check();
            }
            page.locator("#otherSign").fill("Synthetic: sleeps in the restaurant kitchen");
            page.locator("#age").fill("24");
            page.locator("#citizenship").selectOption("NG");
            page.locator("#action-RECRUITED").check();
            page.locator("#action-HARBOURED").check();
            page.locator("#thirdPartyProfits").check();
            page.locator("#form-SEXUAL").check();
            page.locator("#postalCode").fill("2000");
            page.getByRole(AriaRole.BUTTON, named(text(locale, "sw.quick.submit"))).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text(locale, "sw.result.title"));
            assertThat(page.locator("p.headline")).hasText(text(locale, "sw.result.belgium.LIKELY"));
            assertThat(page.locator("ol.advice li").first()).hasText(ScreeningLabels.label(Advice.REFER_TO_SPECIALISED_CENTRE, locale));
            assertThat(page.locator(".contact-placeholder")).hasText(text(locale, "sw.result.centres"));
            assertThat(page.getByText("Synthetic: sleeps in the restaurant kitchen")).isVisible();
            page.locator("details.explanation summary").click();
            assertThat(page.locator("details.explanation")).containsText(text(locale, "sw.conclusion.trafficking.belgium",
                    ScreeningLabels.label(Qualification.LIKELY, locale)));
            Browser.assertAccessible(page);

            page.locator("#municipality").fill("Antwerpen");
            page.locator("#notes").fill("Synthetic note for the journey test.");
            page.getByRole(AriaRole.BUTTON, named(text(locale, "sw.save.submit"))).click();
            assertThat(page).hasURL(Pattern.compile(".*/screening/signals/\\d+$"));
            String id = page.url().substring(page.url().lastIndexOf('/') + 1);
            assertThat(page.locator("main .alert-success")).hasText(text(locale, "sw.signal.saved", id));
            assertThat(page.getByText("Synthetic note for the journey test.")).isVisible();
            assertThat(page.locator("main")).containsText("ilo-2009+signs-1");
            assertThat(page.locator("main p.headline")).hasText(text(locale, "sw.result.belgium.LIKELY"));
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, named(text(locale, "sw.signal.back"))).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText(text(locale, "sw.signals.title", "HOSPITAL_DEMO"));
            assertThat(page.locator("table.data tbody tr").first()).containsText("Antwerpen");
            Browser.assertAccessible(page);
        }
    }
}
