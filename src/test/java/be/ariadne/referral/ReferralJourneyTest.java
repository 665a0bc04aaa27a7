package be.ariadne.referral;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.Signals;
import be.ariadne.testsupport.Browser;
import be.ariadne.testsupport.IntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A hospital social worker, phone in hand, refers a person from a saved signal to PAG-ASA; PAG-ASA
 * declines (no place); the social worker refers again, to Payoke, which sees the whole history
 * and accepts, opening a case. The referrer sees the status only, never the case. Every screen is
 * checked for accessibility (axe-core).
 */
@IntegrationTest
class ReferralJourneyTest {
    static Browser browser;
    @LocalServerPort int port;
    @Autowired Signals signals;

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

    private Page signIn(BrowserContext ctx, String username) {
        Page page = ctx.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
        return page;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Locator h1(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    @Test
    void declinedByOneCentreReferredAgainAndAcceptedByAnother() {
        long signal = ReferralFixtures.signal(signals, "HOSPITAL_DEMO", "1030", null);
        String referralRow;

        try (BrowserContext ctx = browser.phone("en-GB")) {
            Page page = signIn(ctx, "frontline");
            page.navigate(url("/screening/signals/" + signal));
            page.getByRole(AriaRole.LINK, named("Refer to a specialised centre")).click();
            assertThat(h1(page)).hasText("Refer the person of signal #" + signal);
            assertThat(page.locator("#suggestion")).hasText("Suggested centre: PAG-ASA");
            Browser.assertAccessible(page);
            page.getByLabel("Given", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, named("Send the referral")).click();
            assertThat(h1(page)).hasText("Referrals of my organisation");
            assertThat(page.locator("main div.alert-success")).containsText("The referral was sent to PAG-ASA.");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("#" + signal)).first();
            assertThat(row).containsText("Sent");
            referralRow = row.getAttribute("data-referral");
            Browser.assertAccessible(page);
        }

        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = signIn(ctx, "caseworker");
            assertThat(page.getByRole(AriaRole.HEADING, named("Referrals waiting"))).isVisible();
            assertThat(page.locator(".waiting")).containsText("waiting");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Intake queue")).click();
            assertThat(h1(page)).hasText("Referrals waiting for intake");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, named("Referral #" + referralRow)).click();
            assertThat(h1(page)).hasText("Referral #" + referralRow);
            assertThat(page.locator("ul.signs")).containsText("debt");
            Browser.assertAccessible(page);
            page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).first().selectOption("NO_CAPACITY");
            page.getByRole(AriaRole.BUTTON, named("Decline")).click();
            assertThat(h1(page)).hasText("Referrals waiting for intake");
            assertThat(page.locator("tr[data-referral='" + referralRow + "']")).hasCount(0);
        }

        try (BrowserContext ctx = browser.phone("en-GB")) {
            Page page = signIn(ctx, "frontline");
            page.navigate(url("/referrals/mine"));
            Locator row = page.locator("tr[data-referral='" + referralRow + "']");
            assertThat(row).containsText("Declined");
            assertThat(row).containsText("No place in the shelter now");
            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Refer to another centre")).click();
            assertThat(page.getByText("Declined by: PAG-ASA. Choose another centre.")).isVisible();
            Browser.assertAccessible(page);
            page.getByLabel("Centre", new Page.GetByLabelOptions().setExact(true)).selectOption("PAYOKE");
            page.getByLabel("Reason for your choice").fill("PAG-ASA has no place this week (synthetic).");
            page.getByLabel("Given", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, named("Send the referral")).click();
            assertThat(page.locator("main div.alert-success")).containsText("The referral was sent to Payoke.");
            assertThat(page.locator("tr[data-referral='" + referralRow + "']")).containsText("Sent");
        }

        String caseCode;
        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = signIn(ctx, "payoke");
            page.navigate(url("/referrals/queue"));
            page.getByRole(AriaRole.LINK, named("Referral #" + referralRow)).click();
            Locator history = page.locator("ol.history li");
            assertThat(history).hasCount(3);
            assertThat(history.nth(0)).containsText("Sent");
            assertThat(history.nth(1)).containsText("Declined");
            assertThat(history.nth(1)).containsText("No place in the shelter now");
            assertThat(history.nth(2)).containsText("Sent again");
            assertThat(history.nth(2)).containsText("PAG-ASA has no place this week");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, named("Accept and open a case")).click();
            assertThat(page.locator("main div.alert-success")).containsText("Accepted: case AR-");
            caseCode = page.locator("p.alert-success a").textContent().strip();
            assertThat(caseCode).startsWith("AR-");
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, named(caseCode)).click();
            assertThat(h1(page)).containsText(caseCode);
        }

        try (BrowserContext ctx = browser.phone("en-GB")) {
            Page page = signIn(ctx, "frontline");
            page.navigate(url("/referrals/" + referralRow));
            assertThat(page.locator("#status")).hasText("Accepted");
            assertThat(page.getByText("The referring organisation sees the status only, nothing of the case.")).isVisible();
            assertThat(page.locator("main")).not().containsText(caseCode);
            assertThat(page.locator("ol.history")).hasCount(0);
            Browser.assertAccessible(page);
        }
    }
}
