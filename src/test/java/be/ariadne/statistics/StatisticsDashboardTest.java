package be.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.casefile.CaseFactsChanged;
import be.ariadne.casefile.CaseStatus;
import be.ariadne.casefile.TraffickingStatus;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard: charts as inline SVG with their numbers in tables and as CSV, every figure under
 * disclosure control, a year/centre filter with named problems, and only for analysts,
 * administrators and a centre's own staff. Cases are registered in 1850, which no other test uses.
 */
@IntegrationTest
class StatisticsDashboardTest {
    @LocalServerPort int port;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.beans.factory.ObjectProvider<be.ariadne.shared.dashboard.DeadlineOverview> overview;

    /** 1850: 40 men and 6 of unknown gender in labour exploitation at PAYOKE, 3 women in sexual exploitation at SURYA (one a child). */
    @BeforeEach
    void facts() {
        List<be.ariadne.casefile.CaseFacts> facts = new ArrayList<>();
        long id = -5_000_000;
        for (int i = 0; i < 40; i++) {
            facts.add(new be.ariadne.casefile.CaseFacts(id--, "D" + i, "PAYOKE", LocalDate.of(1850, 3, 1 + i % 28),
                    be.ariadne.casefile.Gender.MASCULINE, null, 1820, null, List.of("RO"), Set.of(be.ariadne.casefile.ExploitationForm.LABOUR),
                    TraffickingStatus.POSSIBLE_VICTIM, CaseStatus.ACTIVE));
        }
        for (int i = 0; i < 3; i++) {
            facts.add(new be.ariadne.casefile.CaseFacts(id--, "W" + i, "SURYA", LocalDate.of(1850, 6, 2), be.ariadne.casefile.Gender.FEMININE,
                    null, i == 0 ? 1840 : 1830, null, List.of("NG"), Set.of(be.ariadne.casefile.ExploitationForm.SEXUAL),
                    TraffickingStatus.POSSIBLE_VICTIM, CaseStatus.ACTIVE));
        }
        for (int i = 0; i < 6; i++) {
            facts.add(new be.ariadne.casefile.CaseFacts(id--, "U" + i, "PAYOKE", LocalDate.of(1850, 9, 3), be.ariadne.casefile.Gender.UNKNOWN,
                    null, 1825, null, List.of("RO"), Set.of(be.ariadne.casefile.ExploitationForm.LABOUR),
                    TraffickingStatus.POSSIBLE_VICTIM, CaseStatus.ACTIVE));
        }
        tx.executeWithoutResult(s -> events.publishEvent(new CaseFactsChanged(facts)));
    }

    @AfterEach
    void remove() {
        jdbc.sql("DELETE FROM statistics_case_fact WHERE case_id <= -5000000 AND case_id > -6000000").update();
        jdbc.sql("DELETE FROM statistics_count WHERE (grain = 'Y' AND period_code = 1850) OR (grain = 'M' AND period_code BETWEEN 185001 AND 185012)").update();
        jdbc.sql("DELETE FROM statistics_stale_month WHERE period_code BETWEEN 185001 AND 185012").update();
    }

    private WebClient signedIn(String user) {
        WebClient web = new WebClient(port);
        web.login(user, "demo");
        return web;
    }

    private static String section(String page, String chart) {
        int start = page.indexOf("id=\"chart-" + chart + "\"");
        assertThat(start).as("chart " + chart).isPositive();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    @Test
    void analystsSeeChartsWithTheirTablesAndSmallCountsHidden() {
        HttpResponse<String> r = signedIn("analyst").get("/statistics?year=1850");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(page).contains("<svg", "role=\"img\"", "<caption>", "/statistics/gender.csv?year=1850", "/statistics/eurostat.csv?to=1850");
        String gender = section(page, "gender");
        // 40 men and the total (49) are shown; the 3 women are not, nor the 6 of unknown gender, from which 3 would follow.
        assertThat(gender).contains("<th scope=\"row\">Men</th>", ">40<", ">49<");
        assertThat(gender).doesNotContain(">3<", ">6<").contains("not shown");
        assertThat(section(page, "centre")).contains("PAYOKE").doesNotContain(">3<");
        assertThat(section(page, "funnel")).contains("Signals");
        if (overview.getIfAvailable() == null) assertThat(section(page, "deadlines")).contains("No data available.");
        else assertThat(section(page, "deadlines")).doesNotContain("No data available.");
        assertThat(page).doesNotContain("style=");
    }

    @Test
    void theCsvOfAChartHasTheSameNumbers() {
        WebClient web = signedIn("analyst");
        HttpResponse<String> r = web.get("/statistics/gender.csv?year=1850");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("ariadne-gender-1850.csv");
        assertThat(r.body()).startsWith("code,label,count,suppressed\r\n")
                .contains("FEMININE,Women,,true\r\n", "MASCULINE,Men,40,false\r\n", "UNKNOWN,Not known,,true\r\n", "TOTAL,Total,49,false\r\n");
        HttpResponse<String> trend = web.get("/statistics/trend.csv?year=1850");
        assertThat(trend.body()).contains("1850,1850,49,false").contains("1849,1849,0,false");
        assertThat(web.get("/statistics/colour.csv?year=1850").statusCode()).isEqualTo(404);
        assertThat(web.get("/statistics/gender.csv?year=18x0").statusCode()).isEqualTo(400);
        HttpResponse<String> eurostat = web.get("/statistics/eurostat.csv?from=1850&to=1850");
        assertThat(eurostat.body()).contains("crim_thb_vage,A,NR,BE,1850,F,TOTAL,TOTAL,TOTAL,,c\r\n")
                .contains("crim_thb_vexp,A,NR,BE,1850,F,TOTAL,TOTAL,SEX_EXP,,c\r\n")
                .doesNotContain(",3,\r\n", ",1,\r\n", ",2,\r\n");
    }

    @Test
    void aBadFilterIsNamedAndTheDefaultsAreShown() {
        String page = signedIn("analyst").get("/statistics?year=3000&centre=NOWHERE").body();
        assertThat(page).contains("role=\"alert\"", "href=\"#year\"", "href=\"#centre\"", "the year 3000 is not a year of four digits up to",
                "there is no centre NOWHERE in the statistics");
    }

    @Test
    void aCentresStaffSeeOnlyTheirCentreAndOthersAreRefused() {
        String page = signedIn("payoke").get("/statistics?year=1850&centre=SURYA").body();
        assertThat(page).contains("Cases of PAYOKE, registered in 1850").doesNotContain("id=\"centre\"").doesNotContain("id=\"chart-centre\"");
        assertThat(section(page, "gender")).contains(">40<").contains(">46<");
        Matcher m = Pattern.compile("<a[^>]*href=\"/statistics\"").matcher(signedIn("analyst").get("/home").body());
        assertThat(m.find()).as("menu entry for analysts").isTrue();
        assertThat(signedIn("police").get("/statistics").statusCode()).isEqualTo(403);
        assertThat(signedIn("frontline").get("/statistics/gender.csv").statusCode()).isEqualTo(403);
    }
}
