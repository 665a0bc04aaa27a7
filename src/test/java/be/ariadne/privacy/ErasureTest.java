package be.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.casefile.CaseDataProtection;
import be.ariadne.casefile.CaseFiles;
import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.Compartment;
import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Retention and erasure on a real database: the dry-run report, what is erased and what stays
 * (statistical facts, the case itself, compartments whose retention runs longer), legal holds,
 * resumption after a crash between cases and within a case, and two instances at once.
 * Cases are registered in 2009 and closed in 2011–2012, so their ten-year rules have expired and
 * the twenty-year LEGAL rule has not.
 */
@IntegrationTest
class ErasureTest {
    static final Set<Compartment> TEN_YEARS = EnumSet.complementOf(EnumSet.of(Compartment.LEGAL));
    @LocalServerPort int port;
    @Autowired PrivacyFixtures fx;
    @Autowired Erasure erasure;
    @Autowired CaseFiles files;
    @Autowired CaseDataProtection cases;
    @Autowired ErasureCommand command;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void noFaults() {
        erasure.faults = (point, ref) -> { };
    }

    LocalDate today() {
        return erasure.today();
    }

    @Test
    void dryRunReportsWithoutChangingThenTheRunErasesPersonalDataAndKeepsTheFacts() {
        Api api = new Api(port);
        String cw = fx.token(api, "caseworker");
        PrivacyFixtures.Person p = fx.rich(api, port, LocalDate.of(2009, 3, 1), LocalDate.of(2011, 6, 30));
        PrivacyFixtures.Person open = fx.rich(api, port, LocalDate.of(2009, 3, 1), null);
        PrivacyFixtures.Person recent = fx.rich(api, port, LocalDate.of(2009, 3, 1), today().minusYears(3));
        JsonNode before = api.get("/api/v1/cases/" + p.code(), cw).json();

        Erasure.Report report = erasure.dryRun(today());
        Erasure.Item item = report.due().stream().filter(i -> i.caseCode().equals(p.code())).findFirst().orElseThrow();
        assertThat(item.compartments()).isEqualTo(TEN_YEARS);
        assertThat(item.closedOn()).isEqualTo(LocalDate.of(2011, 6, 30));
        assertThat(report.due()).extracting(Erasure.Item::caseCode).doesNotContain(open.code(), recent.code());
        // a day in 2031 reaches LEGAL too (closed 2011 + 20 years)
        assertThat(erasure.dryRun(LocalDate.of(2031, 6, 30)).due().stream().filter(i -> i.caseCode().equals(p.code())).findFirst().orElseThrow()
                .compartments()).isEqualTo(EnumSet.allOf(Compartment.class));
        // the dry run changed nothing
        assertThat(api.get("/api/v1/cases/" + p.code(), cw).json()).isEqualTo(before);
        assertThat(codes(api, "name=" + p.lastName())).containsExactly(p.code());

        int factEventsBefore = fx.factsChanged.size();
        Erasure.Result result = erasure.run(today());
        assertThat(result.erased()).isGreaterThanOrEqualTo(1);

        JsonNode after = api.get("/api/v1/cases/" + p.code(), cw).json();
        assertThat(after.toString()).doesNotContain(p.lastName().substring(7)).doesNotContain("1990-05-06").doesNotContain(p.document());
        assertThat(after.path("identity").path("lastName").isNull()).isTrue();
        assertThat(after.path("identity").path("phones")).isEmpty();
        assertThat(after.path("identity").path("documents")).isEmpty();
        assertThat(after.path("support").path("objectives")).isEmpty();
        // the summary's anonymous facts stay, and so does the LEGAL compartment (twenty years)
        for (String field : List.of("gender", "birthYear", "citizenships", "exploitation", "registrationDate", "status", "stage", "closedOn")) {
            assertThat(after.path(field)).as(field).isEqualTo(before.path(field));
        }
        assertThat(after.path("legal").path("lawyer").asString()).isEqualTo("Maître Lex");
        assertThat(api.get(PrivacyFixtures.path(p.code(), "notes"), cw).body()).contains("Legal note about").doesNotContain("Support note about")
                .doesNotContain("Identity note about");
        assertThat(api.get(PrivacyFixtures.path(p.code(), "documents"), cw).json()).isEmpty();
        assertThat(codes(api, "name=" + p.lastName())).isEmpty();
        assertThat(codes(api, "phone=" + p.phone().replace(" ", ""))).isEmpty();
        CaseRef ref = files.find(p.code()).orElseThrow();
        for (Compartment c : TEN_YEARS) assertThat(cases.holdsPersonalData(ref, c)).as(c.name()).isFalse();
        assertThat(cases.holdsPersonalData(ref, Compartment.LEGAL)).isTrue();
        // no facts changed: published figures stay; the other modules were told in the same transaction
        assertThat(fx.factsChanged).hasSize(factEventsBefore);
        assertThat(fx.erasedEvents).anySatisfy(e -> {
            assertThat(e.ref().code()).isEqualTo(p.code());
            assertThat(e.compartments()).isEqualTo(TEN_YEARS);
        });
        // the history of the erased compartments is gone (it held the old values)
        assertThat(api.get("/api/v1/cases/" + p.code() + "/history", cw).json().findValues("compartment").stream().map(JsonNode::asString))
                .doesNotContain("IDENTITY", "SUPPORT");
        // the open and the recently closed cases are untouched
        assertThat(api.get("/api/v1/cases/" + open.code(), cw).json().path("identity").path("lastName").asString()).isEqualTo(open.lastName());
        assertThat(api.get("/api/v1/cases/" + recent.code(), cw).json().path("identity").path("lastName").asString()).isEqualTo(recent.lastName());
        // audited, by code only
        assertThat(audit("CASE_ERASED", p.code())).singleElement().satisfies(d -> assertThat(d).contains("compartments=IDENTITY,CASE_SUMMARY,SUPPORT")
                .doesNotContain(p.lastName()));
        // a second run finds nothing more to do for it
        assertThat(erasure.dryRun(today()).due()).extracting(Erasure.Item::caseCode).doesNotContain(p.code());
        erasure.run(today());
        assertThat(audit("CASE_ERASED", p.code())).hasSize(1);
    }

    @Test
    void aLegalHoldKeepsTheCaseUntilItIsLifted() {
        Api api = new Api(port);
        String cw = fx.token(api, "caseworker");
        PrivacyFixtures.Person p = fx.rich(api, port, LocalDate.of(2009, 3, 1), LocalDate.of(2012, 1, 15));
        Api.Answer placed = api.post(PrivacyFixtures.path(p.code(), "legal-holds"), cw,
                Map.of("procedureReference", "BR.55.L8.2012/0042", "reason", "Trial of the exploiters pending before the Brussels court"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);

        Erasure.Report report = erasure.dryRun(today());
        assertThat(report.due()).extracting(Erasure.Item::caseCode).doesNotContain(p.code());
        assertThat(report.held()).extracting(Erasure.Item::caseCode).contains(p.code());
        assertThat(erasure.run(today()).held()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/v1/cases/" + p.code(), cw).json().path("identity").path("lastName").asString()).isEqualTo(p.lastName());

        Api.Answer lifted = api.post(PrivacyFixtures.path(p.code(), "legal-holds/" + placed.json().path("id").asLong() + "/lift"), cw,
                Map.of("reason", "Judgment final, no appeal lodged", "version", 0));
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        erasure.run(today());
        assertThat(api.get("/api/v1/cases/" + p.code(), cw).json().path("identity").path("lastName").isNull()).isTrue();
    }

    @Test
    void aCrashBetweenCasesOrWithinACaseLeavesNothingHalfErasedAndTheNextRunFinishes() {
        Api api = new Api(port);
        String cw = fx.token(api, "caseworker");
        PrivacyFixtures.Person first = fx.rich(api, port, LocalDate.of(2009, 3, 1), LocalDate.of(2012, 2, 1));
        PrivacyFixtures.Person second = fx.rich(api, port, LocalDate.of(2009, 3, 1), LocalDate.of(2012, 2, 1));
        PrivacyFixtures.Person third = fx.rich(api, port, LocalDate.of(2009, 3, 1), LocalDate.of(2012, 2, 1));
        CaseRef secondRef = files.find(second.code()).orElseThrow();
        CaseRef thirdRef = files.find(third.code()).orElseThrow();

        // 1. the process dies within the second case, after its data was erased but before it was marked
        erasure.faults = (point, ref) -> {
            if (ref.id() == secondRef.id() && point.equals("after-erase")) throw new IllegalStateException("simulated crash");
        };
        assertThatThrownBy(() -> erasure.run(today())).hasMessageContaining("simulated crash");
        assertThat(lastName(api, cw, first)).isNull();                 // done before the crash
        assertThat(lastName(api, cw, second)).isEqualTo(second.lastName()); // rolled back: all of it
        assertThat(api.get(PrivacyFixtures.path(second.code(), "notes"), cw).body()).contains("Support note about", "Identity note about");
        assertThat(marked(secondRef)).isEmpty();
        assertThat(lastName(api, cw, third)).isEqualTo(third.lastName()); // never reached

        // 2. dies within the third case, after its first marker was written
        erasure.faults = (point, ref) -> {
            if (ref.id() == thirdRef.id() && point.equals("after-marker")) throw new IllegalStateException("simulated crash 2");
        };
        assertThatThrownBy(() -> erasure.run(today())).hasMessageContaining("simulated crash 2");
        assertThat(lastName(api, cw, second)).isNull();
        assertThat(marked(secondRef)).isEqualTo(TEN_YEARS);
        assertThat(lastName(api, cw, third)).isEqualTo(third.lastName());
        assertThat(marked(thirdRef)).isEmpty();
        assertThat(cases.holdsPersonalData(thirdRef, Compartment.SUPPORT)).isTrue();

        // 3. the next run finishes the job
        erasure.faults = (point, ref) -> { };
        erasure.run(today());
        assertThat(lastName(api, cw, third)).isNull();
        assertThat(marked(thirdRef)).isEqualTo(TEN_YEARS);
        for (Compartment c : TEN_YEARS) assertThat(cases.holdsPersonalData(thirdRef, c)).isFalse();
        assertThat(audit("CASE_ERASED", second.code())).hasSize(1);
        assertThat(audit("CASE_ERASED", third.code())).hasSize(1);
    }

    @Test
    void twoInstancesRunningAtOnceEraseEachCaseOnce() throws Exception {
        Api api = new Api(port);
        List<PrivacyFixtures.Person> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) people.add(fx.rich(api, port, LocalDate.of(2009, 3, 1), LocalDate.of(2010, 12, 31)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Erasure.Result> run = () -> erasure.run(today());
            List<Future<Erasure.Result>> futures = pool.invokeAll(List.of(run, run));
            for (Future<Erasure.Result> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        for (PrivacyFixtures.Person p : people) {
            assertThat(audit("CASE_ERASED", p.code())).as(p.code()).hasSize(1);
            assertThat(marked(files.find(p.code()).orElseThrow())).isEqualTo(TEN_YEARS);
        }
    }

    @Test
    void theCommandReportsAndRefusesBadInput() {
        Api api = new Api(port);
        PrivacyFixtures.Person p = fx.rich(api, port, LocalDate.of(2009, 3, 1), LocalDate.of(2011, 1, 10));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(command.run(List.of("dry-run"), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(p.code() + "\tPAG_ASA\t2011-01-10\tIDENTITY,CASE_SUMMARY,SUPPORT");
        assertThat(command.run(List.of("dry-run", "--date", "31/12/2040"), new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--date: '31/12/2040' is not a date");
        assertThat(command.run(List.of("dry-run", "--date", "2001-01-01"), new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is in the past");
        assertThat(command.run(List.of("wipe"), new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(command.run(List.of("run", "--now"), new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(lastName(api, fx.token(api, "caseworker"), p)).isEqualTo(p.lastName());
        ByteArrayOutputStream ran = new ByteArrayOutputStream();
        assertThat(command.run(List.of("run"), new PrintStream(ran, true, StandardCharsets.UTF_8), new PrintStream(err))).isZero();
        assertThat(ran.toString(StandardCharsets.UTF_8)).startsWith("erased ");
        assertThat(lastName(api, fx.token(api, "caseworker"), p)).isNull();
    }

    @Test
    void theReportOverTheApiIsForAdministratorsAndDataProtectionOfficers() {
        Api api = new Api(port);
        PrivacyFixtures.Person p = fx.rich(api, port, LocalDate.of(2009, 3, 1), LocalDate.of(2011, 3, 3));
        Api.Answer admin = api.get("/api/v1/privacy/erasure/dry-run", fx.token(api, "admin"));
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().path("due").toString()).contains(p.code());
        assertThat(admin.body()).doesNotContain(p.lastName());
        assertThat(api.get("/api/v1/privacy/erasure/dry-run", fx.token(api, "dpo")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/privacy/erasure/dry-run", fx.token(api, "caseworker")).status()).isEqualTo(403);
        Api.Answer bad = api.get("/api/v1/privacy/erasure/dry-run?date=tomorrow", fx.token(api, "admin"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("date");
    }

    private String lastName(Api api, String token, PrivacyFixtures.Person p) {
        JsonNode n = api.get("/api/v1/cases/" + p.code(), token).json().path("identity").path("lastName");
        return n.isNull() ? null : n.asString();
    }

    private Set<Compartment> marked(CaseRef ref) {
        return erasure.erased(List.of(ref.id())).getOrDefault(ref.id(), Set.of());
    }

    private List<String> audit(String action, String code) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE action = ? AND object_id = ? ORDER BY seq").params(action, code).query(String.class).list();
    }

    private List<String> codes(Api api, String query) {
        List<String> out = new ArrayList<>();
        api.get("/api/v1/cases?" + query, fx.token(api, "caseworker")).json().path("items").forEach(i -> out.add(i.path("code").asString()));
        return out;
    }
}
