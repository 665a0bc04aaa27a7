package be.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Legal holds on the case screen: a part of the LEGAL section (htmx) or a page of its own, forms that name what is wrong. */
@IntegrationTest
class LegalHoldScreensTest {
    @LocalServerPort int port;
    @Autowired PrivacyFixtures fx;

    @Test
    void aCaseWorkerPlacesAndLiftsAHoldOnTheScreens() {
        Api api = new Api(port);
        String code = fx.rich(api, port, LocalDate.of(2024, 4, 1), null).code();
        WebClient web = new WebClient(port);
        web.login("caseworker", "demo");
        assertThat(web.get("/cases/" + code).body()).contains("hx-get=\"/cases/" + code + "/legal-holds\"");
        HttpResponse<String> fragment = web.get("/cases/" + code + "/legal-holds", Map.of("HX-Request", "true"));
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").contains("No legal hold.", "name=\"procedureReference\"");

        HttpResponse<String> page = web.get("/cases/" + code + "/legal-holds");
        assertThat(page.body()).contains("<h1>Legal holds of case " + code + "</h1>");
        HttpResponse<String> bad = web.post("/cases/" + code + "/legal-holds", Map.of("procedureReference", "", "reason", "short"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"problems\"", "procedureReference", "at least 10 characters");
        HttpResponse<String> placed = web.post("/cases/" + code + "/legal-holds",
                Map.of("procedureReference", "AN.12.L8.2024/0007", "reason", "Hearing set before the criminal court"));
        assertThat(placed.statusCode()).isEqualTo(302);
        assertThat(placed.headers().firstValue("Location").orElseThrow()).endsWith("/cases/" + code + "#section-legal");
        assertThat(web.get("/cases/" + code).body()).contains("Legal hold placed on case " + code);

        HttpResponse<String> held = web.get("/cases/" + code + "/legal-holds");
        assertThat(held.body()).contains("In force", "AN.12.L8.2024/0007", "Lift the hold").doesNotContain("name=\"procedureReference\"");
        long id = api.get(PrivacyFixtures.path(code, "legal-holds"), fx.token(api, "caseworker")).json().get(0).path("id").asLong();
        HttpResponse<String> noReason = web.post("/cases/" + code + "/legal-holds/" + id + "/lift", Map.of("reason", "", "version", "0"));
        assertThat(noReason.body()).contains("id=\"problems\"", "reason");
        HttpResponse<String> lifted = web.post("/cases/" + code + "/legal-holds/" + id + "/lift",
                Map.of("reason", "Judgment final on appeal", "version", "0"));
        assertThat(lifted.statusCode()).isEqualTo(302);
        assertThat(web.get("/cases/" + code + "/legal-holds").body()).contains("Lifted", "Judgment final on appeal");
        assertThat(api.get("/api/v1/cases/" + code, fx.token(api, "caseworker")).json().path("legal").path("legalHolds").get(0)
                .path("inForce").asBoolean()).isFalse();

        WebClient police = new WebClient(port);
        police.login("police", "demo");
        assertThat(police.get("/cases/" + code + "/legal-holds").statusCode()).isEqualTo(404);
    }
}
