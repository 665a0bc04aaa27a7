package be.ariadne.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.ariadne.casefile.CaseFacts;
import be.ariadne.casefile.CaseFactsChanged;
import be.ariadne.casefile.CaseStatus;
import be.ariadne.casefile.ExploitationForm;
import be.ariadne.casefile.Gender;
import be.ariadne.casefile.TraffickingStatus;
import be.ariadne.testsupport.Browser;
import be.ariadne.testsupport.IntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An analyst on a phone opens the statistics, chooses a year, reads the charts' tables and
 * downloads a chart's CSV; every page is accessible. The cases are registered in 1860, a year no
 * other test uses.
 */
@IntegrationTest
class StatisticsJourneyTest {
    static Browser browser;
    @LocalServerPort int port;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void open() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @BeforeEach
    void cases() {
        List<CaseFacts> facts = new ArrayList<>();
        long id = -7_000_000;
        for (int i = 0; i < 30; i++) {
            facts.add(new CaseFacts(id--, "J" + i, i % 3 == 0 ? "SURYA" : "PAG_ASA", LocalDate.of(1860, 1 + i % 12, 10),
                    i % 4 == 0 ? Gender.FEMININE : Gender.MASCULINE, null, 1830 + i % 5, null, List.of(i % 2 == 0 ? "RO" : "MA"),
                    Set.of(i % 4 == 0 ? ExploitationForm.SEXUAL : ExploitationForm.LABOUR), TraffickingStatus.POSSIBLE_VICTIM, CaseStatus.ACTIVE));
        }
        facts.add(new CaseFacts(id, "JX", "JUNA", LocalDate.of(1860, 5, 5), Gender.NON_CONFORMING, null, 1850, null, List.of("BE"),
                Set.of(ExploitationForm.BEGGING), TraffickingStatus.POSSIBLE_VICTIM, CaseStatus.ACTIVE));
        tx.executeWithoutResult(s -> events.publishEvent(new CaseFactsChanged(facts)));
    }

    @AfterEach
    void remove() {
        jdbc.sql("DELETE FROM statistics_case_fact WHERE case_id <= -7000000 AND case_id > -8000000").update();
        jdbc.sql("DELETE FROM statistics_count WHERE (grain = 'Y' AND period_code = 1860) OR (grain = 'M' AND period_code BETWEEN 186001 AND 186012)").update();
        jdbc.sql("DELETE FROM statistics_stale_month WHERE period_code BETWEEN 186001 AND 186012").update();
    }

    @Test
    void anAnalystReadsTheFiguresOfAYearAndDownloadsACsvOnAPhone() throws Exception {
        try (BrowserContext ctx = browser.phone("en-GB")) {
            Page page = ctx.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("Username").fill("analyst");
            page.getByLabel("Password").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statistics").setExact(true)).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Statistics on victims");
            Browser.assertAccessible(page);

            page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)).selectOption("1860");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
            assertThat(page.getByText("All centres, registered in 1860")).isVisible();
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Numbers: Victims by gender"))).isVisible();
            // gender, age, exploitation, citizenship, centre, trend, funnel (and deadlines when the protection module provides them)
            org.assertj.core.api.Assertions.assertThat(page.locator("table.numbers").count()).isGreaterThanOrEqualTo(7);
            org.assertj.core.api.Assertions.assertThat(page.locator("svg[role=img]").count()).isEqualTo(page.locator("table.numbers").count());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Open deadlines of the victim-status procedure"))).isVisible();
            // 31 victims: the one of JUNA is not shown, nor any figure from which it would follow.
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Numbers: Victims by centre"))).containsText("not shown");
            Browser.assertAccessible(page);

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Download as CSV: Victims by gender")).click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(csv).startsWith("code,label,count,suppressed").contains("MASCULINE,Men,");
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("ariadne-gender-1860.csv");
        }
    }
}
