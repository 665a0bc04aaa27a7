package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The demo cases: seeded once (idempotent), the first shared with the police, the prosecutor and the Immigration Office. */
@IntegrationTest
class CaseFileDemoTest {
    @LocalServerPort int port;
    @Autowired CaseFileDemo demo;
    @Autowired CaseFixtures fx;
    @Autowired JdbcClient jdbc;

    @Test
    void theHarnessSeedsNoCasesAndSeedingTwiceChangesNothing() {
        demo.seed(); // ariadne.demo.cases=0 in the test harness: nothing
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file WHERE external_id LIKE 'DEMO-%'").query(Long.class).single()).isZero();
        String code = demo.seedCases();
        long cases = jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single();
        long changes = jdbc.sql("SELECT COUNT(*) FROM case_change").query(Long.class).single();
        assertThat(demo.seedCases()).isEqualTo(code);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single()).isEqualTo(cases);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_change").query(Long.class).single()).isEqualTo(changes);
        assertThat(jdbc.sql("SELECT o.code FROM case_file c JOIN organisation o ON o.id = c.holding_org_id WHERE c.external_id LIKE 'DEMO-%' ORDER BY c.external_id")
                .query(String.class).list()).containsExactly("PAG_ASA", "PAG_ASA", "PAG_ASA", "PAYOKE");

        Api api = new Api(port);
        JsonNode police = api.get("/api/v1/cases/" + code, fx.token(api, "police")).json();
        assertThat(police.path("readableCompartments").toString()).isEqualTo("[\"IDENTITY\",\"CASE_SUMMARY\",\"INVESTIGATION\"]");
        assertThat(police.path("investigation").path("suspects").size()).isOne();
        JsonNode immigration = api.get("/api/v1/cases/" + code, fx.token(api, "immigration")).json();
        assertThat(immigration.path("readableCompartments").toString()).isEqualTo("[\"IDENTITY\",\"RESIDENCE\"]");
        JsonNode prosecutor = api.get("/api/v1/cases/" + code, fx.token(api, "prosecutor")).json();
        assertThat(prosecutor.path("writableCompartments").toString()).isEqualTo("[\"LEGAL\",\"RESIDENCE\"]");
        JsonNode worker = api.get("/api/v1/cases/" + code, fx.token(api, "caseworker")).json();
        assertThat(worker.path("support").path("objectives").size()).isEqualTo(3);
        assertThat(worker.path("stage").asString()).isEqualTo("INVESTIGATION");
        assertThat(worker.path("identity").path("firstName").asString()).isEqualTo("Synthia");
        assertThat(api.get("/api/v1/cases/" + code + "/notes", fx.token(api, "caseworker")).json().size()).isGreaterThanOrEqualTo(4);
        assertThat(api.get("/api/v1/cases/" + code + "/shares", fx.token(api, "caseworker")).json().size()).isEqualTo(3);
    }
}
