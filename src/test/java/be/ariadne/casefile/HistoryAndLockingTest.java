package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every change is kept (who, when, old → new) and shown to those who may read the field; a second writer on a stale version is told, never overwrites. */
@IntegrationTest
class HistoryAndLockingTest {
    @LocalServerPort int port;
    @Autowired CaseFixtures fx;
    Api api;
    String cw;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cw = fx.token(api, "caseworker");
    }

    private String newCase() {
        return api.post("/api/v1/cases", cw, Map.of("gender", "FEMININE", "citizenships", List.of("NG"))).json().path("code").asString();
    }

    private Api.Answer patch(String code, String form, String token, String json) {
        return api.send("PATCH", "/api/v1/cases/" + code + "/" + form, token, json, Map.of());
    }

    @Test
    void everyChangeIsKeptWithWhoWhenOldAndNew() {
        String code = newCase();
        assertThat(patch(code, "summary", cw, "{\"version\":0,\"gender\":\"MASCULINE\",\"citizenships\":[\"RO\"]}").status()).isEqualTo(200);
        JsonNode history = api.get("/api/v1/cases/" + code + "/history", cw).json();
        JsonNode gender = find(history, "gender", "UPDATE");
        assertThat(gender.path("old").asString()).isEqualTo("FEMININE");
        assertThat(gender.path("new").asString()).isEqualTo("MASCULINE");
        assertThat(gender.path("by").asString()).isEqualTo("caseworker");
        assertThat(gender.path("organisation").asString()).isEqualTo("PAG_ASA");
        assertThat(gender.path("compartment").asString()).isEqualTo("CASE_SUMMARY");
        assertThat(gender.path("at").asString()).isNotBlank();
        assertThat(find(history, "citizenships", "UPDATE").path("old").asString()).isEqualTo("NG");
    }

    @Test
    void theHistoryShowsOnlyTheCompartmentsTheReaderMayRead() {
        String code = newCase();
        patch(code, "identity", cw, "{\"version\":0,\"firstName\":\"Historia\",\"lastName\":\"Secretname\"}");
        patch(code, "legal", cw, "{\"version\":0,\"lawyer\":\"Counsel Hidden\"}");
        api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", "IMMIGRATION_OFFICE", "compartments", List.of("IDENTITY", "RESIDENCE"),
                "basis", "CONSENT", "purpose", "residence", "consentGivenBy", "VICTIM", "consentGivenOn", "2025-01-01"));
        Api.Answer immigration = api.get("/api/v1/cases/" + code + "/history", fx.token(api, "immigration"));
        assertThat(immigration.status()).isEqualTo(200);
        assertThat(immigration.body()).contains("Secretname").doesNotContain("Counsel Hidden").doesNotContain("CASE_SUMMARY").doesNotContain("FEMININE");
        for (JsonNode e : immigration.json()) assertThat(e.path("compartment").asString()).isIn("IDENTITY", "RESIDENCE");
        assertThat(api.get("/api/v1/cases/" + code + "/history", cw).body()).contains("Counsel Hidden", "Secretname");
    }

    @Test
    void theSecondOfTwoWritersOnTheSameVersionGets409AndNothingIsOverwritten() {
        String code = newCase();
        Api.Answer first = patch(code, "summary", cw, "{\"version\":0,\"gender\":\"MASCULINE\"}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("version").asInt()).isEqualTo(1);
        Api.Answer second = patch(code, "summary", fx.token(api, "caseworker"), "{\"version\":0,\"gender\":\"NON_CONFORMING\",\"languages\":[\"fr\"]}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("rule").asString()).isEqualTo("STALE_VERSION");
        assertThat(second.json().path("currentVersion").asInt()).isEqualTo(1);
        JsonNode now = api.get("/api/v1/cases/" + code, cw).json();
        assertThat(now.path("gender").asString()).isEqualTo("MASCULINE");
        assertThat(now.path("languages").size()).isZero();
        assertThat(now.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void recordsOfListsAreLockedByTheirOwnVersion() {
        String code = newCase();
        long id = api.post("/api/v1/cases/" + code + "/objectives", cw, Map.of("type", "HEALTH", "objective", "dentist")).json().path("id").asLong();
        String path = "/api/v1/cases/" + code + "/objectives/" + id;
        assertThat(api.send("PATCH", path, cw, "{\"version\":0,\"status\":\"IN_PROGRESS\"}", Map.of()).status()).isEqualTo(200);
        Api.Answer stale = api.send("PATCH", path, cw, "{\"version\":0,\"status\":\"CANCELLED\"}", Map.of());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("currentVersion").asInt()).isEqualTo(1);
        assertThat(api.delete(path + "?version=0", cw).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/cases/" + code + "/objectives", cw).json().get(0).path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(api.delete(path + "?version=1", cw).status()).isEqualTo(204);
        assertThat(find(api.get("/api/v1/cases/" + code + "/history", cw).json(), "status", "DELETE").path("old").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aStaleEditOnTheScreenIsShownAgainWithTheCurrentValuesAndTheUsersInput() {
        String code = newCase();
        WebClient web = new WebClient(port);
        web.login("caseworker", "demo");
        web.get("/cases/" + code + "/edit/summary");
        assertThat(patch(code, "summary", cw, "{\"version\":0,\"gender\":\"MASCULINE\"}").status()).isEqualTo(200);
        var r = web.post("/cases/" + code + "/edit/summary", Map.of("version", "0", "gender", "TRANSGENDER_FEMININE",
                "traffickingStatus", "ACTUAL_VICTIM", "status", "ACTIVE", "citizenships", "NG"));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("Someone else changed this meanwhile")
                .contains("Saved meanwhile by someone else: Masculine")
                .contains("<option value=\"TRANSGENDER_FEMININE\" selected=\"selected\">")
                .contains("name=\"version\" value=\"1\"");
        assertThat(api.get("/api/v1/cases/" + code, cw).json().path("gender").asString()).isEqualTo("MASCULINE");
        var again = web.post("/cases/" + code + "/edit/summary", Map.of("version", "1", "gender", "TRANSGENDER_FEMININE",
                "traffickingStatus", "ACTUAL_VICTIM", "status", "ACTIVE", "citizenships", "NG"));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(api.get("/api/v1/cases/" + code, cw).json().path("gender").asString()).isEqualTo("TRANSGENDER_FEMININE");
    }

    private static JsonNode find(JsonNode history, String field, String op) {
        for (JsonNode e : history) if (e.path("field").asString().equals(field) && e.path("operation").asString().equals(op)) return e;
        throw new AssertionError("no " + op + " of " + field + " in " + history);
    }
}
