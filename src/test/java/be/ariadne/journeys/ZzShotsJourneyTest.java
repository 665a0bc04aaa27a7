package be.ariadne.journeys;

import be.ariadne.testsupport.Browser;
import be.ariadne.testsupport.IntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ZzShotsJourneyTest {
    @LocalServerPort int port;

    @Test
    void shots() {
        try (Browser browser = new Browser(); BrowserContext ctx = browser.phone("en-GB")) {
            Page page = ctx.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("#username").fill("frontline");
            page.locator("#password").fill("demo");
            page.locator("main form button[type=submit]").click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/shots/0-home.png")).setFullPage(true));
            page.navigate("http://localhost:" + port + "/screening/quick");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/shots/1-question.png")));
            page.locator("button[value=yes]").click();
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/shots/2-danger.png")));
            page.locator("#sign-NO_PAY").check();
            page.locator("#sign-DEBT_TO_PAY_OFF").check();
            page.locator("#sign-DOCUMENTS_CONFISCATED").check();
            page.locator("#age").fill("16");
            page.locator("#otherSign").fill("Sleeps in the van");
            page.locator("main form button[type=submit]").last().click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/shots/3-result.png")).setFullPage(true));
            page.locator("button:has-text('Save the signal')").click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/shots/4-save-error.png")).setFullPage(true));
        }
        try (Browser browser = new Browser(); BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = ctx.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("#username").fill("caseworker");
            page.locator("#password").fill("demo");
            page.locator("main form button[type=submit]").click();
            page.navigate("http://localhost:" + port + "/screening/assessment");
            page.locator("#ind-EX_EXCESSIVE_HOURS").check();
            page.locator("#ind-EX_BAD_LIVING").check();
            page.locator("#action-RECRUITED").check();
            page.waitForTimeout(800);
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/shots/5-assessment.png")).setFullPage(true));
            page.locator("#postalCode").fill("1000");
            page.locator("#notes").fill("Synthetic note.\nSecond line.");
            page.locator("button:has-text('Save the signal')").click();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/shots/6-signal.png")).setFullPage(true));
            page.navigate("http://localhost:" + port + "/screening/signals");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/shots/7-list.png")).setFullPage(true));
        }
    }
}
