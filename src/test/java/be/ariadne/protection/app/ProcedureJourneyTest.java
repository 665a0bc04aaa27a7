package be.ariadne.protection.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.Browser;
import be.ariadne.testsupport.IntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From the reflection period to an A card, each partner doing their part in the browser: the
 * PAG-ASA case worker starts the procedure and records the conditions, the Immigration Office (on
 * a phone) issues the registration certificate seeing only the residence part and the identity
 * needed, the prosecutor confirms the victim status; the timeline highlights the next deadline.
 * Every screen is checked with axe-core.
 */
@IntegrationTest
class ProcedureJourneyTest {
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

    private Page signIn(BrowserContext ctx, String username) {
        Page page = ctx.newPage();
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        return page;
    }

    /** A case held by PAG-ASA, with an identity and a passport, shared with the Immigration Office and the prosecutor. */
    private String newCase() {
        Api api = new Api(port);
        String cw = api.token("caseworker", "demo");
        String code = api.post("/api/v1/cases", cw, Map.of("firstName", "Jouri", "lastName", "Journeyperson", "birthDate", "1996-07-08",
                "phones", List.of("+32 470 11 22 33"))).json().path("code").asString();
        api.post("/api/v1/cases/" + code + "/identity-documents", cw, Map.of("type", "PASSPORT", "number", "JRN-445566",
                "issuingCountry", "VN", "expiryDate", "2031-05-31"));
        for (var share : List.of(Map.entry("IMMIGRATION_OFFICE", List.of("IDENTITY", "RESIDENCE")),
                Map.entry("PROSECUTION_DEMO", List.of("CASE_SUMMARY", "RESIDENCE")))) {
            Api.Answer a = api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", share.getKey(), "compartments", share.getValue(),
                    "basis", "CONSENT", "purpose", "victim-status procedure", "consentGivenBy", "VICTIM", "consentGivenOn", "2025-12-01"));
            assertThat(a.status()).isEqualTo(201);
        }
        return code;
    }

    /** Opens the form of one event type in the procedure part, fills it and submits it. */
    private static void record(Page page, String formId, String date, String detail) {
        Locator form = page.locator("#record-" + formId);
        form.locator("summary").click();
        form.getByLabel("Date of the event").fill(date);
        if (detail != null) form.locator("select").selectOption(detail);
        form.getByRole(AriaRole.BUTTON).click();
    }

    private static Locator procedure(Page page) {
        Locator part = page.locator("#procedure");
        assertThat(part).isVisible();
        return part;
    }

    @Test
    void fromTheReflectionPeriodToAnACard() {
        String code = newCase();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate granted = today.minusDays(35);

        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = signIn(ctx, "caseworker");
            page.navigate(url("/cases?code=" + code));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
            assertThat(procedure(page).getByText("No document with an end date")).isVisible();
            Browser.assertAccessible(page);

            record(page, "reflection-period-granted", granted.toString(), null);
            assertThat(page.getByText("Recorded: Reflection period granted.")).isVisible();
            Locator next = procedure(page).locator("#next-deadline");
            assertThat(next).hasClass("alert alert-warn");
            assertThat(next).containsText("Annex 15 ends on " + granted.plusDays(45) + " (in 10 days).");
            Browser.assertAccessible(page);

            // Out of order: refused with the rule, nothing recorded.
            record(page, "condition-met", granted.minusDays(1).toString(), "BREAK_CONTACT");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The event was not recorded; nothing changed")))
                    .isVisible();
            assertThat(page.getByText("record events in date order", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the case")).click();

            record(page, "condition-met", today.minusDays(30).toString(), "BREAK_CONTACT");
            assertThat(page.getByText("Recorded: Condition met.")).isVisible();
            record(page, "condition-met", today.minusDays(30).toString(), "ACCEPT_SUPPORT");
            assertThat(page.getByText("Recorded: Condition met.")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deadlines").setExact(true)).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Deadlines").setLevel(1))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code))).isVisible();
            Browser.assertAccessible(page);
            page.navigate(url("/home"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Expiring in the next 14 days"))).isVisible();
            assertThat(page.locator(".live").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(code))).isVisible();
            Browser.assertAccessible(page);
        }

        try (BrowserContext ctx = browser.phone("en-GB")) {
            Page page = signIn(ctx, "immigration");
            page.navigate(url("/immigration"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cases shared with the Immigration Office"))).isVisible();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
            assertThat(page.getByText("Journeyperson")).isVisible();
            assertThat(page.getByText("JRN-445566")).isVisible();
            assertThat(page.getByText("+32 470 11 22 33")).hasCount(0);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))).hasCount(2);
            assertThat(page.locator("#record-victim-confirmed")).hasCount(0);
            Browser.assertAccessible(page);
            record(page, "statement-made", today.minusDays(5).toString(), null);
            assertThat(page.getByText("Recorded: Statement made or complaint filed.")).isVisible();
            assertThat(procedure(page).locator("#next-deadline")).containsText("Registration certificate ends on "
                    + today.minusDays(5).plusMonths(3));
            Browser.assertAccessible(page);
        }

        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = signIn(ctx, "prosecutor");
            page.navigate(url("/cases/" + code));
            assertThat(procedure(page).getByText("Registration certificate").first()).isVisible();
            assertThat(page.locator("#record-reflection-period-granted")).hasCount(0);
            Browser.assertAccessible(page);
            record(page, "victim-confirmed", today.toString(), null);
            assertThat(page.getByText("Recorded: Victim confirmed by the prosecutor.")).isVisible();
        }

        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = signIn(ctx, "caseworker");
            page.navigate(url("/cases/" + code));
            Locator part = procedure(page);
            assertThat(part.getByText("Temporary stay (A card)")).isVisible();
            assertThat(part.locator("#next-deadline")).containsText("A card ends on " + today.plusMonths(6));
            assertThat(part.getByRole(AriaRole.CELL, new Locator.GetByRoleOptions().setName("Victim confirmed by the prosecutor"))).isVisible();
            Browser.assertAccessible(page);
        }
    }
}
