package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** --demo imports generated cases through the import path, once; the test harness (ariadne.demo.cases=0) gets none. */
@IntegrationTest
class ExchangeDemoTest {
    @Autowired ExchangeDemo demo;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    private long demoCases() {
        return jdbc.sql("SELECT COUNT(*) FROM case_file WHERE external_id LIKE 'DEMOSYN-%'").query(Long.class).single();
    }

    @Test
    void seedsGeneratedCasesAcrossCentresAndYearsOnce() {
        // Inside one transaction rolled back at the end: the shared test database keeps no demo case.
        tx.executeWithoutResult(status -> {
            check();
            status.setRollbackOnly();
        });
        assertThat(demoCases()).isZero();
    }

    private void check() {
        assertThat(demoCases()).as("ariadne.demo.cases=0 in the tests").isZero();
        assertThat(ExchangeDemo.count("0")).isZero();
        assertThat(ExchangeDemo.count(null)).isEqualTo(ExchangeDemo.DEFAULT_CASES);
        assertThat(demo.seed(60)).isEqualTo(60);
        assertThat(demoCases()).isEqualTo(60);
        long changes = jdbc.sql("SELECT COUNT(*) FROM case_change").query(Long.class).single();
        assertThat(demo.seed(60)).as("idempotent").isZero();
        assertThat(demoCases()).isEqualTo(60);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_change").query(Long.class).single()).isEqualTo(changes);
        List<String> centres = jdbc.sql("SELECT DISTINCT o.code FROM case_file c JOIN organisation o ON o.id = c.holding_org_id "
                + "WHERE c.external_id LIKE 'DEMOSYN-%'").query(String.class).list();
        assertThat(centres).hasSizeGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT EXTRACT(YEAR FROM registration_date)) FROM case_file WHERE external_id LIKE 'DEMOSYN-%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file c JOIN organisation o ON o.id = c.holding_org_id WHERE c.external_id LIKE 'DEMOSYN-%' "
                + "AND c.age_at_registration < 18 AND o.code IN ('PAG_ASA', 'PAYOKE', 'SURYA')").query(Long.class).single())
                .as("children go to the centres for minors").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CASES_IMPORTED' AND detail LIKE 'source=demo data%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }
}
