package be.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Everything held on a person, for the data protection officer of the holding centre only, as JSON and PDF, audited. */
@IntegrationTest
class SubjectAccessTest {
    @LocalServerPort int port;
    @Autowired PrivacyFixtures fx;
    @Autowired JdbcClient jdbc;

    static String body(String code, String format) {
        return "{\"caseCode\":\"" + code + "\",\"requestReference\":\"DPO-2026-017\",\"reason\":\"Request by the person under GDPR article 15\","
                + "\"format\":\"" + format + "\"}";
    }

    @Test
    void theJsonHoldsEveryCompartmentNotesDocumentsAndHistory() {
        Api api = new Api(port);
        PrivacyFixtures.Person p = fx.rich(api, port, LocalDate.of(2024, 2, 1), null);
        String dpo = fx.token(api, "dpo");
        Api.Answer a = api.send("POST", "/api/v1/privacy/subject-access", dpo, body(p.code(), "json"), Map.of());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.header("Content-Disposition")).contains("subject-access-" + p.code() + ".json");
        JsonNode j = a.json();
        assertThat(j.path("request").path("requestReference").asString()).isEqualTo("DPO-2026-017");
        JsonNode c = j.path("case");
        assertThat(c.path("identity").path("lastName").asString()).isEqualTo(p.lastName());
        assertThat(c.path("identity").path("firstName").asString()).isEqualTo("Zoë");
        assertThat(c.path("identity").path("documents").get(0).path("number").asString()).isEqualTo(p.document());
        assertThat(c.path("identity").path("phones").get(0).path("phone").asString()).isEqualTo(p.phone());
        assertThat(c.path("support").path("objectives").get(0).path("objective").asString()).isEqualTo("Shelter for " + p.lastName());
        assertThat(c.path("legal").path("lawyer").asString()).isEqualTo("Maître Lex");
        assertThat(c.path("minorProtection").path("alerts").get(0).path("description").asString()).isEqualTo("Alert " + p.lastName());
        assertThat(c.path("notes").findValuesAsString("compartment")).contains("SUPPORT", "LEGAL", "IDENTITY");
        assertThat(c.path("documentList").get(0).path("fileName").asString()).isEqualTo("passport-" + p.lastName() + ".pdf");
        assertThat(c.path("history").size()).isGreaterThan(5);
        assertThat(c.path("readableCompartments")).hasSize(7);
        assertThat(j.path("legalHolds")).isEmpty();
        assertThat(j.path("erasedCompartments")).isEmpty();

        assertThat(jdbc.sql("SELECT purpose || ' | ' || detail FROM audit_entry WHERE action = 'SUBJECT_ACCESS' AND object_id = ?").param(p.code())
                .query(String.class).single()).startsWith("Request by the person under GDPR article 15 | request=DPO-2026-017 format=json")
                .doesNotContain(p.lastName());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM privacy_subject_access s JOIN case_file c ON c.id = s.case_id WHERE c.code = ? AND s.request_ref = ?")
                .params(p.code(), "DPO-2026-017").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePdfIsReadable() throws Exception {
        Api api = new Api(port);
        PrivacyFixtures.Person p = fx.rich(api, port, LocalDate.of(2024, 2, 1), null);
        HttpResponse<byte[]> r = PrivacyFixtures.postForBytes(port, "/api/v1/privacy/subject-access", fx.token(api, "dpo"), body(p.code(), "pdf"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(new String(r.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        StringBuilder text = new StringBuilder();
        PdfReader reader = new PdfReader(r.body());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int i = 1; i <= reader.getNumberOfPages(); i++) text.append(extractor.getTextFromPage(i)).append('\n');
        reader.close();
        assertThat(text.toString()).contains("Subject access", p.code(), p.lastName(), "Zoë", p.document(), "Shelter for " + p.lastName(),
                "Support note about " + p.lastName(), "DPO-2026-017");
    }

    @Test
    void onlyTheDataProtectionOfficerOfTheHoldingCentreWithAReferenceAndAReason() {
        Api api = new Api(port);
        PrivacyFixtures.Person p = fx.rich(api, port, LocalDate.of(2024, 2, 1), null);
        String dpo = fx.token(api, "dpo");
        for (String user : new String[] {"caseworker", "admin", "analyst", "prosecutor"}) {
            assertThat(api.send("POST", "/api/v1/privacy/subject-access", fx.token(api, user), body(p.code(), "json"), Map.of()).status())
                    .as(user).isEqualTo(403);
        }
        Api.Answer bad = api.send("POST", "/api/v1/privacy/subject-access", dpo,
                "{\"caseCode\":\"" + p.code() + "\",\"reason\":\"short\",\"format\":\"docx\",\"extra\":1}", Map.of());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("extra");
        Api.Answer bad2 = api.send("POST", "/api/v1/privacy/subject-access", dpo, "{\"caseCode\":\"" + p.code() + "\",\"reason\":\"short\",\"format\":\"docx\"}",
                Map.of());
        assertThat(bad2.status()).isEqualTo(400);
        assertThat(bad2.body()).contains("requestReference", "reason", "format", "docx");
        // a case of another centre, or none: not found
        String payokeCase = api.post("/api/v1/cases", fx.token(api, "payoke"), Map.of("firstName", "Other", "lastName", "Centreva"))
                .json().path("code").asString();
        assertThat(api.send("POST", "/api/v1/privacy/subject-access", dpo, body(payokeCase, "json"), Map.of()).status()).isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/privacy/subject-access", dpo, body("AR-NONE-NONE", "json"), Map.of()).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SUBJECT_ACCESS' AND object_id = ?").param(p.code())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theScreensWorkWithoutJavaScriptAndNameTheFieldsInError() {
        Api api = new Api(port);
        PrivacyFixtures.Person p = fx.rich(api, port, LocalDate.of(2024, 2, 1), null);
        be.ariadne.testsupport.WebClient web = new be.ariadne.testsupport.WebClient(port);
        web.login("dpo", "demo");
        HttpResponse<String> home = web.get("/");
        assertThat(home.body()).contains("href=\"/privacy/subject-access\"", "href=\"/privacy/erasure\"");
        HttpResponse<String> form = web.get("/privacy/subject-access");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<label for=\"requestReference\"");
        HttpResponse<String> bad = web.post("/privacy/subject-access", Map.of("caseCode", p.code(), "reason", "short", "format", "pdf"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"problems\"", "requestReference", "at least 10 characters").contains("value=\"" + p.code() + "\"");
        HttpResponse<String> unknown = web.post("/privacy/subject-access", Map.of("caseCode", "AR-NONE-NONE", "requestReference", "R-1",
                "reason", "Request by the person", "format", "json"));
        assertThat(unknown.body()).contains("There is no case AR-NONE-NONE");
        web.get("/privacy/subject-access");
        HttpResponse<String> ok = web.post("/privacy/subject-access", Map.of("caseCode", p.code(), "requestReference", "R-2",
                "reason", "Request by the person", "format", "json"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Disposition").orElseThrow()).contains("subject-access-" + p.code() + ".json");
        assertThat(ok.body()).contains(p.lastName());
        HttpResponse<String> report = web.get("/privacy/erasure");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("<h1>Retention and erasure</h1>");

        be.ariadne.testsupport.WebClient cw = new be.ariadne.testsupport.WebClient(port);
        cw.login("caseworker", "demo");
        assertThat(cw.get("/privacy/subject-access").statusCode()).isEqualTo(403);
        assertThat(cw.get("/privacy/erasure").statusCode()).isEqualTo(403);
        assertThat(cw.get("/").body()).doesNotContain("/privacy/subject-access");
    }
}
