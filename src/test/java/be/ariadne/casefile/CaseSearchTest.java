package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Search within what the user may see: by code, exact name (blind index), birth date, document, phone, stage, status, centre, exploitation, dates; pages. */
@IntegrationTest
class CaseSearchTest {
    @LocalServerPort int port;
    @Autowired CaseFixtures fx;
    Api api;
    String cw;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cw = fx.token(api, "caseworker");
    }

    private List<String> codes(String query, String token) {
        Api.Answer a = api.get("/api/v1/cases?" + query, token);
        assertThat(a.status()).as(query + " " + a.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        a.json().path("items").forEach(i -> out.add(i.path("code").asString()));
        return out;
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void findsByExactNameAliasBirthDateDocumentAndPhoneThroughBlindIndexes() {
        String last = CaseFixtures.unique("Zoëlle-");
        String code = api.post("/api/v1/cases", cw, Map.of("firstName", "José", "lastName", last, "birthDate", "1994-02-03",
                "aliases", List.of("Nightingale " + last), "phones", List.of("0470 12 34 56"))).json().path("code").asString();
        api.post("/api/v1/cases/" + code + "/identity-documents", cw, Map.of("type", "PASSPORT", "number", "ZX-" + last.substring(7, 13)));
        assertThat(codes("name=" + q("José " + last), cw)).containsExactly(code);
        assertThat(codes("name=" + q(last.toUpperCase() + " jose"), cw)).containsExactly(code);
        assertThat(codes("name=" + q(last.replace("ë", "e")), cw)).containsExactly(code);
        assertThat(codes("name=" + q("Nightingale " + last), cw)).containsExactly(code);
        assertThat(codes("name=" + q(last.substring(0, 8)), cw)).isEmpty();
        assertThat(codes("name=" + q(last) + "&birthDate=1994-02-03", cw)).containsExactly(code);
        assertThat(codes("name=" + q(last) + "&birthDate=1994-02-04", cw)).isEmpty();
        assertThat(codes("document=" + q("zx" + last.substring(7, 13)), cw)).containsExactly(code);
        assertThat(codes("phone=" + q("+32470123456") + "&name=" + q(last), cw)).containsExactly(code);
        assertThat(codes("name=" + q(last), fx.token(api, "payoke"))).isEmpty();
        assertThat(codes("name=" + q(last), fx.token(api, "police"))).isEmpty();
    }

    @Test
    void filtersByCodeStageStatusCentreExploitationAndRegistrationDates() {
        String a = api.post("/api/v1/cases", cw, Map.of("exploitation", List.of("ORGAN_REMOVAL"), "registrationDate", "2003-05-04")).json().path("code").asString();
        String b = api.post("/api/v1/cases", cw, Map.of("exploitation", List.of("SURROGACY", "LABOUR"), "registrationDate", "2003-05-06")).json().path("code").asString();
        api.post("/api/v1/cases/" + b + "/transitions", cw, Map.of("to", "PROTECTION", "date", "2003-05-07"));
        String range = "from=2003-05-01&to=2003-05-31";
        assertThat(codes(range, cw)).containsExactly(b, a);
        assertThat(codes(range + "&exploitation=ORGAN_REMOVAL", cw)).containsExactly(a);
        assertThat(codes(range + "&exploitation=LABOUR,ORGAN_REMOVAL", cw)).containsExactly(b, a);
        assertThat(codes(range + "&stage=PROTECTION", cw)).containsExactly(b);
        assertThat(codes(range + "&status=ACTIVE&centre=PAG_ASA", cw)).containsExactly(b, a);
        assertThat(codes(range + "&centre=PAYOKE", cw)).isEmpty();
        assertThat(codes("code=" + a.substring(0, 7).toLowerCase() + "&" + range, cw)).contains(a);
        assertThat(codes("code=" + a, cw)).containsExactly(a);
        assertThat(codes("from=2003-05-05&to=2003-05-06", cw)).containsExactly(b);
    }

    @Test
    void pagesWithoutOverlapOrGap() {
        List<String> made = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            made.add(0, api.post("/api/v1/cases", cw, Map.of("registrationDate", "2002-02-0" + i)).json().path("code").asString());
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode p = api.get("/api/v1/cases?from=2002-02-01&to=2002-02-28&size=2&page=" + page, cw).json();
            p.path("items").forEach(i -> seen.add(i.path("code").asString()));
            assertThat(p.path("hasNext").asBoolean()).isEqualTo(page < 2);
        }
        assertThat(seen).isEqualTo(made);
    }

    @Test
    void aPartnerFindsOnlySharedCasesAndOnlyWithWhatItMayRead() {
        String last = CaseFixtures.unique("Partnerfind");
        String code = api.post("/api/v1/cases", cw, Map.of("lastName", last, "exploitation", List.of("BEGGING"), "registrationDate", "2004-04-04"))
                .json().path("code").asString();
        String immigration = fx.token(api, "immigration");
        assertThat(codes("code=" + code, immigration)).isEmpty();
        api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", "IMMIGRATION_OFFICE", "compartments", List.of("IDENTITY", "RESIDENCE"),
                "basis", "CONSENT", "purpose", "residence", "consentGivenBy", "VICTIM", "consentGivenOn", "2025-01-01"));
        assertThat(codes("code=" + code, immigration)).containsExactly(code);
        assertThat(codes("name=" + last, immigration)).containsExactly(code);
        // The summary is not theirs: a criterion on it matches nothing, and the list shows nothing of it.
        assertThat(codes("exploitation=BEGGING&code=" + code, immigration)).isEmpty();
        assertThat(codes("from=2004-04-01&to=2004-04-30", immigration)).isEmpty();
        JsonNode item = api.get("/api/v1/cases?code=" + code, immigration).json().path("items").get(0);
        assertThat(item.has("registrationDate")).isFalse();
        assertThat(item.has("exploitation")).isFalse();
        assertThat(item.path("stage").asString()).isEqualTo("DETECTION");
    }

    @Test
    void badCriteriaAreNamedAndRolesWithoutCasesAreRefused() {
        Api.Answer bad = api.get("/api/v1/cases?stage=NOWHERE&exploitation=FUN&from=yesterday&size=1000", cw);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"stage\"", "\"field\":\"exploitation\"", "\"field\":\"from\"", "\"field\":\"size\"");
        assertThat(api.get("/api/v1/cases", fx.token(api, "analyst")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases", fx.token(api, "admin")).status()).isEqualTo(403);
    }

    @Test
    void theListScreenSearchesAndPages() {
        String last = CaseFixtures.unique("Screenfind");
        String code = api.post("/api/v1/cases", cw, Map.of("lastName", last)).json().path("code").asString();
        WebClient web = new WebClient(port);
        web.login("caseworker", "demo");
        var page = web.get("/cases?name=" + last);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(code).doesNotContain(last.substring(0, 6) + "x");
        assertThat(web.get("/cases?from=not-a-date").statusCode()).isEqualTo(400);
    }
}
