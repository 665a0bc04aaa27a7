package be.ariadne.protection.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The screens: timeline with the next deadline and the forms the user may use, refusals shown with their rule, dashboards, the Immigration Office's view. */
@IntegrationTest
class ProcedureScreensTest {
    @LocalServerPort int port;

    private String openSharedCase(Api api, String cw) {
        String code = api.post("/api/v1/cases", cw, Map.of("firstName", "Testa", "lastName", "Screenlady", "birthDate", "1994-03-02",
                "phones", List.of("+32 470 99 88 77"))).json().path("code").asString();
        assertThat(api.post("/api/v1/cases/" + code + "/identity-documents", cw, Map.of("type", "PASSPORT", "number", "TST-778899",
                "issuingCountry", "NG", "expiryDate", "2030-01-31")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/cases/" + code + "/addresses", cw, Map.of("street", "9 Hidden Shelter Lane", "postalCode", "1000",
                "municipality", "Brussels", "country", "BE")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", "IMMIGRATION_OFFICE", "compartments",
                List.of("IDENTITY", "RESIDENCE"), "basis", "CONSENT", "purpose", "documents", "consentGivenBy", "VICTIM",
                "consentGivenOn", "2025-12-01")).status()).isEqualTo(201);
        return code;
    }

    @Test
    void theCaseWorkerSeesTheNextDeadlineAndRecordsThroughTheForms() {
        Api api = new Api(port);
        String cw = api.token("caseworker", "demo");
        String code = openSharedCase(api, cw);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        WebClient web = new WebClient(port);
        web.login("caseworker", "demo");

        String overview = web.get("/cases/" + code).body();
        assertThat(overview).contains("/cases/" + code + "/procedure/fragment");
        String fragment = web.get("/cases/" + code + "/procedure/fragment").body();
        assertThat(fragment).contains("Victim-status procedure").contains("No document with an end date")
                .contains("Record: Reflection period granted").doesNotContain("Record: Victim confirmed");

        HttpResponse<String> ok = web.post("/cases/" + code + "/procedure/events", Map.of("type", "REFLECTION_PERIOD_GRANTED",
                "date", today.minusDays(35).toString(), "version", "0", "back", "/cases/" + code, "note", ""));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElseThrow()).endsWith("/cases/" + code);
        assertThat(web.get("/cases/" + code).body()).contains("Recorded: Reflection period granted.");
        fragment = web.get("/cases/" + code + "/procedure/fragment").body();
        assertThat(fragment).contains("id=\"next-deadline\"").contains("alert alert-warn")
                .contains("Annex 15 ends on " + today.plusDays(10) + " (in 10 days).");

        // A refused event is shown with the rule's explanation; nothing is recorded.
        HttpResponse<String> refused = web.post("/cases/" + code + "/procedure/events", Map.of("type", "VICTIM_CONFIRMED",
                "date", today.toString(), "version", "1", "back", "/cases/" + code));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("The event was not recorded").contains("not allowed in the current phase");
        // A stale version is refused too.
        HttpResponse<String> stale = web.post("/cases/" + code + "/procedure/events", Map.of("type", "CONDITION_MET",
                "condition", "BREAK_CONTACT", "date", today.toString(), "version", "0", "back", "/cases/" + code));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone recorded another event");
        // A missing detail names the field.
        HttpResponse<String> missing = web.post("/cases/" + code + "/procedure/events", Map.of("type", "CONDITION_MET",
                "date", today.toString(), "version", "1", "back", "/cases/" + code));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Condition: This field is required.");
        assertThat(api.get("/api/v1/cases/" + code + "/procedure", cw).json().path("history").size()).isEqualTo(1);

        // Deadlines dashboard and the home section.
        String deadlines = web.get("/deadlines").body();
        assertThat(deadlines).contains(code).contains("In 10 days");
        assertThat(web.get("/deadlines?within=abc").body()).contains("whole number from 0 to 366");
        assertThat(web.get("/deadlines/fragments/soon").body()).contains(code);
        assertThat(web.get("/home").body()).contains("Expiring in the next 14 days").contains("/deadlines/fragments/soon");
    }

    @Test
    void theImmigrationOfficeSeesResidenceAndTheIdentityForDocumentsOnly() {
        Api api = new Api(port);
        String cw = api.token("caseworker", "demo");
        String code = openSharedCase(api, cw);
        WebClient io = new WebClient(port);
        io.login("immigration", "demo");
        assertThat(io.get("/home").body()).contains("href=\"/immigration\"");
        String list = io.get("/immigration").body();
        assertThat(list).contains("/immigration/cases/" + code);
        String page = io.get("/immigration/cases/" + code).body();
        assertThat(page).contains("Screenlady").contains("Testa").contains("1994-03-02").contains("TST-778899")
                .contains("Record: Reflection period granted").doesNotContain("Record: Victim confirmed");
        assertThat(page).doesNotContain("+32 470 99 88 77").doesNotContain("Hidden Shelter").doesNotContain("Case summary");
        HttpResponse<String> ok = io.post("/cases/" + code + "/procedure/events", Map.of("type", "REFLECTION_PERIOD_GRANTED",
                "date", "2026-01-10", "version", "0", "back", "/immigration/cases/" + code));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElseThrow()).endsWith("/immigration/cases/" + code);
        assertThat(io.get("/immigration/cases/" + code).body()).contains("2026-02-24");

        // Only RESIDENCE shared: the procedure without any identity.
        String residenceOnly = api.post("/api/v1/cases", cw, Map.of("lastName", "Notsharedname")).json().path("code").asString();
        assertThat(api.post("/api/v1/cases/" + residenceOnly + "/shares", cw, Map.of("partner", "IMMIGRATION_OFFICE", "compartments",
                List.of("RESIDENCE"), "basis", "CONSENT", "purpose", "documents", "consentGivenBy", "VICTIM",
                "consentGivenOn", "2025-12-01")).status()).isEqualTo(201);
        HttpResponse<String> noIdentity = io.get("/immigration/cases/" + residenceOnly);
        assertThat(noIdentity.statusCode()).isEqualTo(200);
        assertThat(noIdentity.body()).contains("is not shared with your organisation").doesNotContain("Notsharedname")
                .contains("Record: Reflection period granted");

        WebClient police = new WebClient(port);
        police.login("police", "demo");
        assertThat(police.get("/immigration").statusCode()).isEqualTo(403);
        assertThat(police.get("/cases/" + code + "/procedure/fragment").statusCode()).isEqualTo(404);
        WebClient cwWeb = new WebClient(port);
        cwWeb.login("caseworker", "demo");
        assertThat(cwWeb.get("/immigration/cases/" + code).statusCode()).isEqualTo(403);
    }
}
