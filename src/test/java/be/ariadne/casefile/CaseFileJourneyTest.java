package be.ariadne.casefile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Browser;
import be.ariadne.testsupport.IntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case worker, an investigator and an immigration officer on the same demo case: each sees the
 * sections of their compartments and not even the heading of the others; every page visited is
 * accessible (axe-core).
 */
@IntegrationTest
class CaseFileJourneyTest {
    static Browser browser;
    @LocalServerPort int port;
    @Autowired CaseFileDemo demo;
    @Autowired JdbcClient jdbc;
    String code;

    static final List<String> ALL = List.of("Identity", "Case summary", "Support (psycho-medical and social)", "Investigation",
            "Legal proceedings and remedy", "Residence (victim status)", "Protection of the minor");

    @BeforeAll
    static void open() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @BeforeEach
    void seed() {
        code = demo.seedCases();
    }

    private Page signIn(BrowserContext ctx, String username) {
        Page page = ctx.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        return page;
    }

    private Page openCase(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cases").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cases").setLevel(1))).isVisible();
        Browser.assertAccessible(page);
        page.getByLabel("Case code").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case " + code).setLevel(1))).isVisible();
        Browser.assertAccessible(page);
        return page;
    }

    private static void sees(Page page, List<String> visible) {
        for (String h : ALL) {
            var heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(h).setExact(true).setLevel(2));
            if (visible.contains(h)) assertThat(heading).isVisible();
            else assertThat(heading).hasCount(0);
        }
    }

    @Test
    void theCaseWorkerSeesEveryCompartmentAndWorksOnIt() {
        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = openCase(signIn(ctx, "caseworker"));
            sees(page, ALL);
            assertThat(page.getByText("Synthia")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit: Case summary")).click();
            Browser.assertAccessible(page);
            page.getByLabel("Age when first trafficked").fill("99");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByText("Please correct the following")).isVisible();
            Browser.assertAccessible(page);
            page.getByLabel("Age when first trafficked").fill("25");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByText("Case summary: saved.")).isVisible();

            page.locator("#section-support").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Add a note")).click();
            Browser.assertAccessible(page);
            page.getByLabel("Note").fill("Journey note: appointment kept.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByText("Journey note: appointment kept.")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sharing and consent")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sharing and consent").setLevel(1))).isVisible();
            Browser.assertAccessible(page);
            page.goBack();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
            assertThat(page.getByText("Journey note: appointment kept.")).isVisible();
            Browser.assertAccessible(page);
            page.goBack();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stage and status")).click();
            Browser.assertAccessible(page);
            page.navigate("http://localhost:" + port + "/cases/new");
            Browser.assertAccessible(page);
            page.navigate("http://localhost:" + port + "/cases/" + code + "/documents/new?compartment=SUPPORT");
            Browser.assertAccessible(page);
        }
    }

    @Test
    void theInvestigatorSeesIdentitySummaryAndInvestigationOnly() {
        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = openCase(signIn(ctx, "police"));
            sees(page, List.of("Identity", "Case summary", "Investigation"));
            assertThat(page.getByText("Demo note (synthetic): weekly psychological")).hasCount(0);
            page.locator("#section-investigation").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Add a suspect")).click();
            Browser.assertAccessible(page);
            page.getByLabel("Name or alias used").fill("Second demo suspect");
            page.getByLabel("Exploiter").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByText("Second demo suspect")).isVisible();
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
            assertThat(page.getByText("Synthetic").or(page.getByText("Second demo suspect")).first()).isVisible();
            assertThat(page.getByText("weekly psychological")).hasCount(0);
            Browser.assertAccessible(page);

            String other = jdbc.sql("SELECT code FROM case_file WHERE external_id = 'DEMO-4'").query(String.class).single();
            page.navigate("http://localhost:" + port + "/cases/" + other);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This case is not available to you"))).isVisible();
            Browser.assertAccessible(page);
        }
    }

    @Test
    void theImmigrationOfficerSeesIdentityAndResidenceOnlyOnAPhone() {
        try (BrowserContext ctx = browser.phone("en-GB")) {
            Page page = signIn(ctx, "immigration");
            page.navigate("http://localhost:" + port + "/cases?code=" + code);
            Browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
            sees(page, List.of("Identity", "Residence (victim status)"));
            assertThat(page.getByText("Demo note (synthetic): annex 15 requested")).isVisible();
            assertThat(page.getByText("Madam X")).hasCount(0);
            Browser.assertAccessible(page);
        }
    }

    @Test
    void theOverviewSpeaksTheUsersLanguage() {
        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = signIn(ctx, "immigration");
            page.navigate("http://localhost:" + port + "/cases/" + code + "?lang=fr");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Séjour (statut de victime)"))).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Enquête"))).hasCount(0);
            Browser.assertAccessible(page);
        }
        assertThat(code).startsWith("AR-");
    }

    @Test
    void theAdministratorReviewsBreakGlassAccesses() {
        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = signIn(ctx, "admin");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Break-glass review")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Break-glass accesses").setLevel(1))).isVisible();
            Browser.assertAccessible(page);
        }
    }
}
