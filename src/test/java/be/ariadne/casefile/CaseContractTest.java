package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The minimal case calls of contracts/api-access.md, exactly as written, and the events other modules build on. */
@IntegrationTest
@Import(CaseContractTest.Events.class)
class CaseContractTest {
    @LocalServerPort int port;
    @Autowired CaseFixtures fx;
    @Autowired Events events;
    Api api;

    @TestConfiguration
    static class Events {
        final List<Object> seen = new ArrayList<>();

        @EventListener
        void opened(CaseOpened e) {
            seen.add(e);
        }

        @EventListener
        void facts(CaseFactsChanged e) {
            seen.add(e);
        }
    }

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aCentreOpensACaseAsTheContractSaysAndReadsItBack() {
        String token = fx.token(api, "caseworker");
        Api.Answer a = api.post("/api/v1/cases", token, Map.of("gender", "FEMININE", "birthYear", 1999, "citizenships", List.of("NG"),
                "exploitation", List.of("SEXUAL")));
        assertThat(a.status()).isEqualTo(201);
        String code = a.json().path("code").asString();
        assertThat(code).matches("AR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(a.json().size()).isEqualTo(1);
        assertThat(a.header("Location")).isEqualTo("/api/v1/cases/" + code);

        Api.Answer g = api.get("/api/v1/cases/" + code, token);
        assertThat(g.status()).isEqualTo(200);
        assertThat(g.json().path("code").asString()).isEqualTo(code);
        assertThat(g.json().path("holdingCentre").asString()).isEqualTo("PAG_ASA");
        assertThat(g.json().path("stage").asString()).isEqualTo("DETECTION");
        assertThat(g.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(g.json().path("gender").asString()).isEqualTo("FEMININE");
        assertThat(g.json().path("birthYear").asInt()).isEqualTo(1999);
        assertThat(g.json().path("citizenships").get(0).asString()).isEqualTo("NG");
        assertThat(g.json().path("exploitation").get(0).asString()).isEqualTo("SEXUAL");
        assertThat(g.json().path("traffickingStatus").asString()).isEqualTo("POSSIBLE_VICTIM");
        assertThat(g.json().has("version")).isTrue();
    }

    @Test
    void everyFieldIsOptional() {
        Api.Answer a = api.post("/api/v1/cases", fx.token(api, "caseworker"), Map.of());
        assertThat(a.status()).isEqualTo(201);
        Api.Answer g = api.get("/api/v1/cases/" + a.json().path("code").asString(), fx.token(api, "caseworker"));
        assertThat(g.json().path("gender").asString()).isEqualTo("UNKNOWN");
    }

    @Test
    void onlyAUserOfASpecialisedCentreOpensCases() {
        for (String user : List.of("police", "prosecutor", "immigration", "analyst", "admin", "frontline")) {
            Api.Answer a = api.post("/api/v1/cases", fx.token(api, user), Map.of("gender", "FEMININE"));
            assertThat(a.status()).as(user).isEqualTo(403);
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.post("/api/v1/cases", null, Map.of()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/cases/AR-2222-2222", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void anInvisibleCaseAndAMissingCaseGiveTheSameAnswer() {
        String code = api.post("/api/v1/cases", fx.token(api, "payoke"), Map.of("gender", "MASCULINE")).json().path("code").asString();
        String token = fx.token(api, "caseworker");
        Api.Answer invisible = api.get("/api/v1/cases/" + code, token);
        String missingCode = "AR-2222-2222".equals(code) ? "AR-3333-3333" : "AR-2222-2222";
        Api.Answer missing = api.get("/api/v1/cases/" + missingCode, token);
        assertThat(invisible.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(invisible.json().path("title")).isEqualTo(missing.json().path("title"));
        assertThat(invisible.json().path("detail").asString().replace(code, "CODE"))
                .isEqualTo(missing.json().path("detail").asString().replace(missingCode, "CODE"));
        assertThat(invisible.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void openingPublishesCaseOpenedAndTheFactsForStatistics() {
        events.seen.clear();
        Api.Answer a = api.post("/api/v1/cases", fx.token(api, "caseworker"), Map.of("gender", "MASCULINE", "birthDate", "2009-04-02",
                "citizenships", List.of("RO", "BE"), "exploitation", List.of("BEGGING"), "registrationDate", "2025-02-01"));
        String code = a.json().path("code").asString();
        CaseOpened opened = (CaseOpened) events.seen.stream().filter(e -> e instanceof CaseOpened).findFirst().orElseThrow();
        assertThat(opened.ref().code()).isEqualTo(code);
        assertThat(opened.ref().holdingOrganisationCode()).isEqualTo("PAG_ASA");
        CaseFacts facts = events.seen.stream().filter(e -> e instanceof CaseFactsChanged).map(e -> ((CaseFactsChanged) e).facts().get(0))
                .findFirst().orElseThrow();
        assertThat(facts.caseCode()).isEqualTo(code);
        assertThat(facts.birthDate()).hasToString("2009-04-02");
        assertThat(facts.birthYear()).isEqualTo(2009);
        assertThat(facts.ageAtRegistration()).isEqualTo(15);
        assertThat(facts.citizenships()).containsExactly("RO", "BE");
        assertThat(facts.forms()).containsExactly(ExploitationForm.BEGGING);
        assertThat(facts.centreCode()).isEqualTo("PAG_ASA");
        assertThat(facts.status()).isEqualTo(CaseStatus.ACTIVE);

        events.seen.clear();
        api.post("/api/v1/cases/" + code + "/close", fx.token(api, "caseworker"), Map.of("reason", "LEFT_COUNTRY"));
        assertThat(events.seen).anySatisfy(e -> assertThat(((CaseFactsChanged) e).facts().get(0).status()).isEqualTo(CaseStatus.CLOSED));
    }
}
