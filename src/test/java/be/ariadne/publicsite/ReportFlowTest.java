package be.ariadne.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.IntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A concern reported by the public: stored before the receipt is shown, encrypted, without the reporter's address; completed later with the code. */
@IntegrationTest
class ReportFlowTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PublicReports publicReports;

    @Test
    void anAnonymousReportIsStoredEncryptedWithoutTheReportersAddress() {
        PublicClient visitor = new PublicClient(port);
        String text = "Workers sleep in the car wash on the Gentsesteenweg, flow-test-" + System.nanoTime();
        HttpResponse<String> received = Reports.send(visitor, Reports.validForm(text));
        assertThat(received.statusCode()).isEqualTo(200);
        assertThat(received.body()).contains("Your report has been received");
        String receipt = Reports.receipt(received);

        long id = jdbc.sql("SELECT id FROM concern_report WHERE receipt_hash = ?").param(ReceiptCode.hash(receipt)).query(Long.class).single();
        Map<String, Object> row = jdbc.sql("SELECT * FROM concern_report WHERE id = ?").param(id).query().singleRow();
        assertThat(row.get("postal_code")).isEqualTo("9400");
        assertThat(row.get("anonymous")).isEqualTo(true);
        assertThat(row.get("reporter_phone")).isNull();
        assertThat(new String((byte[]) row.get("what_seen"), StandardCharsets.ISO_8859_1)).doesNotContain("car wash");
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(receipt));

        // Nothing about the connection is stored with the report, nor anywhere in the module's tables.
        String address = visitor.address();
        String hex = ClientAddressHex.of(address);
        for (String table : List.of("concern_report", "concern_report_addition", "public_rate_limit")) {
            for (Map<String, Object> r : jdbc.sql("SELECT * FROM " + table).query().listOfRows()) {
                assertThat(r.values()).as(table).noneMatch(v -> v != null && (asText(v).contains(address) || asText(v).contains(hex)));
            }
        }

        PublicReport report = publicReports.find(id).orElseThrow();
        assertThat(report.whatWasSeen()).isEqualTo(text);
        assertThat(report.aboutWhom()).isEqualTo("Three young men, they speak little French.");
        assertThat(report.signs()).containsExactly("ONSITE_ACCOMMODATION", "NO_PAY");
        assertThat(report.anonymous()).isTrue();
        assertThat(report.urgent()).isFalse();
        assertThat(report.language()).isEqualTo("en");
        assertThat(report.seenOn()).hasToString("2025-11-03");
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'CONCERN_REPORTED' AND object_id = ?").param(Long.toString(id))
                .query(String.class).single()).isEqualTo("anonymous");
    }

    @Test
    void aReporterWhoWantsToBeContactedLeavesEncryptedContactDetails() {
        PublicClient visitor = new PublicClient(port);
        Map<String, Object> form = Reports.validForm("Named report " + System.nanoTime());
        form.put("contactMe", "yes");
        form.put("reporterName", "Sam Synthetic");
        form.put("reporterEmail", "sam.synthetic@example.org");
        form.put("contactNotes", "weekdays after 6 pm");
        String receipt = Reports.receipt(Reports.send(visitor, form));
        long id = jdbc.sql("SELECT id FROM concern_report WHERE receipt_hash = ?").param(ReceiptCode.hash(receipt)).query(Long.class).single();
        byte[] stored = jdbc.sql("SELECT reporter_email FROM concern_report WHERE id = ?").param(id).query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("example.org");
        assertThat(publicReports.find(id).orElseThrow().contact())
                .isEqualTo(new PublicReport.Contact("Sam Synthetic", null, "sam.synthetic@example.org", "weekdays after 6 pm"));
    }

    @Test
    void theReceiptCodeAddsInformationLaterAndShowsNothingBack() {
        String secretText = "Original report, visible to the centre only " + System.nanoTime();
        String receipt = Reports.receipt(Reports.send(new PublicClient(port), Reports.validForm(secretText)));
        long id = jdbc.sql("SELECT id FROM concern_report WHERE receipt_hash = ?").param(ReceiptCode.hash(receipt)).query(Long.class).single();

        PublicClient later = new PublicClient(port);
        later.get("/report/receipt");
        HttpResponse<String> added = later.post("/report/receipt",
                Map.of("code", receipt.toLowerCase().replace("-", " "), "text", "They moved to a farm near Ninove.", "website", ""));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("Received").doesNotContain(secretText).doesNotContain("9400").doesNotContain("Ninove");

        PublicReport report = publicReports.find(id).orElseThrow();
        assertThat(report.additions()).extracting(PublicReport.Addition::text).containsExactly("They moved to a farm near Ninove.");
        byte[] raw = jdbc.sql("SELECT content FROM concern_report_addition WHERE report_id = ?").param(id).query(byte[].class).single();
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("Ninove");
    }

    @Test
    void immediateDangerIsAskedFirstAndAnsweredWith112() {
        PublicClient visitor = new PublicClient(port);
        HttpResponse<String> start = visitor.get("/report");
        assertThat(start.body()).contains("Is someone in immediate danger right now?").doesNotContain("name=\"formToken\"");
        HttpResponse<String> urgent = visitor.get("/report/details?danger=yes");
        assertThat(urgent.body()).contains("Call 112 first").contains("class=\"button call\" href=\"tel:112\"")
                .doesNotContain("name=\"formToken\"").contains("name=\"continue\"");
        HttpResponse<String> form = visitor.get("/report/details?danger=yes&continue=1");
        assertThat(form.body()).contains("If you have not called 112 yet, do it now.").contains("name=\"formToken\"");
        Map<String, Object> f = Reports.validForm("Someone locked in, danger now " + System.nanoTime());
        f.put("danger", "yes");
        HttpResponse<String> received = visitor.post("/report/details", f);
        assertThat(received.body()).contains("Someone is in immediate danger: call 112 now");
        assertThat(jdbc.sql("SELECT urgent FROM concern_report WHERE receipt_hash = ?").param(ReceiptCode.hash(Reports.receipt(received)))
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void withoutAnAnswerToTheDangerQuestionTheQuestionIsAskedAgain() {
        HttpResponse<String> page = new PublicClient(port).get("/report/details?danger=maybe");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Immediate danger: please choose an answer.");
        HttpResponse<String> unanswered = new PublicClient(port).get("/report/details?lang=fr");
        assertThat(unanswered.statusCode()).isEqualTo(200);
        assertThat(unanswered.body()).contains("Quelqu&#39;un est-il en danger immédiat en ce moment ?").doesNotContain("alert-error");
    }

    @Test
    void aReportIsWrittenInTheVisitorsLanguage() {
        PublicClient visitor = new PublicClient(port);
        assertThat(visitor.get("/report/details?danger=no&lang=de").body()).contains("Was haben Sie gesehen oder gehört?");
        HttpResponse<String> received = visitor.post("/report/details", Reports.validForm("Bericht auf Deutsch " + System.nanoTime()));
        assertThat(received.body()).contains("Ihre Meldung ist eingegangen");
        assertThat(jdbc.sql("SELECT language FROM concern_report WHERE receipt_hash = ?").param(ReceiptCode.hash(Reports.receipt(received)))
                .query(String.class).single()).isEqualTo("de");
    }

    /** The address's bytes in hex, as the rate limiter sees it before hashing. */
    static final class ClientAddressHex {
        static String of(String address) {
            try {
                return HexFormat.of().formatHex(java.net.InetAddress.getByName(address).getAddress());
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String asText(Object v) {
        return v instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : v.toString();
    }
}
