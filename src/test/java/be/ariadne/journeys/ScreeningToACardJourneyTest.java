package be.ariadne.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.IndicatorCatalogue;
import be.ariadne.testsupport.Browser;
import be.ariadne.testsupport.IntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole way in the browser: a hospital social worker, phone in hand, runs the quick screen in
 * Brussels and saves it as a signal, refers the person (the routing suggests PAG-ASA); PAG-ASA's
 * case worker accepts from the intake queue, the case opens with the screening as its first
 * assessment; the case worker records the identity needed for the documents, shares it and the
 * residence part with the Immigration Office, and follows the procedure: reflection period, the
 * conditions; the Immigration Office (on a phone) issues the registration certificate; the victim
 * status is confirmed and the A card's end is the next deadline. The social worker sees the
 * referral only as "Accepted" and cannot open the case. Every new screen is checked with axe-core.
 */
@IntegrationTest
class ScreeningToACardJourneyTest {
    static Browser browser;
    static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
    static final List<String> SIGNS = List.of("DOCUMENTS_CONFISCATED", "NO_FREEDOM_OF_MOVEMENT", "FEAR_OF_TALKING");
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

    /** Opens the form of one event type in the procedure part, fills it and submits it (as in ProcedureJourneyTest). */
    private static void record(Page page, String formId, LocalDate date, String detail) {
        Locator form = page.locator("#record-" + formId);
        form.locator("summary").click();
        form.getByLabel("Date of the event").fill(date.toString());
        if (detail != null) form.locator("select").selectOption(detail);
        form.getByRole(AriaRole.BUTTON).click();
    }

    private static Locator procedure(Page page) {
        Locator part = page.locator("#procedure");
        assertThat(part).isVisible();
        return part;
    }

    @Test
    void fromAQuickScreenOnAPhoneToAnACard() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate granted = today.minusDays(35);
        String signal;
        String referral;

        // 1. The first-line user screens, saves the signal and refers it.
        try (BrowserContext ctx = browser.phone("en-GB")) {
            Page page = signIn(ctx, "frontline");
            page.navigate(url("/screening/quick"));
            assertThat(h1(page)).hasText("Quick screen");
            page.getByRole(AriaRole.BUTTON, named("No")).click();
            for (String code : SIGNS) {
                page.getByLabel(CATALOGUE.sign(code).orElseThrow().label(Locale.ENGLISH), new Page.GetByLabelOptions().setExact(true)).check();
            }
            page.locator("#age").fill("27");
            page.locator("#citizenship").selectOption("VN");
            page.locator("#action-RECRUITED").check();
            page.locator("#action-HARBOURED").check();
            page.locator("#thirdPartyProfits").check();
            page.locator("#form-LABOUR").check();
            page.locator("#postalCode").fill("1080");
            page.getByRole(AriaRole.BUTTON, named("See what to do")).click();
            assertThat(h1(page)).hasText("What to do now");
            Browser.assertAccessible(page);
            page.locator("#municipality").fill("Molenbeek-Saint-Jean");
            page.getByRole(AriaRole.BUTTON, named("Save the signal")).click();
            assertThat(page).hasURL(Pattern.compile(".*/screening/signals/\\d+$"));
            signal = page.url().substring(page.url().lastIndexOf('/') + 1);
            assertThat(page.locator("main .alert-success")).hasText("Signal #" + signal + " saved.");
            Browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, named("Refer to a specialised centre")).click();
            assertThat(h1(page)).hasText("Refer the person of signal #" + signal);
            assertThat(page.locator("#suggestion")).hasText("Suggested centre: PAG-ASA");
            Browser.assertAccessible(page);
            page.getByLabel("Given", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, named("Send the referral")).click();
            assertThat(page.locator("main div.alert-success")).containsText("The referral was sent to PAG-ASA.");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("#" + signal)).first();
            assertThat(row).containsText("Sent");
            referral = row.getAttribute("data-referral");
            Browser.assertAccessible(page);
        }

        String code;
        try (BrowserContext caseworker = browser.desktop("en-GB")) {
            // 2. PAG-ASA accepts from its intake queue: the case opens with the screening as first assessment.
            Page page = signIn(caseworker, "caseworker");
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Intake queue")).click();
            page.getByRole(AriaRole.LINK, named("Referral #" + referral)).click();
            assertThat(h1(page)).hasText("Referral #" + referral);
            page.getByRole(AriaRole.BUTTON, named("Accept and open a case")).click();
            assertThat(page.locator("main div.alert-success")).containsText("Accepted: case AR-");
            code = page.locator("p.alert-success a").textContent().strip();
            page.getByRole(AriaRole.LINK, named(code)).click();
            assertThat(h1(page)).hasText("Case " + code);
            Locator assessment = page.locator("#section-case-summary")
                    .getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Assessments")).locator("tbody tr");
            assertThat(assessment).hasCount(1);
            assertThat(assessment).containsText("SCREENING");
            assertThat(assessment).containsText(CATALOGUE.version());
            // The quick screen's indicators are its signs (each pointing at an ILO indicator), carried as they were entered.
            for (String sign : SIGNS) assertThat(assessment).containsText(sign);
            assertThat(procedure(page).getByText("No document with an end date")).isVisible();
            Browser.assertAccessible(page);

            // 3. The identity needed for the documents, and the sharing with the Immigration Office.
            page.getByRole(AriaRole.LINK, named("Edit: Identity")).click();
            page.getByLabel("First name", new Page.GetByLabelOptions().setExact(true)).fill("Lan");
            page.getByLabel("Last name", new Page.GetByLabelOptions().setExact(true)).fill("Screeningjourney");
            page.getByRole(AriaRole.BUTTON, named("Save")).click();
            assertThat(page.getByText("Identity: saved.")).isVisible();
            page.getByRole(AriaRole.LINK, named("Sharing and consent")).click();
            page.getByLabel("Partner organisation").selectOption("IMMIGRATION_OFFICE");
            page.locator("#c-IDENTITY").check();
            page.locator("#c-RESIDENCE").check();
            page.getByLabel("Purpose (what the sharing is for)").fill("victim-status procedure: residence documents");
            page.locator("#basis-CONSENT").check();
            page.getByLabel("Consent given by").selectOption("VICTIM");
            page.getByLabel("Consent given on").fill(granted.toString());
            page.getByRole(AriaRole.BUTTON, named("Share")).click();
            assertThat(page.locator("main table.data tbody tr")).hasCount(1);
            assertThat(page.locator("main table.data tbody tr")).containsText("In force");
            Browser.assertAccessible(page);

            // 4. The procedure: reflection period, then two of the three conditions.
            page.navigate(url("/cases/" + code));
            record(page, "reflection-period-granted", granted, null);
            assertThat(page.getByText("Recorded: Reflection period granted.")).isVisible();
            Locator next = procedure(page).locator("#next-deadline");
            assertThat(next).hasClass("alert alert-warn");
            assertThat(next).containsText("Annex 15 ends on " + granted.plusDays(45) + " (in 10 days).");
            record(page, "condition-met", today.minusDays(30), "BREAK_CONTACT");
            assertThat(page.getByText("Recorded: Condition met.")).isVisible();
            record(page, "condition-met", today.minusDays(30), "ACCEPT_SUPPORT");
            assertThat(page.getByText("Recorded: Condition met.")).isVisible();

            // 5. The Immigration Office, on a phone, sees the residence part and the identity needed, and issues the certificate.
            try (BrowserContext ctx = browser.phone("en-GB")) {
                Page io = signIn(ctx, "immigration");
                io.navigate(url("/immigration"));
                io.getByRole(AriaRole.LINK, named(code)).click();
                assertThat(io.getByText("Screeningjourney")).isVisible();
                assertThat(io.locator("#record-victim-confirmed")).hasCount(0);
                record(io, "statement-made", today.minusDays(5), null);
                assertThat(io.getByText("Recorded: Statement made or complaint filed.")).isVisible();
                assertThat(procedure(io).locator("#next-deadline")).containsText("Registration certificate ends on "
                        + today.minusDays(5).plusMonths(3));
                Browser.assertAccessible(io);
            }

            // 6. The victim status is confirmed (the holding centre may record every event): the A card.
            page.navigate(url("/cases/" + code));
            record(page, "victim-confirmed", today, null);
            assertThat(page.getByText("Recorded: Victim confirmed by the prosecutor.")).isVisible();
            Locator part = procedure(page);
            assertThat(part.getByText("Temporary stay (A card)")).isVisible();
            assertThat(part.locator("#next-deadline")).hasAttribute("class", Pattern.compile("\\balert\\b"));
            assertThat(part.locator("#next-deadline")).containsText("A card ends on " + today.plusMonths(6));
            Browser.assertAccessible(page);
        }

        // 7. The referrer sees the status only, and the case is not theirs to open.
        try (BrowserContext ctx = browser.phone("en-GB")) {
            Page page = signIn(ctx, "frontline");
            page.navigate(url("/referrals/" + referral));
            assertThat(page.locator("#status")).hasText("Accepted");
            assertThat(page.locator("main")).not().containsText(code);
            assertThat(page.navigate(url("/cases/" + code)).status()).isIn(403, 404);
            assertThat(h1(page)).hasText(Pattern.compile("Not allowed|Page not found"));
            assertThat(page.locator("main")).not().containsText("Screeningjourney");
            Browser.assertAccessible(page);
        }
        assertThat(code).startsWith("AR-");
    }
}
