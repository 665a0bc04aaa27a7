package be.ariadne.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.Browser;
import be.ariadne.testsupport.IntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The data protection officer, on a phone, in French: opens subject access from the navigation,
 * forgets the reference (the form says which field), then downloads the PDF; looks at the erasure
 * report. Every page is accessible (axe-core).
 */
@IntegrationTest
class PrivacyJourneyTest {
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

    @Test
    void theDataProtectionOfficerProducesASubjectAccessExport() throws Exception {
        Api api = new Api(port);
        String code = api.post("/api/v1/cases", api.token("caseworker", "demo"), Map.of("firstName", "Journa", "lastName", "Privatova"))
                .json().path("code").asString();
        try (BrowserContext ctx = browser.phone("fr-BE")) {
            Page page = ctx.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("#username").fill("dpo");
            page.locator("#password").fill("demo");
            page.locator("#password").press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Accueil — délégué à la protection des données");
            page.navigate("http://localhost:" + port + "/privacy/subject-access");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Droit d’accès");
            Browser.assertAccessible(page);

            page.getByLabel("Code du dossier").fill(code);
            page.getByLabel("Motif").fill("Demande de la personne (article 15 RGPD)");
            page.locator("#requestReference").evaluate("e => e.removeAttribute('required')");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Produire l’export")).click();
            assertThat(page.locator("#problems")).containsText("requestReference");
            Browser.assertAccessible(page);

            page.getByLabel("Référence de la demande").fill("DPO-2026-031");
            Download download = page.waitForDownload(() ->
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Produire l’export")).click());
            byte[] pdf = Files.readAllBytes(download.path());
            org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("subject-access-" + code + ".pdf");

            page.navigate("http://localhost:" + port + "/privacy/erasure");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Conservation et effacement");
            Browser.assertAccessible(page);
        }
    }

    @Test
    void aCaseWorkerPlacesALegalHoldFromTheCasePage() {
        Api api = new Api(port);
        String code = api.post("/api/v1/cases", api.token("caseworker", "demo"), Map.of("firstName", "Holda", "lastName", "Legalova"))
                .json().path("code").asString();
        try (BrowserContext ctx = browser.desktop("en-GB")) {
            Page page = ctx.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("#username").fill("caseworker");
            page.locator("#password").fill("demo");
            page.locator("#password").press("Enter");
            page.navigate("http://localhost:" + port + "/cases/" + code);
            assertThat(page.getByText("No legal hold.")).isVisible();
            Browser.assertAccessible(page);
            page.getByLabel("Reference of the judicial procedure").fill("BR.55.L8.2026/0101");
            page.locator("#hold-reason").fill("Criminal investigation of the employer is running");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place a legal hold")).click();
            assertThat(page.getByText("Legal hold placed on case " + code + ".")).isVisible();
            assertThat(page.getByText("BR.55.L8.2026/0101", new Page.GetByTextOptions().setExact(false))).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lift the hold"))).isVisible();
            Browser.assertAccessible(page);
        }
    }
}
