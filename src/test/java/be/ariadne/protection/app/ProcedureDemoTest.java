package be.ariadne.protection.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo procedure: on the case file's shared demo case, a deadline in the next 14 days for caseworker, visible to the Immigration Office; seeding twice changes nothing. */
@IntegrationTest
class ProcedureDemoTest {
    @LocalServerPort int port;
    @Autowired ProcedureDemo demo;
    @Autowired org.springframework.context.ApplicationContext context;

    @Test
    void theDemoCaseHasAProcedureInProgressWithADeadlineSoon() {
        // The case file's demo cases (ariadne.demo.cases=0 in tests: seeded here as CaseFileJourneyTest does).
        String code = be.ariadne.casefile.CaseFileDemoAccess.seedDemoCases(context);
        assertThat(demo.seedProcedure()).contains(code);
        assertThat(demo.seedProcedure()).contains(code);
        Api api = new Api(port);
        var state = api.get("/api/v1/cases/" + code + "/procedure", api.token("caseworker", "demo")).json();
        assertThat(state.path("phase").asString()).isEqualTo("REFLECTION_PERIOD");
        assertThat(state.path("history").size()).isEqualTo(3);
        LocalDate until = LocalDate.parse(state.path("validUntil").asString());
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(until).isAfterOrEqualTo(today).isBeforeOrEqualTo(today.plusDays(14));
        assertThat(api.get("/api/v1/procedure/deadlines?within=14", api.token("caseworker", "demo")).body()).contains(code);
        assertThat(api.get("/api/v1/procedure/deadlines?within=14", api.token("immigration", "demo")).body()).contains(code);
    }
}
