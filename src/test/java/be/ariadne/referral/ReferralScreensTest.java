package be.ariadne.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.Signals;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The screens without a browser: refer with form errors shown at the fields, the queue, decisions, the directory's administration. */
@IntegrationTest
class ReferralScreensTest {
    @LocalServerPort int port;
    @Autowired Signals signals;
    @Autowired JdbcClient jdbc;

    private WebClient signedIn(String user) {
        WebClient web = new WebClient(port);
        assertThat(web.login(user, "demo").statusCode()).isEqualTo(302);
        return web;
    }

    private static Map<String, String> form(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void referFromTheSignalPageThenTheCentreDeclinesAndTheReferrerSeesTheStatus() {
        long signal = ReferralFixtures.signal(signals, "HOSPITAL_DEMO", "1060", null);
        WebClient frontline = signedIn("frontline");
        assertThat(frontline.get("/screening/signals/" + signal).body()).contains("href=\"/referrals/new?signal=" + signal + "\"");
        HttpResponse<String> page = frontline.get("/referrals/new?signal=" + signal);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Suggested centre: PAG-ASA").contains("<option value=\"PAG_ASA\" selected=\"selected\"");

        HttpResponse<String> refused = frontline.post("/referrals", form("signal", String.valueOf(signal), "centre", "SURYA",
                "consent", "REFUSED", "gender", "UNKNOWN", "presumedMinor", "false"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#consentNote\"").contains("href=\"#reason\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral WHERE signal_id = ?").param(signal).query(Long.class).single()).isZero();

        HttpResponse<String> sent = frontline.post("/referrals", form("signal", String.valueOf(signal), "centre", "PAG_ASA",
                "consent", "GIVEN", "gender", "WOMAN", "presumedMinor", "false"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/referrals/mine");
        long id = jdbc.sql("SELECT id FROM referral WHERE signal_id = ?").param(signal).query(Long.class).single();
        assertThat(frontline.get("/referrals/mine").body()).contains("data-referral=\"" + id + "\"").contains("Sent");
        HttpResponse<String> again = frontline.post("/referrals", form("signal", String.valueOf(signal), "centre", "PAG_ASA",
                "consent", "GIVEN", "gender", "WOMAN"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already referred");

        WebClient caseworker = signedIn("caseworker");
        assertThat(caseworker.get("/home").body()).contains("Referrals waiting").contains("hx-get=\"/referrals/queue/count\"");
        assertThat(caseworker.get("/referrals/queue/count").body()).containsPattern("\\d+ referral\\(s\\) waiting");
        assertThat(caseworker.get("/referrals/queue").body()).contains("data-referral=\"" + id + "\"");
        HttpResponse<String> detail = caseworker.get("/referrals/" + id);
        assertThat(detail.body()).contains("Indicators").contains("data-step=\"SENT\"").doesNotContain("Synthetic test note");
        HttpResponse<String> noReason = caseworker.post("/referrals/" + id + "/decline", form("version", "0"));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("href=\"#decline-reason\"").contains("id=\"decline-reason\"");
        HttpResponse<String> stale = caseworker.post("/referrals/" + id + "/decline", form("version", "7", "reason", "NO_CAPACITY"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else decided");
        assertThat(caseworker.post("/referrals/" + id + "/decline", form("version", "0", "reason", "NO_CAPACITY")).statusCode()).isEqualTo(302);

        String mine = frontline.get("/referrals/mine").body();
        assertThat(mine).contains("Declined").contains("No place in the shelter now").contains("/referrals/new?signal=" + signal);
        String seen = frontline.get("/referrals/" + id).body();
        assertThat(seen).contains("Declined").doesNotContain("data-step=").doesNotContain("Indicators");
        assertThat(signedIn("payoke").get("/referrals/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void theCentreRedirectsWithAReasonAndTheReceivingCentreSeesTheHistory() {
        long signal = ReferralFixtures.signal(signals, "HOSPITAL_DEMO", "1200", null);
        WebClient frontline = signedIn("frontline");
        frontline.get("/referrals/new?signal=" + signal);
        assertThat(frontline.post("/referrals", form("signal", String.valueOf(signal), "centre", "PAG_ASA", "consent", "GIVEN",
                "urgent", "true")).statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM referral WHERE signal_id = ?").param(signal).query(Long.class).single();
        WebClient caseworker = signedIn("caseworker");
        String detail = caseworker.get("/referrals/" + id).body();
        assertThat(detail).contains("Urgent referral.").contains("id=\"redirect-centre\"");
        HttpResponse<String> noReason = caseworker.post("/referrals/" + id + "/redirect", form("version", "0", "centre", "PAYOKE"));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("href=\"#redirect-reason\"").contains("id=\"redirect-reason\"");
        HttpResponse<String> same = caseworker.post("/referrals/" + id + "/redirect", form("version", "0", "centre", "PAG_ASA", "reason", "x"));
        assertThat(same.statusCode()).isEqualTo(409);
        assertThat(same.body()).contains("The referral is already at this centre");
        HttpResponse<String> done = caseworker.post("/referrals/" + id + "/redirect",
                form("version", "0", "centre", "PAYOKE", "reason", "Speaks Dutch only (synthetic)"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(caseworker.get("/referrals/" + id).statusCode()).isEqualTo(404);
        String atPayoke = signedIn("payoke").get("/referrals/" + id).body();
        assertThat(atPayoke).contains("data-step=\"SENT\"").contains("data-step=\"REDIRECTED\"").contains("Speaks Dutch only (synthetic)");
        assertThat(frontline.get("/referrals/" + id).body()).contains("Redirected").doesNotContain("Speaks Dutch only");
    }

    @Test
    void theAdministratorEditsTheDirectoryOthersMayNot() {
        WebClient admin = signedIn("admin");
        String list = admin.get("/admin/centres").body();
        assertThat(list).contains("data-centre=\"ESPERANTO\"").contains("Not recorded yet: see the centre")
                .as("every demo centre has its organisation").doesNotContain("no-organisation");
        HttpResponse<String> edit = admin.get("/admin/centres/ESPERANTO");
        assertThat(edit.statusCode()).isEqualTo(200);
        String version = jdbc.sql("SELECT version FROM referral_centre WHERE code = 'ESPERANTO'").query(String.class).single();
        HttpResponse<String> bad = admin.post("/admin/centres/ESPERANTO", form("version", version, "name", "Esperanto", "city", "Wallonia",
                "languages", "fr", "minors", "on", "women", "on", "men", "on", "areas", "4000-3000"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("href=\"#areas\"").contains("ends before it starts");
        HttpResponse<String> ok = admin.post("/admin/centres/ESPERANTO", form("version", version, "name", "Esperanto", "city", "Wallonia",
                "languages", "fr,en", "minors", "on", "women", "on", "men", "on", "areas", "1300-1499,4000-7999", "address", "Secret shelter (synthetic)"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT address FROM referral_centre WHERE code = 'ESPERANTO'").query(String.class).single()).isEqualTo("Secret shelter (synthetic)");
        HttpResponse<String> stale = admin.post("/admin/centres/ESPERANTO", form("version", version, "name", "Esperanto", "city", "Wallonia",
                "languages", "fr", "minors", "on", "women", "on", "men", "on", "areas", "1300-1499,4000-7999"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(signedIn("caseworker").get("/admin/centres").statusCode()).isEqualTo(403);
    }
}
