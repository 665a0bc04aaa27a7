package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The screens work without JavaScript: plain forms open, edit, upload, move, close, reopen, share and end sharing, with CSRF. */
@IntegrationTest
class CaseScreensTest {
    @LocalServerPort int port;
    @Autowired CaseFixtures fx;
    @Autowired JdbcClient jdbc;

    private static String location(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
    }

    @Test
    void aCaseWorkerDoesEverythingWithPlainForms() throws Exception {
        WebClient web = new WebClient(port);
        web.login("caseworker", "demo");
        web.get("/cases/new");
        String path = location(web.post("/cases", Map.of("gender", "FEMININE", "traffickingStatus", "POSSIBLE_VICTIM",
                "firstName", "Screena", "lastName", CaseFixtures.unique("Formtest"), "citizenships", "NG", "exploitation", "LABOUR")));
        String code = path.substring("/cases/".length());
        assertThat(web.get(path).body()).contains("Screena", "Labour exploitation", "Nigeria");

        web.get(path + "/edit/identity");
        assertThat(location(web.post(path + "/edit/identity", Map.of("version", "1", "firstName", "Screena", "lastName", "Changed",
                "birthDate", "1990-01-01")))).isEqualTo(path);
        assertThat(web.get(path).body()).contains("Changed", "1990-01-01");

        web.get(path + "/records/places/new");
        var bad = web.post(path + "/records/places", Map.of("kind", "EXPLOITATION", "dateFrom", "1980-01-01"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("is before the person").contains("href=\"#dateFrom\"");
        location(web.post(path + "/records/places", Map.of("kind", "EXPLOITATION", "country", "BE", "dateFrom", "2020-01-01")));
        long placeId = jdbc.sql("SELECT id FROM case_place WHERE case_id = (SELECT id FROM case_file WHERE code = ?)").param(code).query(Long.class).single();
        web.get(path);
        location(web.post(path + "/records/places/" + placeId + "/delete", Map.of("version", "0")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_place WHERE id = ?").param(placeId).query(Long.class).single()).isZero();

        // A multipart upload with the page's CSRF token.
        String form = web.get(path + "/documents/new?compartment=SUPPORT").body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(m.find()).isTrue();
        HttpResponse<String> up = multipart(web, path + "/documents", Map.of("_csrf", m.group(1), "compartment", "SUPPORT", "type", "MEDICAL_REPORT"),
                "scan.pdf", "application/pdf", CaseFixtures.PDF);
        assertThat(up.statusCode()).as(up.body()).isEqualTo(302);
        assertThat(web.get(path).body()).contains("scan.pdf");
        HttpResponse<String> fake = multipart(web, path + "/documents", Map.of("_csrf", m.group(1), "compartment", "SUPPORT", "type", "PHOTO"),
                "fake.png", "image/png", CaseFixtures.PDF);
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(fake.body()).contains("is not a image/png file as declared");

        web.get(path + "/stage");
        location(web.post(path + "/stage/move", Map.of("to", "PROTECTION", "date", "")));
        var refused = web.post(path + "/stage/move", Map.of("to", "DETECTION", "date", ""));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("is a correction and needs a reason");
        location(web.post(path + "/stage/close", Map.of("reason", "SUPPORT_COMPLETED", "date", "", "note", "")));
        assertThat(web.get(path + "/stage").body()).contains("Reopen the case");
        location(web.post(path + "/stage/reopen", Map.of("reason", "New facts", "date", "")));

        web.get(path + "/sharing");
        location(web.post(path + "/sharing", Map.of("partner", "IMMIGRATION_OFFICE", "compartments", "RESIDENCE", "basis", "CONSENT",
                "purpose", "residence documents", "consentGivenBy", "VICTIM", "consentGivenOn", "2025-01-01")));
        String sharingPage = web.get(path + "/sharing").body();
        assertThat(sharingPage).contains("Immigration Office", "In force", "residence documents");
        long shareId = jdbc.sql("SELECT id FROM case_share WHERE case_id = (SELECT id FROM case_file WHERE code = ?)").param(code).query(Long.class).single();
        location(web.post(path + "/sharing/" + shareId + "/withdraw", Map.of("version", "0", "withdrawnOn", "2025-02-01")));
        assertThat(web.get(path + "/sharing").body()).contains("Consent withdrawn on 2025-02-01");
        assertThat(new Api(port).get("/api/v1/cases/" + code, fx.token(new Api(port), "immigration")).status()).isEqualTo(404);
    }

    @Test
    void rolesWithoutARowHaveNoCaseScreens() {
        WebClient analyst = new WebClient(port);
        analyst.login("analyst", "demo");
        assertThat(analyst.get("/cases").statusCode()).isEqualTo(403);
        assertThat(analyst.get("/cases/new").statusCode()).isEqualTo(403);
        assertThat(analyst.get("/home").body()).doesNotContain("href=\"/cases\"");
        WebClient police = new WebClient(port);
        police.login("police", "demo");
        assertThat(police.get("/cases/new").statusCode()).isEqualTo(403);
        assertThat(police.get("/home").body()).contains("href=\"/cases\"", "Cases shared with my organisation");
    }

    private HttpResponse<String> multipart(WebClient web, String path, Map<String, String> fields, String name, String type, byte[] content)
            throws Exception {
        String boundary = "----b" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: " + type
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().cookieHandler(web.cookies()).followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
