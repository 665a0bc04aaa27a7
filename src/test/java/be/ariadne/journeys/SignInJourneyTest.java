package be.ariadne.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.ariadne.testsupport.Browser;
import be.ariadne.testsupport.IntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every demo user signs in, sees the home page of their role, and signs out; every page visited is accessible. */
@IntegrationTest
class SignInJourneyTest {
    static Browser browser;
    @LocalServerPort int port;

    @BeforeAll
    static void open() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @ParameterizedTest
    @CsvSource({
            "frontline, Home — first-line professional",
            "caseworker, Home — case worker",
            "police, Home — investigator",
            "prosecutor, Home — prosecutor",
            "immigration, Home — Immigration Office",
            "analyst, Home — analyst",
            "admin, Home — administrator"})
    void signInSeeTheRoleHomeAndSignOut(String username, String heading) {
        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = ctx.newPage();
            page.navigate("http://localhost:" + port + "/login");
            Browser.assertAccessible(page);
            page.getByLabel("Username").fill(username);
            page.getByLabel("Password").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(heading);
            assertThat(page.getByText("Demo — synthetic data only")).isVisible();
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page.getByText("You are signed out.")).isVisible();
            page.navigate("http://localhost:" + port + "/home");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        }
    }
}
