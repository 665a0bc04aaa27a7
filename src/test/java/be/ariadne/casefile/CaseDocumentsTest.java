package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Documents: PDF, PNG, JPEG whose bytes match the declared type, up to 10 MB, stored encrypted, downloaded under the policy and audited. */
@IntegrationTest
class CaseDocumentsTest {
    @LocalServerPort int port;
    @Autowired CaseFixtures fx;
    @Autowired JdbcClient jdbc;
    Api api;
    String cw;
    String code;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cw = fx.token(api, "caseworker");
        code = api.post("/api/v1/cases", cw, Map.of()).json().path("code").asString();
    }

    private Multipart.Answer upload(String compartment, String name, String type, byte[] content) {
        return Multipart.upload(port, "/api/v1/cases/" + code + "/documents", cw, Map.of("compartment", compartment, "type", "MEDICAL_REPORT"),
                name, type, content);
    }

    @Test
    void aPdfIsStoredEncryptedAndComesBackAsItWasWithTheDownloadAudited() {
        Multipart.Answer up = upload("SUPPORT", "report.pdf", "application/pdf", CaseFixtures.PDF);
        assertThat(up.status()).as(up.text()).isEqualTo(201);
        long id = Long.parseLong(up.text().replaceAll("\\D", ""));
        byte[] stored = jdbc.sql("SELECT content FROM case_document WHERE id = ?").param(id).query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        Multipart.Answer down = Multipart.download(port, "/api/v1/cases/" + code + "/documents/" + id, cw);
        assertThat(down.status()).isEqualTo(200);
        assertThat(down.body()).isEqualTo(CaseFixtures.PDF);
        assertThat(down.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(down.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "report.pdf");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CASE_DOCUMENT_DOWNLOADED' AND object_id = ?").param(code)
                .query(Long.class).single()).isOne();
        assertThat(api.get("/api/v1/cases/" + code + "/documents", cw).body()).contains("report.pdf", "MEDICAL_REPORT", "SUPPORT");
    }

    @Test
    void pngAndJpegAreAccepted() {
        assertThat(upload("IDENTITY", "photo.png", "image/png", CaseFixtures.PNG).status()).isEqualTo(201);
        assertThat(upload("IDENTITY", "photo.jpg", "image/jpeg", CaseFixtures.JPEG).status()).isEqualTo(201);
    }

    @Test
    void aFileThatIsNotWhatItsTypeClaimsIsRefusedNamingTheFile() {
        long before = jdbc.sql("SELECT COUNT(*) FROM case_document").query(Long.class).single();
        Multipart.Answer png = upload("SUPPORT", "fake.png", "image/png", CaseFixtures.PDF);
        assertThat(png.status()).isEqualTo(400);
        assertThat(png.text()).contains("\"field\":\"file\"", "is not a image/png file as declared (it is application/pdf)");
        Multipart.Answer html = upload("SUPPORT", "page.pdf", "application/pdf", "<html>hi</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.status()).isEqualTo(400);
        assertThat(html.text()).contains("is not a application/pdf file as declared");
        Multipart.Answer text = upload("SUPPORT", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.text()).contains("PDF, PNG or JPEG only");
        Multipart.Answer none = upload("SUPPORT", null, null, null);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.text()).contains("is missing or empty");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_document").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        byte[] big = Arrays.copyOf(CaseFixtures.PDF, 10 * 1024 * 1024 + 1);
        Multipart.Answer a = upload("SUPPORT", "big.pdf", "application/pdf", big);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text()).contains("\"field\":\"file\"", "larger than the limit of 10 MB");
        byte[] justRight = Arrays.copyOf(CaseFixtures.PDF, 10 * 1024 * 1024);
        assertThat(upload("SUPPORT", "limit.pdf", "application/pdf", justRight).status()).isEqualTo(201);
    }

    @Test
    void aDocumentIsDownloadedOnlyByWhoMayReadItsCompartment() {
        Multipart.Answer up = upload("SUPPORT", "psy.pdf", "application/pdf", CaseFixtures.PDF);
        long id = Long.parseLong(up.text().replaceAll("\\D", ""));
        String police = fx.token(api, "police");
        assertThat(Multipart.download(port, "/api/v1/cases/" + code + "/documents/" + id, police).status()).isEqualTo(404);
        api.post("/api/v1/cases/" + code + "/shares", cw, Map.of("partner", "POLICE_DEMO", "compartments", java.util.List.of("CASE_SUMMARY"),
                "basis", "CONSENT", "purpose", "x", "consentGivenBy", "VICTIM", "consentGivenOn", "2025-01-01"));
        assertThat(Multipart.download(port, "/api/v1/cases/" + code + "/documents/" + id, police).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases/" + code + "/documents", police).body()).doesNotContain("psy.pdf");
        Multipart.Answer write = Multipart.upload(port, "/api/v1/cases/" + code + "/documents", police,
                Map.of("compartment", "SUPPORT", "type", "OTHER"), "x.pdf", "application/pdf", CaseFixtures.PDF);
        assertThat(write.status()).isEqualTo(403);
    }
}
