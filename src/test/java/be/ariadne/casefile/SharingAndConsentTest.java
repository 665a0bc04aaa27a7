package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The holding centre shares chosen compartments on consent or a prosecutor's order; ending it or withdrawing consent removes access at once. */
@IntegrationTest
class SharingAndConsentTest {
    @LocalServerPort int port;
    @Autowired CaseFixtures fx;
    @Autowired JdbcClient jdbc;
    Api api;
    String cw;
    String police;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cw = fx.token(api, "caseworker");
        police = fx.token(api, "police");
    }

    private String newCase() {
        return api.post("/api/v1/cases", cw, Map.of("gender", "FEMININE", "lastName", CaseFixtures.unique("Sharename"))).json().path("code").asString();
    }

    private Api.Answer shareWithPolice(String code) {
        return api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", "POLICE_DEMO",
                "compartments", List.of("IDENTITY", "CASE_SUMMARY", "INVESTIGATION"), "basis", "CONSENT", "purpose", "criminal investigation",
                "consentGivenBy", "VICTIM", "consentGivenOn", "2025-03-01"));
    }

    @Test
    void withdrawingConsentRemovesAccessAtOnceAndIsRecorded() {
        String code = newCase();
        assertThat(api.get("/api/v1/cases/" + code, police).status()).isEqualTo(404);
        Api.Answer s = shareWithPolice(code);
        assertThat(s.status()).isEqualTo(201);
        long id = s.json().path("id").asLong();
        assertThat(api.get("/api/v1/cases/" + code, police).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/cases?code=" + code, police).body()).contains(code);

        Api.Answer list = api.get("/api/v1/cases/" + code + "/shares", cw);
        int version = list.json().get(0).path("version").asInt();
        assertThat(list.json().get(0).path("consentGivenBy").asString()).isEqualTo("VICTIM");
        assertThat(list.json().get(0).path("purpose").asString()).isEqualTo("criminal investigation");
        assertThat(list.json().get(0).path("startedBy").asString()).isEqualTo("caseworker");

        Api.Answer w = api.post("/api/v1/cases/" + code + "/shares/" + id + "/withdraw-consent", cw, Map.of("withdrawnOn", "2025-06-01", "version", version));
        assertThat(w.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/cases/" + code, police).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases?code=" + code, police).body()).doesNotContain(code);
        Api.Answer after = api.get("/api/v1/cases/" + code + "/shares", cw);
        assertThat(after.json().get(0).path("inForce").asBoolean()).isFalse();
        assertThat(after.json().get(0).path("endReason").asString()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(after.json().get(0).path("consentWithdrawnOn").asString()).isEqualTo("2025-06-01");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CASE_CONSENT_WITHDRAWN' AND object_id = ?").param(code)
                .query(Long.class).single()).isOne();
    }

    @Test
    void endingASharingRemovesAccessAtOnceAndASecondSharingWithTheSamePartnerWaitsForTheEnd() {
        String code = newCase();
        long id = shareWithPolice(code).json().path("id").asLong();
        Api.Answer again = shareWithPolice(code);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("rule").asString()).isEqualTo("SHARING_EXISTS");
        assertThat(api.post("/api/v1/cases/" + code + "/shares/" + id + "/end", cw, Map.of()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/cases/" + code + "/notes", police).status()).isEqualTo(404);
        assertThat(shareWithPolice(code).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/cases/" + code, police).status()).isEqualTo(200);
    }

    @Test
    void aProsecutorsOrderSharesWithoutConsentAndKeepsItsReference() {
        String code = newCase();
        Api.Answer s = api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", "PROSECUTION_DEMO",
                "compartments", List.of("IDENTITY", "CASE_SUMMARY", "LEGAL", "RESIDENCE"), "basis", "PROSECUTOR_ORDER",
                "purpose", "prosecution", "orderReference", "BR/2025/4711", "orderDate", "2025-04-01"));
        assertThat(s.status()).isEqualTo(201);
        Api.Answer list = api.get("/api/v1/cases/" + code + "/shares", cw);
        assertThat(list.json().get(0).path("orderReference").asString()).isEqualTo("BR/2025/4711");
        assertThat(list.json().get(0).path("consentGivenBy").isNull()).isTrue();
        Api.Answer g = api.get("/api/v1/cases/" + code, fx.token(api, "prosecutor"));
        assertThat(g.json().path("writableCompartments").toString()).contains("LEGAL", "RESIDENCE");
        Api.Answer withdraw = api.post("/api/v1/cases/" + code + "/shares/" + s.json().path("id").asLong() + "/withdraw-consent", cw, Map.of());
        assertThat(withdraw.status()).isEqualTo(409);
        assertThat(withdraw.json().path("rule").asString()).isEqualTo("NOT_ON_CONSENT");
    }

    @Test
    void aSharingMustNameItsBasisAndMayNotGiveWhatThePartnerCannotRead() {
        String code = newCase();
        Api.Answer bad = api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", "IMMIGRATION_OFFICE",
                "compartments", List.of("IDENTITY", "SUPPORT"), "basis", "CONSENT", "purpose", "residence"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("compartments", "SUPPORT cannot be read", "consentGivenBy", "consentGivenOn");
        Api.Answer order = api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", "POLICE_DEMO",
                "compartments", List.of("IDENTITY"), "basis", "PROSECUTOR_ORDER", "purpose", "x"));
        assertThat(order.body()).contains("orderReference", "orderDate");
        assertThat(api.get("/api/v1/cases/" + code + "/shares", cw).json().size()).isZero();
    }

    @Test
    void onlyTheHoldingCentreManagesSharing() {
        String code = newCase();
        shareWithPolice(code);
        assertThat(api.get("/api/v1/cases/" + code + "/shares", police).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/cases/" + code + "/shares", police, Map.of("partner", "INSPECTION_DEMO",
                "compartments", List.of("IDENTITY"), "basis", "CONSENT", "purpose", "x", "consentGivenBy", "VICTIM",
                "consentGivenOn", "2025-01-01")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases/" + code + "/shares", fx.token(api, "payoke")).status()).isEqualTo(404);
    }
}
