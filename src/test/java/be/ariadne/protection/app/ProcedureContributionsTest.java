package be.ariadne.protection.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.casefile.CaseFiles;
import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.NewCase;
import be.ariadne.protection.Condition;
import be.ariadne.protection.ProcedureEvent;
import be.ariadne.shared.SystemActor;
import be.ariadne.shared.dashboard.DeadlineOverview;
import be.ariadne.shared.dashboard.FunnelStep;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the module contributes to others: the dashboard's deadline counts and funnel step, the reminders page, the demo procedure. */
@IntegrationTest
class ProcedureContributionsTest {
    static final SystemActor SYSTEM = new SystemActor("test");
    @LocalServerPort int port;
    @Autowired CaseFiles files;
    @Autowired Procedures procedures;
    @Autowired DeadlineOverview overview;
    @Autowired List<FunnelStep> funnel;
    @Autowired Reminders reminders;
    @Autowired JdbcClient jdbc;

    CaseRef open(String centre) {
        return SYSTEM.call(() -> files.open(NewCase.builder().build(), centre));
    }

    void record(CaseRef ref, ProcedureEvent e) {
        SYSTEM.run(() -> procedures.recordAsSystem(SYSTEM, ref, e));
    }

    long count(String kind, DeadlineOverview.Window w, LocalDate today, String centre) {
        return overview.buckets(today, centre).stream().filter(b -> b.kind().equals(kind) && b.window() == w)
                .mapToLong(DeadlineOverview.Bucket::count).sum();
    }

    @Test
    void deadlineCountsByKindAndWindowFilteredByCentre() {
        LocalDate today = LocalDate.of(2031, 1, 1); // far from other tests' dates
        long before14 = count("REFLECTION_PERIOD_END", DeadlineOverview.Window.NEXT_14_DAYS, today, "PAYOKE");
        long beforeOverdue = count("REFLECTION_PERIOD_END", DeadlineOverview.Window.OVERDUE, today, "PAYOKE");
        long before30 = count("REGISTRATION_CERTIFICATE_END", DeadlineOverview.Window.DAYS_15_TO_30, today, "PAYOKE");
        CaseRef p1 = open("PAYOKE");
        record(p1, ProcedureEvent.reflectionPeriodGranted(today.minusDays(40)));          // ends in 5 days
        CaseRef p2 = open("PAYOKE");
        record(p2, ProcedureEvent.statementMade(today.minusMonths(3).plusDays(20)));      // ends in 20 days
        CaseRef p3 = open("PAYOKE");
        record(p3, ProcedureEvent.reflectionPeriodGranted(today.minusDays(50)));          // ended 5 days ago
        assertThat(count("REFLECTION_PERIOD_END", DeadlineOverview.Window.NEXT_14_DAYS, today, "PAYOKE")).isEqualTo(before14 + 1);
        assertThat(count("REFLECTION_PERIOD_END", DeadlineOverview.Window.OVERDUE, today, "PAYOKE")).isEqualTo(beforeOverdue + 1);
        assertThat(count("REGISTRATION_CERTIFICATE_END", DeadlineOverview.Window.DAYS_15_TO_30, today, "PAYOKE")).isEqualTo(before30 + 1);
        assertThat(count("REFLECTION_PERIOD_END", DeadlineOverview.Window.NEXT_14_DAYS, today, null))
                .isGreaterThanOrEqualTo(before14 + 1);
        assertThat(count("REFLECTION_PERIOD_END", DeadlineOverview.Window.NEXT_14_DAYS, today, "SURYA")).isZero();
    }

    @Test
    void statusObtainedCountsCasesByTheDayOfTheirFirstConfirmation() {
        FunnelStep step = funnel.stream().filter(f -> f.key().equals("statusObtained")).findFirst().orElseThrow();
        assertThat(step.order()).isEqualTo(40);
        LocalDate from = LocalDate.of(2032, 2, 1);
        LocalDate to = LocalDate.of(2032, 2, 29);
        long before = step.count(from, to, "PAYOKE");
        long beforeAll = step.count(from, to, null);
        CaseRef c = open("PAYOKE");
        record(c, ProcedureEvent.conditionMet(LocalDate.of(2032, 1, 2), Condition.BREAK_CONTACT));
        record(c, ProcedureEvent.conditionMet(LocalDate.of(2032, 1, 2), Condition.ACCEPT_SUPPORT));
        record(c, ProcedureEvent.statementMade(LocalDate.of(2032, 1, 5)));
        assertThat(step.count(from, to, "PAYOKE")).isEqualTo(before);
        record(c, ProcedureEvent.victimConfirmed(LocalDate.of(2032, 2, 10)));
        record(c, ProcedureEvent.aCardRenewed(LocalDate.of(2032, 2, 20)));
        assertThat(step.count(from, to, "PAYOKE")).isEqualTo(before + 1);
        assertThat(step.count(from, to, null)).isEqualTo(beforeAll + 1);
        assertThat(step.count(from, to, "SURYA")).isZero();
        assertThat(step.count(LocalDate.of(2032, 3, 1), LocalDate.of(2032, 12, 31), "PAYOKE")).as("counted on its first day only").isZero();
    }

    @Test
    void remindersAreListedForTheCentresCaseWorkersAndCanBeMarkedRead() {
        LocalDate today = reminders.today();
        CaseRef c = open("PAG_ASA");
        record(c, ProcedureEvent.reflectionPeriodGranted(today.minusDays(43))); // ends in 2 days: the 3-day reminder is due
        reminders.run(today);
        WebClient web = new WebClient(port);
        web.login("caseworker", "demo");
        String page = web.get("/reminders").body();
        assertThat(page).contains(c.code()).contains("Annex 15 of case " + c.code() + " expires on " + today.plusDays(2));
        assertThat(web.get("/reminders/fragments/unread").body()).contains(c.code());
        long id = jdbc.sql("SELECT id FROM procedure_reminder WHERE case_code = ?").param(c.code()).query(Long.class).single();
        assertThat(web.post("/reminders/" + id + "/read", Map.of()).statusCode()).isEqualTo(302);
        assertThat(web.get("/reminders/fragments/unread").body()).doesNotContain(c.code());
        assertThat(web.get("/reminders").body()).contains(c.code());
        WebClient other = new WebClient(port);
        other.login("payoke", "demo");
        assertThat(other.get("/reminders").body()).doesNotContain(c.code());
        assertThat(other.post("/reminders/" + id + "/read", Map.of()).statusCode()).isEqualTo(404);
    }
}
