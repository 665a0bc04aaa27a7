package be.ariadne.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.publicsite.PublicClient;
import be.ariadne.testsupport.Browser;
import be.ariadne.testsupport.IntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public site as visitors use it, without signing in: reading the information in each
 * language, a self-check that ends in a report (on a phone), an anonymous report completed later
 * with its receipt code, and a training registration that waits and is promoted. Every page
 * visited is checked with axe-core.
 */
@IntegrationTest
class PublicSiteJourneyTest {
    static Browser browser;
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void open() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    /** A visitor of their own (a distinct client address), so that journeys do not share rate limits. */
    static BrowserContext visitor(BrowserContext ctx) {
        ctx.setExtraHTTPHeaders(Map.of("X-Forwarded-For", PublicClient.newAddress()));
        return ctx;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static Locator h1(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-GB | About trafficking    | About human trafficking                | What is human trafficking?                  | Who does what | Call 112",
            "fr-BE | Comprendre la traite | Comprendre la traite des êtres humains | Qu'est-ce que la traite des êtres humains ? | Qui fait quoi | Appelez le 112",
            "nl-BE | Over mensenhandel    | Over mensenhandel                      | Wat is mensenhandel?                        | Wie doet wat  | Bel 112",
            "de-BE | Über Menschenhandel  | Über Menschenhandel                    | Was ist Menschenhandel?                     | Wer macht was | 112 anrufen"})
    void readTheInformationInEachLanguage(String locale, String nav, String index, String first, String last, String call) {
        try (BrowserContext ctx = visitor(browser.desktop(locale))) {
            Page page = ctx.newPage();
            page.navigate(url("/"));
            Browser.assertAccessible(page);
            page.locator("nav.public-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(nav)).click();
            assertThat(h1(page)).hasText(index);
            Browser.assertAccessible(page);
            page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(first)).click();
            for (int i = 0; i < 7; i++) {
                assertThat(page).hasURL(Pattern.compile(".*/info/[a-z-]+$"));
                assertThat(page.locator("html")).hasAttribute("lang", locale.substring(0, 2));
                assertThat(page.locator("a[href='tel:112']").first()).hasText(call);
                assertThat(page.locator("a[href='tel:112']").first()).isVisible();
                if (i == 0) assertThat(h1(page)).hasText(first);
                Browser.assertAccessible(page);
                if (i < 6) page.locator("a[rel=next]").click();
            }
            assertThat(h1(page)).hasText(last);
            assertThat(page.locator("main")).containsText("PAG-ASA");
            assertThat(page.locator("main")).containsText("Sürya");
            // Reading set no cookie.
            assertThat(ctx.cookies()).isEmpty();
            page.navigate(url("/privacy"));
            Browser.assertAccessible(page);
            page.navigate(url("/training"));
            Browser.assertAccessible(page);
        }
    }

    @Test
    void aSelfCheckThatEndsInAReport() {
        try (BrowserContext ctx = visitor(browser.phone("en-GB"))) {
            Page page = ctx.newPage();
            page.navigate(url("/"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the self-check")).click();
            assertThat(h1(page)).hasText("Check a situation");
            Browser.assertAccessible(page);
            page.locator("#danger-no").check();
            page.getByLabel("Identity documents confiscated").check();
            page.getByLabel("Obliged to pay off a significant debt").check();
            page.getByLabel("Accommodation on the work site").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See the result")).click();

            assertThat(h1(page)).hasText("Result of the self-check");
            assertThat(page.locator("#outcome-title")).hasText("This may be human trafficking");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tell a specialised centre")).click();

            assertThat(h1(page)).hasText("Tell a specialised centre what you saw");
            assertThat(page.getByLabel("Identity documents confiscated")).isChecked();
            assertThat(page.getByLabel("No, not right now")).isChecked();
            Browser.assertAccessible(page);
            page.getByLabel("What did you see or hear?").fill("Three workers live in the stable of a riding school; their boss keeps their passports.");
            page.getByLabel("Postal code").fill("1500");
            page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().minusDays(2).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to a centre")).click();

            assertThat(h1(page)).hasText("Your report has been received");
            String code = page.locator("#receipt-code").textContent();
            assertThat(code).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}");
            Browser.assertAccessible(page);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM concern_report WHERE self_check_used AND postal_code = '1500'")
                    .query(Long.class).single()).isPositive();
        }
    }

    @Test
    void anAnonymousReportWhoseReceiptCodeIsUsedLater() {
        String code;
        try (BrowserContext ctx = visitor(browser.phone("nl-BE"))) {
            Page page = ctx.newPage();
            page.navigate(url("/report"));
            assertThat(h1(page)).hasText("Een situatie melden");
            Browser.assertAccessible(page);
            page.getByLabel("Ja, iemand is nu in gevaar").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();

            assertThat(h1(page)).hasText("Bel eerst 112");
            assertThat(page.locator("main a[href='tel:112']")).isVisible();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar de melding")).click();

            assertThat(h1(page)).hasText("Vertel een gespecialiseerd centrum wat u zag");
            Browser.assertAccessible(page);
            page.getByLabel("Wat hebt u gezien of gehoord?").fill("Een jonge vrouw wordt elke avond bij een bar afgezet en weer opgehaald.");
            page.getByLabel("Gemeente").fill("Sint-Niklaas");
            page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().toString());
            page.getByLabel("Het is nog altijd aan de gang").check();
            assertThat(page.getByLabel("Nee, ik blijf anoniem")).isChecked();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen naar een centrum")).click();

            assertThat(h1(page)).hasText("Uw melding is ontvangen");
            code = page.locator("#receipt-code").textContent();
            Browser.assertAccessible(page);
        }
        // Days later, on another device: the code adds information and shows nothing back.
        try (BrowserContext ctx = visitor(browser.phone("nl-BE"))) {
            Page page = ctx.newPage();
            page.navigate(url("/report/receipt"));
            Browser.assertAccessible(page);
            page.getByLabel("Ontvangstcode").fill(code.toLowerCase());
            page.getByLabel("Wat wilt u toevoegen?").fill("De bar heet nu anders; de vrouw lijkt minderjarig.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen aan mijn melding")).click();
            assertThat(h1(page)).hasText("Ontvangen");
            assertThat(page.locator("main")).not().containsText("Sint-Niklaas");
            Browser.assertAccessible(page);
        }
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM concern_report_addition a JOIN concern_report r ON r.id = a.report_id
                 WHERE r.municipality = 'Sint-Niklaas' AND r.urgent AND r.ongoing AND r.anonymous""").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTrainingRegistrationGoesToTheWaitingListAndIsPromoted() {
        String topic = "Recognising exploitation in home care (journey " + System.nanoTime() + ")";
        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = ctx.newPage();
            page.navigate(url("/login"));
            page.getByLabel("Username").fill("admin");
            page.getByLabel("Password").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.navigate(url("/admin/training"));
            Browser.assertAccessible(page);
            page.getByLabel("Topic").fill(topic);
            page.locator("#language").selectOption("en");
            page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().plusDays(14).toString());
            page.getByLabel("Start time").fill("10:00");
            page.getByLabel("Duration in minutes").fill("120");
            page.getByLabel("In person", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Address (in person)").fill("Demo hall, 1000 Brussels");
            page.getByLabel("Number of places").fill("1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the session")).click();
            assertThat(h1(page)).hasText(topic);
            Browser.assertAccessible(page);
        }
        String firstLink = register(topic, "Nora Example", false);
        String secondLink = register(topic, "Omar Example", true);

        try (BrowserContext ctx = visitor(browser.phone("en-GB"))) {
            Page page = ctx.newPage();
            page.navigate(secondLink);
            assertThat(page.locator("#registration-status")).hasText("You are number 1 on the waiting list.");
            Browser.assertAccessible(page);
        }
        try (BrowserContext ctx = visitor(browser.phone("en-GB"))) {
            Page page = ctx.newPage();
            page.navigate(firstLink);
            assertThat(page.locator("#registration-status")).hasText("You have a place in this session.");
            page.onDialog(dialog -> dialog.accept());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel my registration")).click();
            assertThat(page.locator("#registration-status")).hasText("You cancelled this registration.");
            Browser.assertAccessible(page);
        }
        try (BrowserContext ctx = visitor(browser.phone("en-GB"))) {
            Page page = ctx.newPage();
            page.navigate(secondLink);
            assertThat(page.locator("#registration-status")).hasText("You have a place in this session.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my registration")).click();
            assertThat(page.getByText("Your registration is confirmed.", new Page.GetByTextOptions().setExact(true))).isVisible();
            Browser.assertAccessible(page);
        }
    }

    /** Registers on a phone through the public list; returns the personal link shown. */
    private String register(String topic, String name, boolean expectWaiting) {
        try (BrowserContext ctx = visitor(browser.phone("en-GB"))) {
            Page page = ctx.newPage();
            page.navigate(url("/training"));
            Browser.assertAccessible(page);
            String action = expectWaiting ? "Join the waiting list" : "Register";
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(action + ": " + topic).setExact(true)).click();
            assertThat(h1(page)).hasText("Register for a training session");
            if (expectWaiting) assertThat(page.locator("main")).containsText("This session is full.");
            Browser.assertAccessible(page);
            page.getByLabel("Name").fill(name);
            page.getByLabel("Organisation").fill("Demo home-care service");
            page.getByLabel("Your role").fill("Nurse");
            page.getByLabel("E-mail address").fill(name.toLowerCase().replace(' ', '.') + "@example.org");
            page.getByLabel("I agree to be contacted about this session").check();
            page.locator("main form button[type=submit]").click();
            assertThat(h1(page)).hasText(expectWaiting ? "You are on the waiting list" : "You are registered");
            Browser.assertAccessible(page);
            return page.locator("#personal-link").getAttribute("href");
        }
    }
}
