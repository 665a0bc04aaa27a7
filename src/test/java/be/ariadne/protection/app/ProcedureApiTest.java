package be.ariadne.protection.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The calls of contracts/procedure.md as written: accepted events, refusals by rule (nothing changed), bad bodies, access, deadlines. */
@IntegrationTest
class ProcedureApiTest {
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired be.ariadne.casefile.CaseFiles files;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    Api api() {
        return new Api(port);
    }

    String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> api().token(u, "demo"));
    }

    /** A case of PAG-ASA shared (RESIDENCE) with the Immigration Office and the demo prosecutor; IDENTITY with the police. */
    String sharedCase(Map<String, Object> open) {
        String cw = token("caseworker");
        Api.Answer opened = api().post("/api/v1/cases", cw, open);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String code = opened.json().path("code").asString();
        share(code, "IMMIGRATION_OFFICE", List.of("IDENTITY", "RESIDENCE"));
        share(code, "PROSECUTION_DEMO", List.of("CASE_SUMMARY", "RESIDENCE"));
        share(code, "POLICE_DEMO", List.of("CASE_SUMMARY"));
        return code;
    }

    private void share(String code, String partner, List<String> compartments) {
        Api.Answer a = api().post("/api/v1/cases/" + code + "/shares", token("caseworker"), Map.of("partner", partner, "compartments",
                compartments, "basis", "CONSENT", "purpose", "victim-status procedure", "consentGivenBy", "VICTIM", "consentGivenOn", "2025-12-01"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    Api.Answer post(String user, String code, Object body) {
        return api().post("/api/v1/cases/" + code + "/procedure/events", token(user), body);
    }

    Api.Answer accepted(String user, String code, Map<String, Object> body) {
        Api.Answer a = post(user, code, body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        return a;
    }

    static Map<String, Object> event(String type, String date, String... extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("date", date);
        for (int i = 0; i < extra.length; i += 2) m.put(extra[i], extra[i + 1]);
        return m;
    }

    @Test
    void erasingTheResidenceCompartmentErasesTheEventsNotesAndKeepsTheEvents() {
        String code = sharedCase(Map.of());
        accepted("caseworker", code, event("REFLECTION_PERIOD_GRANTED", "2026-01-10", "note", "annex 15 asked at the desk"));
        be.ariadne.casefile.CaseRef ref = files.find(code).orElseThrow();
        events.publishEvent(new be.ariadne.privacy.CaseCompartmentsErased(ref, java.util.Set.of(be.ariadne.casefile.Compartment.SUPPORT)));
        assertThat(notes(code)).isEqualTo(1);
        events.publishEvent(new be.ariadne.privacy.CaseCompartmentsErased(ref, java.util.Set.of(be.ariadne.casefile.Compartment.RESIDENCE)));
        assertThat(notes(code)).isZero();
        JsonNode after = api().get("/api/v1/cases/" + code + "/procedure", token("caseworker")).json();
        assertThat(after.path("phase").asString()).isEqualTo("REFLECTION_PERIOD");
        assertThat(after.path("history").get(0).path("type").asString()).isEqualTo("REFLECTION_PERIOD_GRANTED");
        assertThat(after.toString()).doesNotContain("annex 15 asked");
    }

    private long notes(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM procedure_event e JOIN case_file c ON c.id = e.case_id WHERE c.code = ? AND e.note IS NOT NULL")
                .param(code).query(Long.class).single();
    }

    @Test
    void theWholeSequenceToUnlimitedStayByTheRolesThatRecordEachStep() {
        String code = sharedCase(Map.of());
        JsonNode s = accepted("caseworker", code, event("REFLECTION_PERIOD_GRANTED", "2026-01-10", "note", "annex 15 asked")).json();
        assertThat(s.path("phase").asString()).isEqualTo("REFLECTION_PERIOD");
        assertThat(s.path("document").asString()).isEqualTo("ANNEX_15");
        assertThat(s.path("validFrom").asString()).isEqualTo("2026-01-10");
        assertThat(s.path("validUntil").asString()).isEqualTo("2026-02-24");
        accepted("caseworker", code, event("CONDITION_MET", "2026-01-12", "condition", "BREAK_CONTACT"));
        accepted("caseworker", code, event("CONDITION_MET", "2026-01-12", "condition", "ACCEPT_SUPPORT"));
        s = accepted("immigration", code, event("STATEMENT_MADE", "2026-01-31")).json();
        assertThat(s.path("phase").asString()).isEqualTo("REGISTRATION_CERTIFICATE");
        assertThat(s.path("validUntil").asString()).isEqualTo("2026-04-30");
        assertThat(s.path("conditions").path("COOPERATE").asString()).isEqualTo("2026-01-31");
        s = accepted("immigration", code, event("REGISTRATION_CERTIFICATE_EXTENDED", "2026-04-20")).json();
        assertThat(s.path("validUntil").asString()).isEqualTo("2026-07-30");
        assertThat(s.path("extensionsUsed").asInt()).isEqualTo(1);
        Api.Answer confirmed = accepted("prosecutor", code, event("VICTIM_CONFIRMED", "2026-05-04"));
        s = confirmed.json();
        assertThat(s.path("phase").asString()).isEqualTo("A_CARD");
        assertThat(s.path("document").asString()).isEqualTo("A_CARD");
        assertThat(s.path("validUntil").asString()).isEqualTo("2026-11-04");
        assertThat(confirmed.header("Location")).isEqualTo("/api/v1/cases/" + code + "/procedure");
        s = accepted("immigration", code, event("A_CARD_RENEWED", "2026-10-20")).json();
        assertThat(s.path("validUntil").asString()).isEqualTo("2027-05-04");
        s = accepted("prosecutor", code, event("PERMANENT_STAY_GRANTED", "2027-02-01", "basis", "PROSECUTION_REQUESTED_CONVICTION")).json();
        assertThat(s.path("phase").asString()).isEqualTo("PERMANENT");
        assertThat(s.path("document").asString()).isEqualTo("B_CARD");
        assertThat(s.path("validUntil").isNull()).isTrue();
        assertThat(s.path("endReason").isNull()).isTrue();
        s = accepted("caseworker", code, event("STATUS_ENDED", "2027-03-01", "reason", "LEFT_COUNTRY")).json();
        assertThat(s.path("phase").asString()).isEqualTo("ENDED");
        assertThat(s.path("document").isNull()).isTrue();
        assertThat(s.path("endReason").asString()).isEqualTo("LEFT_COUNTRY");

        Api.Answer read = api().get("/api/v1/cases/" + code + "/procedure", token("immigration"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(s);
        assertThat(read.header("ETag")).isEqualTo("\"9\"");
        List<String> types = new ArrayList<>();
        read.json().path("history").forEach(h -> types.add(h.path("type").asString()));
        assertThat(types).containsExactly("REFLECTION_PERIOD_GRANTED", "CONDITION_MET", "CONDITION_MET", "STATEMENT_MADE",
                "REGISTRATION_CERTIFICATE_EXTENDED", "VICTIM_CONFIRMED", "A_CARD_RENEWED", "PERMANENT_STAY_GRANTED", "STATUS_ENDED");
        assertThat(read.json().path("history").get(0).path("note").asString()).isEqualTo("annex 15 asked");
        // The rule set in force is stored with every event; the note is encrypted.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM procedure_event e JOIN case_file c ON c.id = e.case_id WHERE c.code = ? "
                + "AND e.rules_in_force = 'BE-2017-05-20'").param(code).query(Long.class).single()).isEqualTo(9);
        byte[] note = jdbc.sql("SELECT e.note FROM procedure_event e JOIN case_file c ON c.id = e.case_id WHERE c.code = ? AND e.seq = 1")
                .param(code).query(byte[].class).single();
        assertThat(new String(note, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("annex 15 asked");
        // The case file's API carries the same state in the RESIDENCE compartment.
        assertThat(api().get("/api/v1/cases/" + code, token("caseworker")).json().path("residence").path("procedure").path("phase").asString())
                .isEqualTo("ENDED");
    }

    @Test
    void everyRefusedEventNamesItsRuleAndChangesNothing() {
        String code = sharedCase(Map.of());
        refused(code, event("VICTIM_CONFIRMED", "2026-01-05"), "WRONG_PHASE", "NOT_STARTED");
        accepted("caseworker", code, event("REFLECTION_PERIOD_GRANTED", "2026-01-10"));
        refused(code, event("CONDITION_MET", "2026-01-09", "condition", "BREAK_CONTACT"), "EVENT_BEFORE_PREVIOUS", "before the previous event");
        refused(code, event("A_CARD_RENEWED", "2026-01-11"), "WRONG_PHASE", "A_CARD_RENEWED");
        accepted("caseworker", code, event("STATEMENT_MADE", "2026-01-20"));
        refused(code, event("VICTIM_CONFIRMED", "2026-01-21"), "CONDITIONS_NOT_MET", "BREAK_CONTACT, ACCEPT_SUPPORT");
        accepted("caseworker", code, event("REGISTRATION_CERTIFICATE_EXTENDED", "2026-04-01"));
        refused(code, event("REGISTRATION_CERTIFICATE_EXTENDED", "2026-06-01"), "SECOND_EXTENSION", "only once");
        accepted("caseworker", code, event("STATUS_ENDED", "2026-06-02", "reason", "STOPPED_COOPERATING"));
        refused(code, event("CONDITION_MET", "2026-06-03", "condition", "COOPERATE"), "ALREADY_ENDED", "ENDED");
        // Each refusal is in the audit trail with its rule.
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'PROCEDURE_EVENT_REFUSED' AND object_id = ? ORDER BY seq")
                .param(code).query(String.class).list()).hasSize(6).anyMatch(d -> d.contains("rule=SECOND_EXTENSION"));
    }

    private void refused(String code, Map<String, Object> body, String rule, String detailMentions) {
        Api.Answer before = api().get("/api/v1/cases/" + code + "/procedure", token("caseworker"));
        Api.Answer a = post("caseworker", code, body);
        assertThat(a.status()).as(a.body()).isEqualTo(409);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.json().path("rule").asString()).isEqualTo(rule);
        assertThat(a.json().path("detail").asString()).contains(detailMentions);
        Api.Answer after = api().get("/api/v1/cases/" + code + "/procedure", token("caseworker"));
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
    }

    @Test
    void malformedBodiesAre400NamingTheFieldAndChangeNothing() {
        String code = sharedCase(Map.of());
        malformed(code, Map.of("type", "ANNEX_15_GRANTED", "date", "2026-01-10"), "type");
        malformed(code, Map.of("date", "2026-01-10"), "type");
        malformed(code, Map.of("type", "CONDITION_MET", "date", "2026-01-10"), "condition");
        malformed(code, Map.of("type", "CONDITION_MET", "date", "2026-01-10", "condition", "BE_NICE"), "condition");
        malformed(code, Map.of("type", "STATUS_ENDED", "date", "2026-01-10"), "reason");
        malformed(code, Map.of("type", "PERMANENT_STAY_GRANTED", "date", "2026-01-10"), "basis");
        malformed(code, Map.of("type", "REFLECTION_PERIOD_GRANTED", "date", "2026-02-30"), "date");
        malformed(code, Map.of("type", "REFLECTION_PERIOD_GRANTED", "date", "10/01/2026"), "date");
        malformed(code, Map.of("type", "REFLECTION_PERIOD_GRANTED"), "date");
        malformed(code, Map.of("type", "REFLECTION_PERIOD_GRANTED", "date", "2026-01-10", "reason", "LEFT_COUNTRY"), "reason");
        malformed(code, "{\"type\": \"STATEMENT_MADE\",", "(body)");
        malformed(code, "", "(body)");
        assertThat(api().get("/api/v1/cases/" + code + "/procedure", token("caseworker")).json().path("phase").asString())
                .isEqualTo("NOT_STARTED");
    }

    private void malformed(String code, Object body, String field) {
        Api.Answer a = post("caseworker", code, body);
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        a.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).as(a.body()).contains(field);
    }

    @Test
    void whoMayRecordWhatIsChecked403And404AsTheContractSays() {
        String code = sharedCase(Map.of());
        Map<String, Object> granted = event("REFLECTION_PERIOD_GRANTED", "2026-01-10");
        // The police sees the case (CASE_SUMMARY shared) but not its RESIDENCE: 403 to write, 403 to read.
        assertThat(post("police", code, granted).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/cases/" + code + "/procedure", token("police")).status()).isEqualTo(403);
        // A first-line user sees nothing of it: 404, as for a case that does not exist.
        Api.Answer hidden = post("frontline", code, granted);
        Api.Answer missing = post("frontline", "AR-NOPE-0000", granted);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(api().get("/api/v1/cases/AR-NOPE-0000/procedure", token("caseworker")).status()).isEqualTo(404);
        // Another centre's case worker: not their case.
        assertThat(post("payoke", code, granted).status()).isEqualTo(404);
        // The prosecutor may write RESIDENCE but records only what the recording rights give them.
        Api.Answer notTheirs = post("prosecutor", code, granted);
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.json().path("rule").asString()).isEqualTo("EVENT_TYPE_NOT_ALLOWED_FOR_ROLE");
        assertThat(notTheirs.json().path("detail").asString()).contains("REFLECTION_PERIOD_GRANTED");
        // Nothing changed.
        assertThat(api().get("/api/v1/cases/" + code + "/procedure", token("caseworker")).json().path("history").size()).isZero();
        // The Immigration Office, with RESIDENCE shared, records the documents it issues.
        assertThat(post("immigration", code, granted).status()).isEqualTo(201);
    }

    @Test
    void aStaleIfMatchIsRefusedAndTheCurrentETagIsAccepted() {
        String code = sharedCase(Map.of());
        Api.Answer first = accepted("caseworker", code, event("REFLECTION_PERIOD_GRANTED", "2026-01-10"));
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        Api.Answer stale = api().post("/api/v1/cases/" + code + "/procedure/events", token("caseworker"),
                event("CONDITION_MET", "2026-01-11", "condition", "BREAK_CONTACT"), Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("rule").asString()).isEqualTo("STALE_VERSION");
        Api.Answer current = api().post("/api/v1/cases/" + code + "/procedure/events", token("caseworker"),
                event("CONDITION_MET", "2026-01-11", "condition", "BREAK_CONTACT"), Map.of("If-Match", "\"1\""));
        assertThat(current.status()).isEqualTo(201);
        assertThat(current.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void aPresumedMinorGetsTheMinorsDurations() {
        String code = sharedCase(Map.of("presumedMinor", true, "birthYear", 2010));
        JsonNode s = accepted("caseworker", code, event("REFLECTION_PERIOD_GRANTED", "2026-01-10")).json();
        assertThat(s.path("validUntil").asString()).as("the minors' reflection period (data: P3M)").isEqualTo("2026-04-10");
        assertThat(jdbc.sql("SELECT minor FROM procedure_event e JOIN case_file c ON c.id = e.case_id WHERE c.code = ?")
                .param(code).query(Boolean.class).single()).isTrue();
    }

    @Test
    void deadlinesListWhatTheCallerMaySeeSoonestFirst() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        String soon = sharedCase(Map.of());
        String later = sharedCase(Map.of());
        String expired = sharedCase(Map.of());
        accepted("caseworker", soon, event("REFLECTION_PERIOD_GRANTED", today.minusDays(40).toString()));   // ends in 5 days
        accepted("caseworker", later, event("REFLECTION_PERIOD_GRANTED", today.minusDays(35).toString()));  // ends in 10 days
        accepted("caseworker", expired, event("REFLECTION_PERIOD_GRANTED", today.minusDays(50).toString())); // ended 5 days ago

        Api.Answer a = api().get("/api/v1/procedure/deadlines?within=14", token("caseworker"));
        assertThat(a.status()).isEqualTo(200);
        List<String> cases = new ArrayList<>();
        a.json().forEach(d -> cases.add(d.path("case").asString()));
        assertThat(cases).contains(soon, later).doesNotContain(expired);
        assertThat(cases.indexOf(soon)).isLessThan(cases.indexOf(later));
        JsonNode first = a.json().get(cases.indexOf(soon));
        assertThat(first.path("phase").asString()).isEqualTo("REFLECTION_PERIOD");
        assertThat(first.path("document").asString()).isEqualTo("ANNEX_15");
        assertThat(first.path("validUntil").asString()).isEqualTo(today.plusDays(5).toString());
        List<String> dates = new ArrayList<>();
        a.json().forEach(d -> dates.add(d.path("validUntil").asString()));
        assertThat(dates).isSorted();

        Api.Answer narrow = api().get("/api/v1/procedure/deadlines?within=7", token("caseworker"));
        assertThat(narrow.body()).contains(soon).doesNotContain(later);
        assertThat(api().get("/api/v1/procedure/deadlines?within=14", token("immigration")).body()).contains(soon, later);
        assertThat(api().get("/api/v1/procedure/deadlines?within=14", token("police")).body()).doesNotContain(soon);
        assertThat(api().get("/api/v1/procedure/deadlines?within=14", token("payoke")).body()).doesNotContain(soon);
        for (String bad : List.of("-1", "abc", "400")) {
            Api.Answer b = api().get("/api/v1/procedure/deadlines?within=" + bad, token("caseworker"));
            assertThat(b.status()).isEqualTo(400);
            assertThat(b.json().path("errors").get(0).path("field").asString()).isEqualTo("within");
        }
    }

    @Test
    void theImmigrationOfficeApiGivesTheProcedureAndTheIdentityForDocumentsOnly() {
        String code = sharedCase(Map.of("firstName", "Apia", "lastName", "Immigrationcase", "birthDate", "1990-02-03",
                "phones", List.of("+32 470 55 44 33")));
        api().post("/api/v1/cases/" + code + "/identity-documents", token("caseworker"), Map.of("type", "PASSPORT", "number", "API-112233",
                "issuingCountry", "NG"));
        accepted("immigration", code, event("REFLECTION_PERIOD_GRANTED", "2026-01-10"));
        Api.Answer list = api().get("/api/v1/immigration/cases", token("immigration"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(code);
        Api.Answer one = api().get("/api/v1/immigration/cases/" + code, token("immigration"));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("identity").path("lastName").asString()).isEqualTo("Immigrationcase");
        assertThat(one.json().path("identity").path("documents").get(0).path("number").asString()).isEqualTo("API-112233");
        assertThat(one.json().path("procedure").path("validUntil").asString()).isEqualTo("2026-02-24");
        assertThat(one.body()).doesNotContain("+32 470 55 44 33").doesNotContain("summary").doesNotContain("gender");
        assertThat(api().get("/api/v1/immigration/cases/" + code, token("caseworker")).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/immigration/cases", token("prosecutor")).status()).isEqualTo(403);
    }
}
