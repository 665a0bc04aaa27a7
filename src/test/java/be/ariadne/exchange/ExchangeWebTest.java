package be.ariadne.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The HTCDS import in the browser (upload, preview, confirm) and over the API, and the export. */
@IntegrationTest
class ExchangeWebTest {
    static final String HEADER = "cas_ExternalId,cas_IncomingReferralDate,prs_Gender,prs_Birthdate,prs_Citizenship,vic_TypeOfExploitation,prs_SecondName";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CONFIRM = Pattern.compile("action=\"(/exchange/import/[0-9a-f]+/confirm)\"");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private long count(String externalIdPrefix) {
        return jdbc.sql("SELECT COUNT(*) FROM case_file WHERE external_id LIKE ?").param(externalIdPrefix + "%").query(Long.class).single();
    }

    /** A multipart upload with the session's cookies, and the CSRF token of {@code page} when given. */
    private HttpResponse<String> upload(WebClient web, String path, String page, Map<String, String> fields, byte[] content, String bearer) {
        String boundary = "----exchange" + UUID.randomUUID();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (page != null) {
            Matcher m = CSRF.matcher(page);
            assertThat(m.find()).as("a CSRF token on the page").isTrue();
            all.put("_csrf", m.group(1));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> f : all.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cases.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpClient.Builder client = HttpClient.newBuilder();
            if (web != null) client.cookieHandler(web.cookies());
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
            if (bearer != null) b.header("Authorization", "Bearer " + bearer);
            return client.build().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCaseWorkerUploadsPreviewsAndConfirms() {
        WebClient web = new WebClient(port);
        web.login("caseworker", "demo");
        HttpResponse<String> form = web.get("/exchange/import");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<label for=\"file\"").contains("enctype=\"multipart/form-data\"");

        byte[] bad = (HEADER + "\r\nWEB-BAD-1,2024-01-10,Feminine,1990,NG,SexualExploitation,Example\r\n"
                + "WEB-BAD-2,2024-01-11,Female,1991,RO,ForcedLabour,Sample\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = upload(web, "/exchange/import", form.body(), Map.of(), bad, null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("line 3: prs_Gender: unknown value &#39;Female&#39;").doesNotContain("/confirm\"");
        assertThat(count("WEB-BAD-")).isZero();

        byte[] good = (HEADER + "\r\nWEB-OK-1,2024-01-10,Feminine,1990,NG,SexualExploitation,Example\r\n"
                + "WEB-OK-2,2024-01-11,Masculine,1991,RO,ForcedLabour,Sample\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> preview = upload(web, "/exchange/import", form.body(), Map.of(), good, null);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("WEB-OK-1").contains("WEB-OK-2");
        assertThat(count("WEB-OK-")).as("a preview imports nothing").isZero();
        Matcher confirm = CONFIRM.matcher(preview.body());
        assertThat(confirm.find()).isTrue();
        assertThat(web.post(confirm.group(1), Map.of(), false).statusCode()).as("no CSRF token").isEqualTo(403);
        web.get("/exchange/import");
        HttpResponse<String> done = web.post(confirm.group(1), Map.of());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("imported 2, updated 0, rejected 0");
        assertThat(count("WEB-OK-")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file c JOIN organisation o ON o.id = c.holding_org_id WHERE c.external_id LIKE 'WEB-OK-%' "
                + "AND o.code = 'PAG_ASA'").query(Long.class).single()).isEqualTo(2);
        String code = jdbc.sql("SELECT code FROM case_file WHERE external_id = 'WEB-OK-1'").query(String.class).single();
        HttpResponse<String> overview = web.get("/cases/" + code);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Example");
        assertThat(web.get("/cases/" + code + "/history").statusCode()).isEqualTo(200);
        web.get("/exchange/import");
        assertThat(web.post(confirm.group(1), Map.of()).statusCode()).as("confirmed once only").isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM exchange_upload WHERE token = ?").param(confirm.group(1).split("/")[3])
                .query(Long.class).single()).as("the file is not kept").isZero();
    }

    @Test
    void theImportScreenSpeaksFourLanguagesAndIsForCentreCaseWorkersOnly() {
        WebClient web = new WebClient(port);
        web.login("caseworker", "demo");
        assertThat(web.get("/exchange/import", Map.of("Accept-Language", "fr")).body()).contains("Importer des dossiers (HTCDS)");
        assertThat(web.get("/exchange/import", Map.of("Accept-Language", "nl")).body()).contains("Dossiers importeren (HTCDS)");
        assertThat(web.get("/exchange/import", Map.of("Accept-Language", "de")).body()).contains("Fälle importieren (HTCDS)");
        WebClient police = new WebClient(port);
        police.login("police", "demo");
        assertThat(police.get("/exchange/import").statusCode()).isEqualTo(403);
        HttpResponse<String> empty = upload(web, "/exchange/import", web.get("/exchange/import").body(), Map.of(), new byte[0], null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("choose an HTCDS CSV file");
    }

    @Test
    void theApiImportsAndExportsOnlyForTheCallersCentreAndAuditsTheExport() {
        Api api = new Api(port);
        String payoke = api.token("payoke", "demo");
        byte[] csv = ("cas_ExternalId,cas_IncomingReferralDate,prs_Gender,prs_Birthdate,prs_Citizenship,vic_TypeOfExploitation,prs_FirstName,"
                + "prs_SecondName,prs_MobilePhone,prs_IdentityNumber\r\nAPI-1,2023-05-10,Masculine,1988-02-03,IN,ForcedLabour,Imported,"
                + "Apiexample,+32 470 55 66 77,EXAMPLE-ID-1\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> dry = upload(null, "/api/v1/imports/htcds?dryRun=true", null, Map.of(), csv, payoke);
        assertThat(dry.statusCode()).isEqualTo(200);
        assertThat(dry.body()).contains("\"imported\":1").contains("\"committed\":false");
        assertThat(count("API-")).isZero();
        HttpResponse<String> imported = upload(null, "/api/v1/imports/htcds", null, Map.of(), csv, payoke);
        assertThat(imported.body()).contains("\"summary\":\"imported 1, updated 0, rejected 0\"");
        HttpResponse<String> again = upload(null, "/api/v1/imports/htcds", null, Map.of(), csv, payoke);
        assertThat(again.body()).contains("\"summary\":\"imported 0, updated 1, rejected 0\"");
        assertThat(count("API-")).isEqualTo(1);
        // found through the blind indexes, like a case opened on screen
        for (String query : new String[] {"name=Apiexample", "name=Apiexample%20Imported", "phone=0470556677", "document=example-id-1",
                "birthDate=1988-02-03"}) {
            Api.Answer found = api.get("/api/v1/cases?" + query, payoke);
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().path("items").size()).as(query).isEqualTo(1);
        }
        byte[] bad = (HEADER + "\r\nAPI-2,2023-02-30,Masculine,1988,IN,ForcedLabour,Example\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = upload(null, "/api/v1/imports/htcds", null, Map.of(), bad, payoke);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"line\":2").contains("\"column\":\"cas_IncomingReferralDate\"").contains("2023-02-30");

        long audits = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CASES_EXPORTED'").query(Long.class).single();
        Api.Answer export = api.get("/api/v1/exports/htcds.csv", payoke);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        assertThat(export.body()).startsWith("cas_ExternalId,").contains("API-1,2023-05-10").doesNotContain("WEB-OK-");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CASES_EXPORTED'").query(Long.class).single()).isEqualTo(audits + 1);
        assertThat(api.get("/api/v1/exports/htcds.csv", api.token("police", "demo")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/exports/htcds.csv", api.token("analyst", "demo")).status()).isEqualTo(403);
        assertThat(upload(null, "/api/v1/imports/htcds", null, Map.of(), csv, api.token("admin", "demo")).statusCode()).isEqualTo(403);
    }
}
