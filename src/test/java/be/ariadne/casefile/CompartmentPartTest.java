package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A part contributed by another module (the protection module's procedure, for RESIDENCE) shows only to those who may read its compartment. */
@IntegrationTest
class CompartmentPartTest {
    @LocalServerPort int port;
    @Autowired CaseFixtures fx;

    @Test
    void theContributedPartIsIncludedOnlyWhenItsCompartmentIsReadable() {
        Api api = new Api(port);
        String cw = fx.token(api, "caseworker");
        String code = api.post("/api/v1/cases", cw, Map.of()).json().path("code").asString();
        api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", "POLICE_DEMO", "compartments", List.of("CASE_SUMMARY"),
                "basis", "CONSENT", "purpose", "x", "consentGivenBy", "VICTIM", "consentGivenOn", "2025-01-01"));
        api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", "IMMIGRATION_OFFICE", "compartments", List.of("RESIDENCE"),
                "basis", "CONSENT", "purpose", "x", "consentGivenBy", "VICTIM", "consentGivenOn", "2025-01-01"));
        String phase = api.get("/api/v1/cases/" + code, cw).json().path("residence").path("procedure").path("phase").asString();
        assertThat(phase).isNotBlank();
        assertThat(api.get("/api/v1/cases/" + code, fx.token(api, "immigration")).json().path("residence").path("procedure").path("phase").asString())
                .isEqualTo(phase);
        String police = api.get("/api/v1/cases/" + code, fx.token(api, "police")).body();
        assertThat(police).doesNotContain("REFLECTION_PERIOD").doesNotContain("residence").doesNotContain("procedure");

        WebClient web = new WebClient(port);
        web.login("immigration", "demo");
        assertThat(web.get("/cases/" + code).body()).contains("/cases/" + code + "/procedure/fragment");
        WebClient pol = new WebClient(port);
        pol.login("police", "demo");
        assertThat(pol.get("/cases/" + code).body()).doesNotContain("procedure/fragment");
    }
}
