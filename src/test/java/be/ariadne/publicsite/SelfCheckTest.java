package be.ariadne.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The self-check: danger first, the result in plain words, nothing stored unless the visitor then reports. */
@IntegrationTest
class SelfCheckTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    static Map<String, Object> answers(String danger, String minor, String... signs) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("danger", danger);
        if (minor != null) a.put("minor", minor);
        a.put("signs", List.of(signs));
        return a;
    }

    static HttpResponse<String> check(PublicClient visitor, Map<String, Object> answers) {
        HttpResponse<String> form = visitor.get("/self-check");
        assertThat(form.body()).contains("Is someone in immediate danger right now?");
        return visitor.post("/self-check", answers);
    }

    @Test
    void threeSignsMayBeTraffickingAndNothingIsStored() {
        long reports = Reports.count(jdbc, "concern_report");
        long audit = Reports.count(jdbc, "audit_entry");
        HttpResponse<String> result = check(new PublicClient(port),
                answers("no", null, "DOCUMENTS_CONFISCATED", "DEBT_TO_PAY_OFF", "NO_PAY"));
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body())
                .contains("This may be human trafficking")
                .contains("Tell a specialised centre about it, so that it can assess the situation.")
                .contains("Identity documents confiscated")
                .doesNotContain("Someone is in immediate danger: call 112 now")
                // The way on to a report, with the answers carried over.
                .contains("action=\"/report/details\" method=\"get\"")
                .contains("name=\"signs\" value=\"DOCUMENTS_CONFISCATED\"")
                .contains("name=\"from\" value=\"self-check\"");
        assertThat(Reports.count(jdbc, "concern_report")).isEqualTo(reports);
        assertThat(Reports.count(jdbc, "audit_entry")).isEqualTo(audit);
    }

    @Test
    void immediateDangerIsAnsweredWith112First() {
        String body = check(new PublicClient(port), answers("yes", null, "SIGNS_OF_VIOLENCE")).body();
        assertThat(body).contains("Someone is in immediate danger: call 112 now").contains("Call 112 now: someone is in danger.");
        assertThat(body.indexOf("call112-title")).isLessThan(body.indexOf("outcome-title"));
    }

    @Test
    void fewSignsAreNotEnoughToTellAndNoneIsSaidPlainly() {
        assertThat(check(new PublicClient(port), answers("no", null, "NO_PAY")).body())
                .contains("Not enough to tell").contains("Stay attentive: note what you saw, and when.");
        assertThat(check(new PublicClient(port), answers("no", null)).body())
                .contains("No warning sign ticked").contains("Nothing in your answers points to trafficking.");
    }

    @Test
    void aPossibleChildBringsInChildProtection() {
        assertThat(check(new PublicClient(port), answers("no", "yes", "NO_FREEDOM_OF_MOVEMENT", "FEAR_OF_TALKING", "ONSITE_ACCOMMODATION")).body())
                .contains("Say that the person may be a child").contains("A child can never agree to be exploited");
    }

    @Test
    void theResultIsInTheVisitorsLanguage() {
        PublicClient visitor = new PublicClient(port);
        visitor.get("/self-check?lang=nl");
        String body = visitor.post("/self-check", answers("no", null, "DOCUMENTS_CONFISCATED", "DEBT_TO_PAY_OFF", "NO_PAY")).body();
        assertThat(body).contains("Dit kan mensenhandel zijn").contains("Identiteitsdocumenten afgenomen");
    }

    @Test
    void badAnswersAreNamed() {
        PublicClient visitor = new PublicClient(port);
        visitor.get("/self-check");
        HttpResponse<String> noDanger = visitor.post("/self-check", answers("", null, "NO_PAY", "NOT_A_SIGN"));
        assertThat(noDanger.statusCode()).isEqualTo(400);
        assertThat(noDanger.body()).contains("Immediate danger: please choose an answer.").contains("unknown sign (NOT_A_SIGN)")
                .containsPattern("id=\"sign-NO_PAY\"[^>]*checked");
    }

    @Test
    void aFloodOfSelfChecksIsAnsweredWith429() {
        PublicClient visitor = new PublicClient(port);
        visitor.get("/self-check");
        for (int i = 0; i < 30; i++) {
            assertThat(visitor.post("/self-check", answers("no", null, "NO_PAY")).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = visitor.post("/self-check", answers("no", null, "NO_PAY"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void theSignsCarryOverToAReportThatRemembersTheSelfCheck() {
        PublicClient visitor = new PublicClient(port);
        HttpResponse<String> form = visitor.get("/report/details?danger=no&from=self-check&signs=NO_PAY&signs=DEBT_TO_PAY_OFF&signs=BOGUS");
        assertThat(form.body()).contains("The signs you chose in the self-check are already ticked.")
                .containsPattern("id=\"sign-NO_PAY\"[^>]*checked").containsPattern("id=\"sign-DEBT_TO_PAY_OFF\"[^>]*checked")
                .doesNotContainPattern("id=\"sign-FEAR_OF_TALKING\"[^>]*checked").doesNotContain("BOGUS");
        Map<String, Object> report = Reports.validForm("After the self-check " + System.nanoTime());
        report.put("from", "self-check");
        report.put("signs", List.of("NO_PAY", "DEBT_TO_PAY_OFF"));
        String receipt = Reports.receipt(visitor.post("/report/details", report));
        Map<String, Object> row = jdbc.sql("SELECT self_check_used, signs FROM concern_report WHERE receipt_hash = ?")
                .param(ReceiptCode.hash(receipt)).query().singleRow();
        assertThat(row).containsEntry("self_check_used", true).containsEntry("signs", "NO_PAY DEBT_TO_PAY_OFF");
    }
}
