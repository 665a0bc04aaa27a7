package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Break-glass: a stated reason, a personal and limited grant, every read under it audited, and an administrator's review. */
@IntegrationTest
class BreakGlassTest {
    @LocalServerPort int port;
    @Autowired CaseFixtures fx;
    @Autowired JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private long audits(String action, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_id = ?").params(action, code).query(Long.class).single();
    }

    @Test
    void aReasonOpensTheCaseForReadingAndEveryReadIsMarkedInTheAuditTrail() {
        String code = api.post("/api/v1/cases", fx.token(api, "payoke"), Map.of("lastName", CaseFixtures.unique("Glassname")))
                .json().path("code").asString();
        String police = fx.token(api, "police");
        assertThat(api.get("/api/v1/cases/" + code, police).status()).isEqualTo(404);

        Api.Answer tooShort = api.post("/api/v1/cases/" + code + "/break-glass", police, Map.of("reason", "urgent"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");

        Api.Answer g = api.post("/api/v1/cases/" + code + "/break-glass", police, Map.of("reason", "Hostage situation, identity needed now"));
        assertThat(g.status()).isEqualTo(201);
        assertThat(g.json().path("compartments").toString()).contains("IDENTITY", "CASE_SUMMARY", "INVESTIGATION");
        assertThat(audits("BREAK_GLASS", code)).isOne();
        assertThat(jdbc.sql("SELECT purpose FROM audit_entry WHERE action = 'BREAK_GLASS' AND object_id = ?").param(code)
                .query(String.class).single()).isEqualTo("Hostage situation, identity needed now");

        Api.Answer read = api.get("/api/v1/cases/" + code, police);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("readableCompartments").toString()).isEqualTo("[\"IDENTITY\",\"CASE_SUMMARY\",\"INVESTIGATION\"]");
        api.get("/api/v1/cases/" + code + "/history", police);
        assertThat(audits("BREAK_GLASS_READ", code)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'CASE_READ' AND object_id = ? AND actor = 'police'").param(code)
                .query(String.class).single()).contains("break-glass=" + g.json().path("id").asLong());

        // Personal: a colleague of the same organisation is not let in by it.
        assertThat(api.get("/api/v1/cases/" + code, fx.token(api, "inspector")).status()).isEqualTo(404);
    }

    @Test
    void anAdministratorConfirmsOrFlagsEachAccessAndNobodyElseMay() {
        String code = api.post("/api/v1/cases", fx.token(api, "payoke"), Map.of()).json().path("code").asString();
        long id = api.post("/api/v1/cases/" + code + "/break-glass", fx.token(api, "prosecutor"),
                Map.of("reason", "Court hearing tomorrow, file missing")).json().path("id").asLong();
        String admin = fx.token(api, "admin");
        assertThat(api.get("/api/v1/admin/break-glass?status=PENDING", fx.token(api, "caseworker")).status()).isEqualTo(403);
        Api.Answer pending = api.get("/api/v1/admin/break-glass?status=PENDING", admin);
        assertThat(pending.body()).contains(code, "Court hearing tomorrow, file missing");

        Api.Answer noNote = api.post("/api/v1/admin/break-glass/" + id + "/review", admin, Map.of("decision", "FLAGGED", "version", 0));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body()).contains("note");
        Api.Answer flagged = api.post("/api/v1/admin/break-glass/" + id + "/review", admin,
                Map.of("decision", "FLAGGED", "note", "No hearing scheduled: ask the prosecutor", "version", 0));
        assertThat(flagged.status()).isEqualTo(200);
        assertThat(flagged.json().path("reviewStatus").asString()).isEqualTo("FLAGGED");
        assertThat(flagged.json().path("reviewedBy").asString()).isEqualTo("admin");
        assertThat(api.post("/api/v1/admin/break-glass/" + id + "/review", admin, Map.of("decision", "CONFIRMED", "version", 0)).status())
                .isEqualTo(409);
        assertThat(audits("BREAK_GLASS_REVIEWED", code)).isOne();

        WebClient web = new WebClient(port);
        web.login("admin", "demo");
        var page = web.get("/admin/break-glass?status=FLAGGED");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(code, "No hearing scheduled");
    }

    @Test
    void theScreenOffersBreakGlassOnlyToRolesThatMayReadCases() {
        String code = api.post("/api/v1/cases", fx.token(api, "payoke"), Map.of()).json().path("code").asString();
        WebClient police = new WebClient(port);
        police.login("police", "demo");
        var page = police.get("/cases/" + code);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("break-glass", "name=\"reason\"");
        var refused = police.post("/cases/" + code + "/break-glass", Map.of("reason", "short"));
        assertThat(refused.statusCode()).isEqualTo(400);
        var granted = police.post("/cases/" + code + "/break-glass", Map.of("reason", "Victim located at a raid, need identity"));
        assertThat(granted.statusCode()).isEqualTo(302);
        assertThat(police.get("/cases/" + code).body()).contains("breaking the glass");

        WebClient analyst = new WebClient(port);
        analyst.login("analyst", "demo");
        var none = analyst.get("/cases/" + code);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).doesNotContain("name=\"reason\"");
    }
}
