package be.ariadne.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.ariadne.testsupport.Browser;
import be.ariadne.testsupport.IntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case worker continues a quick screen as a full assessment: the signs arrive as indicators,
 * each tick re-evaluates the dimension's verdict and the qualification in place (htmx), the
 * lists follow the person's age; every page visited is accessible.
 */
@IntegrationTest
class AssessmentJourneyTest {
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aQuickScreenBecomesAFullAssessmentReEvaluatedAsTheIndicatorsAreTicked() {
        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = ctx.newPage();
            page.navigate(url("/login"));
            page.locator("#username").fill("caseworker");
            page.locator("#password").fill("demo");
            page.locator("main form button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/home$"));
            assertThat(page.getByText("Indicator assessment and signals")).isVisible();

            page.getByRole(AriaRole.LINK, named("Quick screen")).first().click();
            page.getByRole(AriaRole.BUTTON, named("No")).click();
            page.getByLabel("Identity documents confiscated").check();
            page.getByLabel("Obliged to pay off a significant debt").check();
            page.getByRole(AriaRole.BUTTON, named("See what to do")).click();
            assertThat(page.locator("p.headline")).hasText("This may be human trafficking.");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, named("Continue with the full assessment")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Full indicator assessment");
            assertThat(page.locator("#ind-CD_DOCUMENTS")).isChecked();
            assertThat(page.locator("#ind-CD_DEBT")).isChecked();
            assertThat(page.locator("#verdict-CD")).containsText("Positive: 2 strong, 0 medium, 0 weak");
            Browser.assertAccessible(page);

            // Each tick re-evaluates in place.
            page.locator("#ind-EX_EXCESSIVE_HOURS").check();
            page.locator("#ind-EX_LOW_OR_NO_SALARY").check();
            assertThat(page.locator("#verdict-EX")).containsText("Positive: 1 strong, 1 medium, 0 weak");
            page.locator("#action-RECRUITED").check();
            assertThat(page.locator("#verdict-summary")).containsText("This is likely human trafficking.");
            assertThat(page.locator("#assessment-result")).containsText("Refer the person to a specialised centre");
            // Nothing the user works in is replaced: focus stays on the last box ticked.
            assertThat(page.locator("#action-RECRUITED")).isFocused();

            // The person is 15: the children's lists apply, with their strengths.
            assertThat(page.locator("#str-DR_EDUCATION")).containsText("weak");
            page.locator("#age").fill("15");
            page.locator("#age").press("Tab");
            assertThat(page.locator("#lists")).containsText("children, labour exploitation");
            assertThat(page.locator("#str-DR_EDUCATION")).containsText("strong");
            assertThat(page.locator("#assessment-result")).containsText("Alert child protection services");
            Browser.assertAccessible(page);

            // A wrong age is named at the top and the verdict waits.
            page.locator("#age").fill("150");
            page.locator("#age").press("Tab");
            assertThat(page.locator("#problems")).containsText("The age must be between 0 and 120 years.");
            assertThat(page.locator("#verdict-summary")).containsText("Correct the problems above");
            page.locator("#age").fill("15");
            page.getByRole(AriaRole.BUTTON, named("Re-evaluate")).click();
            assertThat(page.locator("#verdict-EX")).containsText("Positive");
            assertThat(page.locator("#problems")).hasCount(0);
            Browser.assertAccessible(page);

            page.locator("#postalCode").fill("1000");
            page.locator("#notes").fill("Synthetic assessment note.");
            page.getByRole(AriaRole.BUTTON, named("Save the signal")).click();
            assertThat(page).hasURL(Pattern.compile(".*/screening/signals/\\d+$"));
            assertThat(page.locator("main")).containsText("This is likely human trafficking.");
            assertThat(page.locator("main")).containsText("EX_EXCESSIVE_HOURS");
            Browser.assertAccessible(page);
        }
    }
}
