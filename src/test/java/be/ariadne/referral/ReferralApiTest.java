package be.ariadne.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.Signals;
import be.ariadne.shared.dashboard.FunnelStep;
import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The referral API end to end: refer, see the status, decline, send again, redirect, accept; every refusal with its reason. */
@IntegrationTest
class ReferralApiTest {
    @LocalServerPort int port;
    @Autowired Signals signals;
    @Autowired JdbcClient jdbc;
    @Autowired List<FunnelStep> funnel;
    @Autowired Directory directory;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("referralCentreDirectory") be.ariadne.screening.CentreDirectory contacts;

    private Api api() {
        return new Api(port);
    }

    private static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private String signalStatus(long id) {
        return jdbc.sql("SELECT status FROM screening_signal WHERE id = ?").param(id).query(String.class).single();
    }

    private long audit(String action, String objectId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_id = ?").params(action, objectId).query(Long.class).single();
    }

    private long count(String key, String centre) {
        LocalDate today = LocalDate.now();
        return funnel.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().count(today.minusDays(1), today.plusDays(1), centre);
    }

    @Test
    void declinedThenSentAgainElsewhereAndAcceptedTheReferrerSeesOnlyTheStatus() {
        Api api = api();
        String frontline = api.token("frontline", "demo");
        String caseworker = api.token("caseworker", "demo");
        String payoke = api.token("payoke", "demo");
        long signal = ReferralFixtures.signal(signals, "HOSPITAL_DEMO", "1000", null);
        long referralsBefore = count("referrals", null);
        long acceptedAtPayokeBefore = count("accepted", "PAYOKE");

        JsonNode suggestion = api.get("/api/v1/referrals/suggestion?signal=" + signal + "&gender=WOMAN", frontline).json();
        assertThat(suggestion.path("suggestedCentre").asString()).isEqualTo("PAG_ASA");
        assertThat(suggestion.path("reason").asString()).isEqualTo("SERVES_AREA");
        assertThat(suggestion.path("childProtectionAlert").asBoolean()).isFalse();

        Api.Answer sent = api.post("/api/v1/referrals", frontline, body("signal", signal, "centre", "PAG_ASA", "consent", "GIVEN", "gender", "WOMAN"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().path("id").asLong();
        assertThat(sent.header("Location")).endsWith("/api/v1/referrals/" + id);
        assertThat(sent.json().path("status").asString()).isEqualTo("SENT");
        assertThat(signalStatus(signal)).isEqualTo("REFERRED");
        assertThat(count("referrals", null)).isEqualTo(referralsBefore + 1);

        // The referrer sees the status only.
        JsonNode seenByReferrer = api.get("/api/v1/referrals/" + id, frontline).json();
        assertThat(seenByReferrer.path("status").asString()).isEqualTo("SENT");
        assertThat(seenByReferrer.has("history")).isFalse();
        assertThat(seenByReferrer.has("screening")).isFalse();
        // The centre sees it in its queue with the screening's indicators, never the referrer's notes.
        assertThat(api.get("/api/v1/referrals/queue", caseworker).json().findValues("id")).extracting(JsonNode::asLong).contains(id);
        JsonNode atPagAsa = api.get("/api/v1/referrals/" + id, caseworker).json();
        assertThat(atPagAsa.path("screening").path("signs").toString()).contains("NO_PAY", "DEBT_TO_PAY_OFF");
        assertThat(atPagAsa.path("screening").path("indicators").toString()).contains("EX_EXCESSIVE_HOURS");
        assertThat(atPagAsa.toString()).doesNotContain("Synthetic test note");
        assertThat(audit("SIGNAL_READ_FOR_REFERRAL", String.valueOf(signal))).isPositive();
        // Another centre: as if it did not exist.
        assertThat(api.get("/api/v1/referrals/" + id, payoke).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/referrals/" + id + "/accept", payoke, body("version", 0)).status()).isEqualTo(404);
        // The referrer may not decide.
        assertThat(api.post("/api/v1/referrals/" + id + "/accept", frontline, body("version", 0)).status()).isEqualTo(403);

        int version = atPagAsa.path("version").asInt();
        Api.Answer declined = api.post("/api/v1/referrals/" + id + "/decline", caseworker,
                body("reason", "NO_CAPACITY", "note", "Shelter full this week (synthetic)", "version", version));
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.json().path("status").asString()).isEqualTo("DECLINED");
        assertThat(signalStatus(signal)).as("the signal is the referrer's again").isEqualTo("OPEN");
        assertThat(api.post("/api/v1/referrals/" + id + "/accept", caseworker, body("version", version + 1)).json().path("rule").asString())
                .isEqualTo("ALREADY_DECIDED");
        JsonNode afterDecline = api.get("/api/v1/referrals/" + id, frontline).json();
        assertThat(afterDecline.path("status").asString()).isEqualTo("DECLINED");
        assertThat(afterDecline.path("declinedBy").toString()).contains("PAG_ASA");

        // Sent again: not to the centre that declined; another centre needs a reason.
        assertThat(api.post("/api/v1/referrals", frontline, body("signal", signal, "centre", "PAG_ASA", "consent", "GIVEN", "gender", "WOMAN"))
                .json().path("rule").asString()).isEqualTo("CENTRE_ALREADY_DECLINED");
        Api.Answer noReason = api.post("/api/v1/referrals", frontline, body("signal", signal, "centre", "PAYOKE", "consent", "GIVEN"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        Api.Answer again = api.post("/api/v1/referrals", frontline, body("signal", signal, "centre", "PAYOKE", "consent", "GIVEN",
                "gender", "WOMAN", "reason", "PAG-ASA has no place (synthetic)"));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().path("id").asLong()).as("the same referral, history kept").isEqualTo(id);
        assertThat(api.get("/api/v1/referrals/" + id, caseworker).status()).as("PAG-ASA no longer sees it").isEqualTo(404);

        JsonNode atPayoke = api.get("/api/v1/referrals/" + id, payoke).json();
        assertThat(atPayoke.path("history").findValues("kind")).extracting(JsonNode::asString).containsExactly("SENT", "DECLINED", "SENT_AGAIN");
        assertThat(atPayoke.path("history").get(1).path("reason").asString()).isEqualTo("NO_CAPACITY");
        int v = atPayoke.path("version").asInt();
        Api.Answer stale = api.post("/api/v1/referrals/" + id + "/accept", payoke, body("version", v - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("rule").asString()).isEqualTo("STALE_VERSION");
        Api.Answer accepted = api.post("/api/v1/referrals/" + id + "/accept", payoke, body("version", v));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String caseCode = accepted.json().path("case").asString();
        assertThat(caseCode).startsWith("AR-");
        JsonNode theCase = api.get("/api/v1/cases/" + caseCode, payoke).json();
        assertThat(theCase.path("holdingCentre").toString()).contains("PAYOKE");
        assertThat(count("accepted", "PAYOKE")).isEqualTo(acceptedAtPayokeBefore + 1);

        JsonNode finalForReferrer = api.get("/api/v1/referrals/" + id, frontline).json();
        assertThat(finalForReferrer.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(finalForReferrer.toString()).doesNotContain(caseCode);
        assertThat(api.get("/api/v1/cases/" + caseCode, frontline).status()).isIn(403, 404);
        assertThat(api.post("/api/v1/referrals", frontline, body("signal", signal, "centre", "SURYA", "consent", "GIVEN", "reason", "x"))
                .json().path("rule").asString()).isEqualTo("ALREADY_ACCEPTED");
        for (String action : List.of("REFERRAL_SENT", "REFERRAL_DECLINED", "REFERRAL_SENT_AGAIN", "REFERRAL_ACCEPTED")) {
            assertThat(audit(action, String.valueOf(id))).as(action).isEqualTo(1);
        }
    }

    @Test
    void aRedirectKeepsTheWholeHistoryForTheReceivingCentre() {
        Api api = api();
        String inspector = api.token("inspector", "demo");
        String caseworker = api.token("caseworker", "demo");
        String payoke = api.token("payoke", "demo");
        long signal = ReferralFixtures.signal(signals, "INSPECTION_DEMO", "1180", null);
        long id = api.post("/api/v1/referrals", inspector, body("signal", signal, "centre", "PAG_ASA", "consent", "COULD_NOT_BE_ASKED",
                "consentNote", "No interpreter on the site (synthetic)", "urgent", true)).json().path("id").asLong();
        JsonNode r = api.get("/api/v1/referrals/" + id, caseworker).json();
        assertThat(r.path("urgent").asBoolean()).isTrue();
        int v = r.path("version").asInt();
        assertThat(api.post("/api/v1/referrals/" + id + "/redirect", caseworker, body("centre", "PAG_ASA", "reason", "x", "version", v))
                .json().path("rule").asString()).isEqualTo("SAME_CENTRE");
        Api.Answer noReason = api.post("/api/v1/referrals/" + id + "/redirect", caseworker, body("centre", "PAYOKE", "version", v));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        Api.Answer redirected = api.post("/api/v1/referrals/" + id + "/redirect", caseworker,
                body("centre", "PAYOKE", "reason", "The person speaks Dutch only (synthetic)", "version", v));
        assertThat(redirected.status()).as(redirected.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/referrals/" + id, inspector).json().path("status").asString()).isEqualTo("REDIRECTED");
        JsonNode atPayoke = api.get("/api/v1/referrals/" + id, payoke).json();
        assertThat(atPayoke.path("history").findValues("kind")).extracting(JsonNode::asString).containsExactly("SENT", "REDIRECTED");
        assertThat(atPayoke.path("history").get(1).path("fromCentre").asString()).isEqualTo("PAG_ASA");
        assertThat(atPayoke.path("consentNote").asString()).contains("interpreter");
        assertThat(atPayoke.path("history").get(1).path("note").asString()).contains("Dutch only");
        byte[] storedNote = jdbc.sql("SELECT consent_note_enc FROM referral WHERE id = ?").param(id).query(byte[].class).single();
        assertThat(new String(storedNote, java.nio.charset.StandardCharsets.ISO_8859_1)).as("encrypted at rest").doesNotContain("interpreter");
        assertThat(jdbc.sql("SELECT reason_text_enc FROM referral_step WHERE referral_id = ? AND kind = 'REDIRECTED'").param(id)
                .query(byte[].class).list()).singleElement()
                .satisfies(b -> assertThat(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Dutch"));
        assertThat(api.get("/api/v1/referrals/" + id, caseworker).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/referrals", inspector, body("signal", signal, "centre", "SURYA", "consent", "GIVEN", "reason", "x"))
                .json().path("rule").asString()).isEqualTo("ALREADY_PENDING");
    }

    @Test
    void aPresumedMinorGoesToACentreForMinorsAndRaisesAChildProtectionAlert() {
        Api api = api();
        String frontline = api.token("frontline", "demo");
        long signal = ReferralFixtures.signal(signals, "HOSPITAL_DEMO", "2000", 15);
        JsonNode suggestion = api.get("/api/v1/referrals/suggestion?signal=" + signal, frontline).json();
        assertThat(suggestion.path("suggestedCentre").asString()).isEqualTo("JUNA");
        assertThat(suggestion.path("childProtectionAlert").asBoolean()).isTrue();
        Api.Answer toAdults = api.post("/api/v1/referrals", frontline, body("signal", signal, "centre", "PAYOKE", "consent", "GIVEN"));
        assertThat(toAdults.status()).isEqualTo(400);
        assertThat(toAdults.body()).contains("JUNA");
        Api.Answer sent = api.post("/api/v1/referrals", frontline, body("signal", signal, "centre", "JUNA", "consent", "GIVEN"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().path("id").asLong();
        assertThat(audit("CHILD_PROTECTION_ALERT", String.valueOf(id))).isEqualTo(1);
        assertThat(jdbc.sql("SELECT child_alert FROM referral WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void badInputIsRefusedNamingTheFieldOrTheRuleAndNothingChanges() {
        Api api = api();
        String frontline = api.token("frontline", "demo");
        String caseworker = api.token("caseworker", "demo");
        String admin = api.token("admin", "demo");
        long signal = ReferralFixtures.signal(signals, "HOSPITAL_DEMO", "4000", null);
        long policeSignal = ReferralFixtures.signal(signals, "POLICE_DEMO", "4000", null);
        long before = jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();

        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("body", new Object[] {null});
        cases.put("centre", new Object[] {body("signal", signal, "consent", "GIVEN")});
        cases.put("consent", new Object[] {body("signal", signal, "centre", "SURYA")});
        cases.put("consentNote", new Object[] {body("signal", signal, "centre", "SURYA", "consent", "REFUSED")});
        cases.put("gender", new Object[] {body("signal", signal, "centre", "SURYA", "consent", "GIVEN", "gender", "ROBOT")});
        cases.put("colour", new Object[] {body("signal", signal, "centre", "SURYA", "consent", "GIVEN", "colour", "red")});
        cases.put("urgent", new Object[] {body("signal", signal, "centre", "SURYA", "consent", "GIVEN", "urgent", "very")});
        cases.put("signal", new Object[] {body("centre", "SURYA", "consent", "GIVEN")});
        for (var e : cases.entrySet()) {
            Object b = e.getValue()[0];
            Api.Answer a = b == null ? api.send("POST", "/api/v1/referrals", frontline, "", Map.of("Content-Type", "application/json"))
                    : api.post("/api/v1/referrals", frontline, b);
            assertThat(a.status()).as(e.getKey() + ": " + a.body()).isEqualTo(400);
            assertThat(a.header("Content-Type")).contains("application/problem+json");
            assertThat(a.body()).as(e.getKey()).contains("\"field\":\"" + e.getKey() + "\"");
        }
        Api.Answer unknownCentre = api.post("/api/v1/referrals", frontline, body("signal", signal, "centre", "NOWHERE", "consent", "GIVEN"));
        assertThat(unknownCentre.status()).isEqualTo(400);
        assertThat(unknownCentre.body()).contains("NOWHERE");
        assertThat(api.post("/api/v1/referrals", frontline, body("signal", policeSignal, "centre", "SURYA", "consent", "GIVEN")).status())
                .as("another organisation's signal").isEqualTo(404);
        assertThat(api.post("/api/v1/referrals", frontline, body("signal", 999_999_999L, "centre", "SURYA", "consent", "GIVEN")).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/referrals", caseworker, body("signal", signal, "centre", "SURYA", "consent", "GIVEN")).status())
                .as("a case worker does not refer").isEqualTo(403);
        assertThat(api.post("/api/v1/referrals", admin, body("signal", signal, "centre", "SURYA", "consent", "GIVEN")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/referrals/queue", frontline).status()).isEqualTo(403);

        JsonNode surya = centre(api, admin, "SURYA");
        Api.Answer off = api.post("/api/v1/admin/centres/SURYA/deactivate", admin, body("version", surya.path("version").asInt()));
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        try {
            assertThat(api.get("/api/v1/referrals/suggestion?signal=" + signal, frontline).json().path("suggestedCentre").isNull())
                    .as("a deactivated centre is never suggested").isTrue();
            Api.Answer deactivated = api.post("/api/v1/referrals", frontline, body("signal", signal, "centre", "SURYA", "consent", "GIVEN"));
            assertThat(deactivated.status()).isEqualTo(409);
            assertThat(deactivated.json().path("rule").asString()).isEqualTo("CENTRE_DEACTIVATED");
        } finally {
            api.post("/api/v1/admin/centres/SURYA/reactivate", admin, body("version", off.json().path("version").asInt()));
        }
        assertThat(centre(api, admin, "SURYA").path("active").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single()).as("nothing saved").isEqualTo(before);
        assertThat(signalStatus(signal)).isEqualTo("OPEN");

        long id = api.post("/api/v1/referrals", frontline, body("signal", signal, "centre", "SURYA", "consent", "GIVEN")).json().path("id").asLong();
        long pag = ReferralFixtures.signal(signals, "HOSPITAL_DEMO", "1000", null);
        long pagId = api.post("/api/v1/referrals", frontline, body("signal", pag, "centre", "PAG_ASA", "consent", "GIVEN")).json().path("id").asLong();
        Map<String, Map<String, Object>> decisions = new LinkedHashMap<>();
        decisions.put("decline|reason", body("version", 0));
        decisions.put("decline|note", body("reason", "OTHER", "version", 0));
        decisions.put("decline|version", body("reason", "NO_CAPACITY"));
        decisions.put("accept|version", body());
        decisions.put("accept|colour", body("version", 0, "colour", "red"));
        decisions.put("redirect|centre", body("reason", "x", "version", 0));
        for (var e : decisions.entrySet()) {
            String[] k = e.getKey().split("\\|");
            Api.Answer a = api.post("/api/v1/referrals/" + pagId + "/" + k[0], caseworker, e.getValue());
            assertThat(a.status()).as(e.getKey() + ": " + a.body()).isEqualTo(400);
            assertThat(a.body()).as(e.getKey()).contains("\"field\":\"" + k[1] + "\"");
        }
        Api.Answer badReason = api.post("/api/v1/referrals/" + pagId + "/decline", caseworker, body("reason", "BORED", "version", 0));
        assertThat(badReason.body()).contains("BORED");
        assertThat(api.get("/api/v1/referrals/" + pagId, caseworker).json().path("status").asString()).isEqualTo("SENT");
        assertThat(api.get("/api/v1/referrals/" + id, caseworker).status()).isEqualTo(404);
    }

    @Test
    void aCentreWithoutOrganisationAndAClosedSignalAreRefusedWithTheirRule() {
        Api api = api();
        String frontline = api.token("frontline", "demo");
        long signal = ReferralFixtures.signal(signals, "HOSPITAL_DEMO", "8500", null);
        // A directory entry whose code no organisation has (e.g. loaded before an administrator created the organisation).
        jdbc.sql("""
                INSERT INTO referral_centre (code, name, city, languages, takes_adults, takes_minors, takes_women, takes_men, postal_areas,
                  sort_key, active, updated_at, updated_by, version)
                VALUES ('TEST_NO_ORG', 'No organisation (test)', 'Nowhere', 'fr', TRUE, FALSE, TRUE, TRUE, '9990-9990', 9999, TRUE,
                  CURRENT_TIMESTAMP, 'test', 0)""").update();
        try {
            Api.Answer a = api.post("/api/v1/referrals", frontline, body("signal", signal, "centre", "TEST_NO_ORG", "consent", "GIVEN", "reason", "x"));
            assertThat(a.status()).isEqualTo(409);
            assertThat(a.json().path("rule").asString()).isEqualTo("CENTRE_NOT_RECEIVING");
        } finally {
            jdbc.sql("DELETE FROM referral_centre WHERE code = 'TEST_NO_ORG'").update();
        }
        new be.ariadne.shared.SystemActor("test").run(() -> signals.changeStatus(signal, be.ariadne.screening.SignalStatus.CLOSED));
        Api.Answer closed = api.post("/api/v1/referrals", frontline, body("signal", signal, "centre", "PAYOKE", "consent", "GIVEN"));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().path("rule").asString()).isEqualTo("SIGNAL_STATUS_TRANSITION");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral WHERE signal_id = ?").param(signal).query(Long.class).single())
                .as("nothing saved").isZero();
    }

    private static JsonNode centre(Api api, String admin, String code) {
        for (JsonNode c : api.get("/api/v1/admin/centres", admin).json()) if (c.path("code").asString().equals(code)) return c;
        throw new AssertionError("no centre " + code);
    }

    @Test
    void theScreeningResultNamesTheCentreOnceItsPhoneIsInTheDirectory() {
        assertThat(contacts.centreFor("4000")).as("no phone yet: the result names the centres in words").isEmpty();
        Centre surya = directory.require("SURYA");
        Directory.Edit edit = new Directory.Edit(surya.name(), surya.city(), null, "+32 0 000 00 01", null, String.join(",", surya.languages()),
                true, false, true, true, surya.areas().toString(), null);
        Centre withPhone = directory.update("SURYA", edit, surya.version(), "test");
        try {
            assertThat(contacts.centreFor("4000")).hasValueSatisfying(c -> {
                assertThat(c.organisationCode()).isEqualTo("SURYA");
                assertThat(c.phone()).isEqualTo("+32 0 000 00 01");
            });
            assertThat(contacts.centreFor("1000")).as("PAG-ASA has no phone yet").isEmpty();
            assertThat(contacts.centreFor(null)).isEmpty();
        } finally {
            directory.update("SURYA", new Directory.Edit(surya.name(), surya.city(), null, null, null, String.join(",", surya.languages()),
                    true, false, true, true, surya.areas().toString(), null), withPhone.version(), "test");
        }
        assertThat(contacts.centreFor("4000")).isEmpty();
    }

    @Test
    void theDirectoryIsDataEditedByAnAdministratorEveryChangeAudited() {
        Api api = api();
        String admin = api.token("admin", "demo");
        String frontline = api.token("frontline", "demo");
        JsonNode all = api.get("/api/v1/admin/centres", admin).json();
        assertThat(all.findValues("code")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("PAG_ASA", "PAYOKE", "SURYA", "MINOR_NDAKO", "JUNA", "ESPERANTO");
        assertThat(all.findValues("phone")).allMatch(JsonNode::isNull);
        assertThat(api.get("/api/v1/admin/centres", frontline).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/referral-centres", frontline).status()).isEqualTo(200);

        JsonNode juna = centre(api, admin, "JUNA");
        Map<String, Object> edit = new HashMap<>(Map.of("name", "Juna", "city", "Flanders", "languages", List.of("nl", "en"), "minors", true,
                "women", true, "men", true, "areas", "1500-3999,8000-9999", "version", juna.path("version").asInt()));
        Map<String, Object> bad = new HashMap<>(edit);
        bad.putAll(Map.of("name", "", "phone", "call us", "website", "ftp://x", "languages", List.of("xx"), "minors", false,
                "areas", "1500-0999", "women", false, "men", false));
        Api.Answer refused = api.put("/api/v1/admin/centres/JUNA", admin, bad);
        assertThat(refused.status()).isEqualTo(400);
        for (String f : List.of("name", "phone", "website", "languages", "minors", "women", "areas")) {
            assertThat(refused.body()).as(f).contains("\"field\":\"" + f + "\"");
        }
        Map<String, Object> withPhone = new HashMap<>(edit);
        withPhone.put("phone", "+32 0 000 00 00");
        Api.Answer saved = api.put("/api/v1/admin/centres/JUNA", admin, withPhone);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("phone").asString()).isEqualTo("+32 0 000 00 00");
        Api.Answer stale = api.put("/api/v1/admin/centres/JUNA", admin, edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("rule").asString()).isEqualTo("STALE_VERSION");
        edit.put("version", saved.json().path("version").asInt());
        assertThat(api.put("/api/v1/admin/centres/JUNA", admin, edit).json().path("phone").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'REFERRAL_CENTRE_CHANGED' AND object_id = 'JUNA' AND detail LIKE ?")
                .param("%phone: null -> +32 0 000 00 00%").query(Long.class).single()).isEqualTo(1);

        Api.Answer notAnOrganisation = api.post("/api/v1/admin/centres", admin, Map.of("code", "HOSPITAL_DEMO", "name", "X", "city", "Y",
                "languages", List.of("fr"), "adults", true, "women", true, "areas", "1000"));
        assertThat(notAnOrganisation.status()).isEqualTo(400);
        assertThat(notAnOrganisation.body()).contains("\"field\":\"code\"");
        assertThat(api.post("/api/v1/admin/centres/NOWHERE/deactivate", admin, Map.of("version", 0)).status()).isEqualTo(404);
        String openApi = api.get("/v3/api-docs", null).body();
        assertThat(openApi).contains("/api/v1/referrals/{id}/accept").contains("/api/v1/admin/centres/{code}").contains("Referrals");
    }
}
