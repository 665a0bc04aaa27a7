package be.ariadne.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A first-line professional, phone in hand, runs the quick screen: in French when someone is in
 * danger (112 comes first), in Dutch when it is likely trafficking (then saves it as a signal).
 * Every page visited is checked for accessibility.
 */
@IntegrationTest
class QuickScreenJourneyTest {
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

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        Browser.assertAccessible(page);
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("main form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/home$"));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void inDangerTheFrenchPhoneScreenOffersToCall112BeforeAnythingElse() {
        try (BrowserContext ctx = browser.phone("fr-BE")) {
            Page page = ctx.newPage();
            signIn(page, "frontline");
            Browser.assertAccessible(page);
            page.navigate(url("/screening/quick"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Screening rapide");
            assertThat(page.getByText("Quelqu'un est-il en danger immédiat maintenant ?")).isVisible();
            assertThat(page.locator("input[name=signs]")).hasCount(0);
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, named("Oui")).click();
            Locator call = page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Appeler le 112"));
            assertThat(call).isVisible();
            assertThat(call).hasAttribute("href", "tel:112");
            assertThat(page.getByRole(AriaRole.HEADING, named("Appelez la police maintenant"))).isVisible();
            // The call button comes first, above the signs.
            double callY = call.boundingBox().y;
            double firstSignY = page.locator("input[name=signs]").first().boundingBox().y;
            assertThat(callY).isLessThan(firstSignY);
            assertThat(call.boundingBox().height).as("a target big enough for a thumb").isGreaterThanOrEqualTo(44);
            Browser.assertAccessible(page);

            page.locator("#sign-SIGNS_OF_VIOLENCE").check();
            page.getByRole(AriaRole.BUTTON, named("Voir que faire")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Que faire maintenant");
            Locator callAgain = page.locator("main a.button.call");
            assertThat(callAgain).hasAttribute("href", "tel:112");
            assertThat(callAgain.boundingBox().y).isLessThan(page.getByText("Ce dont il peut s'agir").boundingBox().y);
            assertThat(page.locator("ol.advice li").first()).hasText("Appelez la police maintenant : 112");
            Browser.assertAccessible(page);
        }
    }

    @Test
    void likelyTraffickingOnADutchPhoneIsExplainedAndSavedAsASignal() {
        try (BrowserContext ctx = browser.phone("nl-BE")) {
            Page page = ctx.newPage();
            signIn(page, "frontline");
            page.navigate(url("/screening/quick"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Snelle screening");
            page.getByRole(AriaRole.BUTTON, named("Nee")).click();
            assertThat(page.locator("main a.button.call")).hasCount(0);
            assertThat(page.getByText("Dit zijn de meest voorkomende signalen", new Page.GetByTextOptions().setExact(false))).isVisible();
            Browser.assertAccessible(page);

            page.getByLabel("Identiteitsdocumenten afgenomen").check();
            page.getByLabel("Geen bewegingsvrijheid").check();
            page.getByLabel("Angst om over de eigen situatie te praten").check();
            page.locator("#otherSign").fill("Slaapt in het restaurant (synthetisch)");
            page.locator("#age").fill("24");
            page.locator("#citizenship").selectOption("NG");
            page.locator("#action-RECRUITED").check();
            page.locator("#action-HARBOURED").check();
            page.locator("#thirdPartyProfits").check();
            page.locator("#form-SEXUAL").check();
            page.locator("#postalCode").fill("2000");
            page.getByRole(AriaRole.BUTTON, named("Bekijk wat te doen")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Wat nu te doen");
            assertThat(page.locator("p.headline")).hasText("Dit is waarschijnlijk mensenhandel.");
            assertThat(page.locator("ol.advice li").first()).containsText("Verwijs de persoon door naar een gespecialiseerd centrum");
            assertThat(page.locator(".contact-placeholder")).containsText("PAG-ASA (Brussel), Payoke (Vlaanderen) of Sürya (Wallonië)");
            assertThat(page.getByText("Slaapt in het restaurant (synthetisch)")).isVisible();
            page.locator("details.explanation summary").click();
            assertThat(page.locator("details.explanation")).containsText("Mensenhandel volgens het Belgische recht: waarschijnlijk");
            Browser.assertAccessible(page);

            page.locator("#municipality").fill("Antwerpen");
            page.locator("#notes").fill("Synthetische notitie voor de test.");
            page.getByRole(AriaRole.BUTTON, named("Signaal bewaren")).click();
            assertThat(page).hasURL(Pattern.compile(".*/screening/signals/\\d+$"));
            assertThat(page.locator("main .alert-success")).containsText("bewaard");
            assertThat(page.getByText("Synthetische notitie voor de test.")).isVisible();
            assertThat(page.locator("main")).containsText("ilo-2009+signs-1");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, named("Alle signalen")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Signalen van HOSPITAL_DEMO");
            assertThat(page.locator("table.data tbody tr").first()).containsText("Antwerpen");
            Browser.assertAccessible(page);
        }
    }
}
