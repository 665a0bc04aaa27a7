package be.ariadne.statistics.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.casefile.CaseFiles;
import be.ariadne.casefile.NewCase;
import be.ariadne.shared.SystemActor;
import be.ariadne.testsupport.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catch-up brings back facts the table lost; the refresh and bench commands reject bad options. */
@IntegrationTest
class CatchUpTest {
    @Autowired CaseFiles cases;
    @Autowired JdbcClient jdbc;
    @Autowired StatisticsRefreshCommand command;
    @Autowired FactStore store;
    @Autowired StatisticsBench bench;

    @Test
    void aCatchUpOfAllCasesRestoresTheirFactsAndCounts() {
        long id = new SystemActor("catch-up-test").call(() -> cases.open(NewCase.builder().registrationDate(LocalDate.of(1905, 4, 2))
                .gender(be.ariadne.casefile.Gender.FEMININE).citizenships(List.of("BE")).build(), "JUNA")).id();
        FactStore.Selection year1905 = new FactStore.Selection(LocalDate.of(1905, 1, 1), LocalDate.of(1905, 12, 31), "JUNA");
        assertThat(store.count(List.of(be.ariadne.statistics.Dimension.GENDER), year1905)).containsEntry(List.of("FEMININE"), 1L);

        jdbc.sql("DELETE FROM statistics_case_fact WHERE case_id = ?").param(id).update();
        jdbc.sql("DELETE FROM statistics_count WHERE period_code IN (1905, 190504)").update();
        assertThat(store.count(List.of(be.ariadne.statistics.Dimension.GENDER), year1905)).isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.run(List.of("--all"), new PrintStream(out), System.err)).isZero();
        assertThat(out.toString()).startsWith("statistics: facts of ");
        assertThat(store.count(List.of(be.ariadne.statistics.Dimension.GENDER), year1905)).containsEntry(List.of("FEMININE"), 1L);
        assertThat(jdbc.sql("SELECT cases FROM statistics_count WHERE grain = 'Y' AND period_code = 1905 AND centre = 'JUNA'")
                .query(Long.class).list()).containsExactly(1L);
    }

    @Test
    void unknownOptionsAreNamed() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(command.run(List.of("--everything"), System.out, new PrintStream(err))).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: --everything");
    }

    @Test
    void theBenchNamesABadOptionAndExitsWith2WithoutTouchingTheData() {
        long facts = store.size();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(bench.run(List.of("--cases", "many"), System.out, new PrintStream(err))).isEqualTo(2);
        assertThat(bench.run(List.of("--runs", "0"), System.out, new PrintStream(err))).isEqualTo(2);
        assertThat(bench.run(List.of("--cases"), System.out, new PrintStream(err))).isEqualTo(2);
        assertThat(err.toString()).contains("--cases: must be a whole number, not 'many'", "--runs: must be between 1 and 10000000, not 0",
                "Unknown option or missing value: --cases");
        assertThat(store.size()).isEqualTo(facts);
    }
}
