package be.ariadne.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input on the report forms: every refusal is answered clearly, nothing is stored from a
 * refused submission, nothing is lost or doubled from an accepted one.
 */
@IntegrationTest
class ReportAbuseTest {
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void anOversizedFieldIsNamedAndNothingIsStored() {
        long before = Reports.count(jdbc, "concern_report");
        PublicClient visitor = new PublicClient(port);
        Map<String, Object> form = Reports.validForm("x".repeat(4001));
        form.put("aboutWhom", "y".repeat(2001));
        HttpResponse<String> page = Reports.send(visitor, form);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("What did you see or hear?: at most 4,000 characters, you wrote 4,001.")
                .contains("About whom?: at most 2,000 characters, you wrote 2,001.")
                .contains("aria-invalid=\"true\"");
        assertThat(Reports.count(jdbc, "concern_report")).isEqualTo(before);
    }

    @Test
    void aWholeBodyBeyondTheServersLimitIsRefusedClearly() {
        long before = Reports.count(jdbc, "concern_report");
        PublicClient visitor = new PublicClient(port);
        HttpResponse<String> page = Reports.send(visitor, Reports.validForm("z".repeat(3_000_000)));
        assertThat(page.statusCode()).isBetween(400, 413);
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(Reports.count(jdbc, "concern_report")).isEqualTo(before);
    }

    @Test
    void malformedFieldsAreEachNamed() {
        long before = Reports.count(jdbc, "concern_report");
        Map<String, Object> form = Reports.validForm("Something happened.");
        form.put("postalCode", "12AB");
        form.put("seenOn", "yesterday");
        form.put("signs", List.of("NO_PAY", "DROP TABLE"));
        form.put("contactMe", "yes");
        form.put("reporterEmail", "not an address");
        HttpResponse<String> page = Reports.send(new PublicClient(port), form);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("Postal code: a Belgian postal code has 4 digits, for example 1000.")
                .contains("Date: not a date (day, month and year).")
                .contains("Signs: unknown sign (DROP TABLE).")
                .contains("E-mail address: not an e-mail address.")
                // What was typed is kept in the form, so nothing has to be typed again.
                .contains(">Something happened.</textarea>");
        assertThat(Reports.count(jdbc, "concern_report")).isEqualTo(before);
    }

    @Test
    void aFloodFromOneAddressIsAnsweredWith429AndNothingOfItIsStored() {
        long before = Reports.count(jdbc, "concern_report");
        PublicClient flooder = new PublicClient(port);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> ok = Reports.send(flooder, Reports.validForm("Flood " + i + " " + System.nanoTime()));
            assertThat(ok.statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = Reports.send(flooder, Reports.validForm("One too many " + System.nanoTime()));
        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3600L);
        assertThat(refused.body()).contains("Too many attempts").contains("Nothing of this last attempt was kept").contains("tel:112");
        assertThat(Reports.count(jdbc, "concern_report")).isEqualTo(before + 5);

        // A new session does not escape the limit; another address is not affected.
        PublicClient sameAddress = new PublicClient(port, flooder.address());
        assertThat(Reports.send(sameAddress, Reports.validForm("Again " + System.nanoTime())).statusCode()).isEqualTo(429);
        assertThat(Reports.send(new PublicClient(port), Reports.validForm("Someone else " + System.nanoTime())).statusCode()).isEqualTo(200);
        assertThat(Reports.count(jdbc, "concern_report")).isEqualTo(before + 6);
    }

    @Test
    void aFormSentAgainMakesOneReportAndShowsTheSameReceipt() {
        long before = Reports.count(jdbc, "concern_report");
        PublicClient visitor = new PublicClient(port);
        Map<String, Object> form = Reports.validForm("Sent twice " + System.nanoTime());
        HttpResponse<String> first = Reports.send(visitor, form);
        String token = visitor.formToken;
        form.put("whatSeen", "Changed before sending again");
        form.put("formToken", token);
        HttpResponse<String> again = visitor.post("/report/details", form);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Reports.receipt(again)).isEqualTo(Reports.receipt(first));
        assertThat(again.body()).contains("This form had already been sent");
        assertThat(Reports.count(jdbc, "concern_report")).isEqualTo(before + 1);
    }

    @Test
    void aDoubleClickMakesOneReport() throws Exception {
        long before = Reports.count(jdbc, "concern_report");
        PublicClient visitor = new PublicClient(port);
        visitor.get("/report/details?danger=no");
        Map<String, Object> form = Reports.validForm("Double click " + System.nanoTime());
        form.put("formToken", visitor.formToken);
        form.put("_csrf", visitor.csrf);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> clicks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<HttpResponse<String>> click = () -> {
                go.await();
                return visitor.post("/report/details", form);
            };
            clicks.add(pool.submit(click));
        }
        go.countDown();
        Set<String> receipts = new HashSet<>();
        for (Future<HttpResponse<String>> f : clicks) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).isEqualTo(200);
            receipts.add(Reports.receipt(r));
        }
        pool.shutdown();
        assertThat(receipts).hasSize(1);
        assertThat(Reports.count(jdbc, "concern_report")).isEqualTo(before + 1);
    }

    @Test
    void aFormTokenFromAnotherSessionIsRefusedAndNothingIsStored() {
        long before = Reports.count(jdbc, "concern_report");
        PublicClient owner = new PublicClient(port);
        owner.get("/report/details?danger=no");
        PublicClient replayer = new PublicClient(port);
        replayer.get("/report/details?danger=no");
        Map<String, Object> form = Reports.validForm("Replayed elsewhere");
        form.put("formToken", owner.formToken);
        HttpResponse<String> page = replayer.post("/report/details", form);
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("This form can no longer be sent").contains("Nothing was stored");
        assertThat(Reports.count(jdbc, "concern_report")).isEqualTo(before);
    }

    @Test
    void aFormSentAfterItsSessionEndedIsShownAgainFilledInAndNothingIsStored() {
        long before = Reports.count(jdbc, "concern_report");
        PublicClient visitor = new PublicClient(port);
        visitor.get("/report/details?danger=no");
        visitor.forgetCookies();
        HttpResponse<String> page = visitor.post("/report/details", Reports.validForm("Typed for a long time"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("This page was open for too long and has expired")
                .contains(">Typed for a long time</textarea>").contains("value=\"9400\"");
        assertThat(Reports.count(jdbc, "concern_report")).isEqualTo(before);
        // The form shown again can be sent.
        HttpResponse<String> sent = visitor.post("/report/details", Reports.validForm("Typed for a long time"));
        assertThat(sent.body()).contains("Your report has been received");
        assertThat(Reports.count(jdbc, "concern_report")).isEqualTo(before + 1);
    }

    @Test
    void aRobotFillingTheHoneypotSeesAReceiptButNothingIsStoredAndTheCodeOpensNothing() {
        long before = Reports.count(jdbc, "concern_report");
        Map<String, Object> form = Reports.validForm("Buy cheap watches");
        form.put("website", "http://spam.example");
        HttpResponse<String> page = Reports.send(new PublicClient(port), form);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Your report has been received");
        String fake = Reports.receipt(page);
        assertThat(Reports.count(jdbc, "concern_report")).isEqualTo(before);

        PublicClient tryCode = new PublicClient(port);
        tryCode.get("/report/receipt");
        HttpResponse<String> refused = tryCode.post("/report/receipt", Map.of("code", fake, "text", "more", "website", ""));
        assertThat(refused.statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownReceiptCodeIsToldClearlyAndNothingIsAdded() {
        long before = Reports.count(jdbc, "concern_report_addition");
        PublicClient visitor = new PublicClient(port);
        visitor.get("/report/receipt");
        HttpResponse<String> unknown = visitor.post("/report/receipt", Map.of("code", "ABCD-EFGH-JKMN-PQRS", "text", "More", "website", ""));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Receipt code: we do not know this code. Check it, letter by letter. Nothing was added.")
                .contains(">More</textarea>");
        HttpResponse<String> malformed = visitor.post("/report/receipt", Map.of("code", "12345", "text", "More", "website", ""));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("Receipt code: a receipt code has 16 letters and digits");
        HttpResponse<String> empty = visitor.post("/report/receipt", Map.of("code", "ABCD-EFGH-JKMN-PQRS", "text", " ", "website", ""));
        assertThat(empty.body()).contains("What do you want to add?: please fill this in.");
        assertThat(Reports.count(jdbc, "concern_report_addition")).isEqualTo(before);
    }

    @Test
    void guessingReceiptCodesIsStoppedBy429() {
        PublicClient guesser = new PublicClient(port);
        guesser.get("/report/receipt");
        int status = 0;
        for (int i = 0; i < 21; i++) {
            status = guesser.post("/report/receipt", Map.of("code", "ABCD-EFGH-JKMN-PQ" + ReceiptCode.ALPHABET.charAt(i) + "S",
                    "text", "guess", "website", "")).statusCode();
            if (i < 20) assertThat(status).isEqualTo(404);
        }
        assertThat(status).isEqualTo(429);
    }

    @Test
    void anAdditionSentTwiceIsAddedOnce() {
        String receipt = Reports.receipt(Reports.send(new PublicClient(port), Reports.validForm("To complete " + System.nanoTime())));
        long id = jdbc.sql("SELECT id FROM concern_report WHERE receipt_hash = ?").param(ReceiptCode.hash(receipt)).query(Long.class).single();
        PublicClient visitor = new PublicClient(port);
        visitor.get("/report/receipt");
        Map<String, Object> form = Map.of("code", receipt, "text", "One more thing", "website", "");
        assertThat(visitor.post("/report/receipt", form).statusCode()).isEqualTo(200);
        assertThat(visitor.post("/report/receipt", form).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM concern_report_addition WHERE report_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
    }
}
