package be.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.casefile.CaseFiles;
import be.ariadne.casefile.NewCase;
import be.ariadne.casefile.TraffickingStatus;
import be.ariadne.shared.SystemActor;
import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The statistics API on cases opened through the case file: the facts table follows the case
 * file's events, published counts equal a plain recount of the case file's facts, bad input is a
 * 400 naming the parameter, and only analysts, administrators and a centre's staff (own cases) may count.
 */
@IntegrationTest
class StatisticsApiTest {
    static final SystemActor SYSTEM = new SystemActor("statistics-test");
    static final String[] CENTRES = {"PAG_ASA", "PAYOKE", "SURYA"};
    static final String[] COUNTRIES = {"BE", "RO", "NG", "FR", "MA"};

    @LocalServerPort int port;
    @Autowired CaseFiles cases;
    @Autowired JdbcClient jdbc;
    Api api;
    static boolean opened;
    static final Map<String, String> tokens = new HashMap<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        if (!opened) {
            Random r = new Random(7);
            for (int i = 0; i < 60; i++) {
                LocalDate registered = LocalDate.of(2021 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28));
                be.ariadne.casefile.Gender gender = i % 3 == 0 ? be.ariadne.casefile.Gender.FEMININE : be.ariadne.casefile.Gender.MASCULINE;
                NewCase c = NewCase.builder().registrationDate(registered).gender(gender)
                        .birthYear(registered.getYear() - 12 - r.nextInt(40))
                        .citizenships(List.of(COUNTRIES[r.nextInt(COUNTRIES.length)]))
                        .exploitation(Set.of(r.nextBoolean() ? be.ariadne.casefile.ExploitationForm.LABOUR : be.ariadne.casefile.ExploitationForm.SEXUAL))
                        .traffickingStatus(i % 10 == 9 ? TraffickingStatus.NOT_A_VICTIM : TraffickingStatus.POSSIBLE_VICTIM)
                        .build();
                String centre = CENTRES[r.nextInt(CENTRES.length)];
                SYSTEM.call(() -> cases.open(c, centre));
            }
            opened = true;
        }
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, u -> api.token(u, "demo"));
    }

    /** The counts a plain recount of the case file's current facts gives, by the given dimensions. */
    Map<List<String>, Long> recount(LocalDate from, LocalDate to, List<Dimension> by, String centre) {
        CaseClassifier classifier = CaseClassifier.withBundledCatalogues();
        Map<List<String>, Long> counts = new HashMap<>();
        long after = 0;
        while (true) {
            List<be.ariadne.casefile.CaseFacts> batch = cases.facts(after, 1000);
            if (batch.isEmpty()) break;
            for (be.ariadne.casefile.CaseFacts f : batch) {
                after = f.caseId();
                if (f.traffickingStatus() == TraffickingStatus.NOT_A_VICTIM) continue;
                if (f.registrationDate().isBefore(from) || f.registrationDate().isAfter(to)) continue;
                if (centre != null && !centre.equals(f.centreCode())) continue;
                java.util.Set<ExploitationForm> forms = java.util.EnumSet.noneOf(ExploitationForm.class);
                f.forms().forEach(x -> forms.add(ExploitationForm.valueOf(x.name())));
                Classification c = classifier.classify(new CaseFacts(f.registrationDate(), f.centreCode(),
                        Gender.valueOf(f.gender().name()), f.birthDate(), f.birthYear(), f.ageAtRegistration(), f.citizenships(), forms));
                counts.merge(c.values(by), 1L, Long::sum);
            }
        }
        return counts;
    }

    static Map<List<String>, Long> sums(Map<List<String>, Long> cells, int dimension) {
        Map<List<String>, Long> out = new HashMap<>();
        cells.forEach((k, n) -> out.merge(List.of(k.get(dimension)), n, Long::sum));
        return out;
    }

    @Test
    void unsuppressedCountsEqualAPlainRecountOfTheCaseFile() {
        List<List<Dimension>> queries = List.of(List.of(), List.of(Dimension.GENDER), List.of(Dimension.YEAR, Dimension.CENTRE),
                List.of(Dimension.GENDER, Dimension.AGE_GROUP, Dimension.EXPLOITATION_GROUP), List.of(Dimension.CITIZENSHIP_GROUP));
        int published = 0;
        for (List<Dimension> by : queries) {
            String byParam = String.join(",", by.stream().map(Dimension::wireName).toList());
            Api.Answer a = api.get("/api/v1/statistics/victims?from=2021-01-01&to=2023-12-31&by=" + byParam, token("analyst"));
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            JsonNode json = a.json();
            assertThat(json.path("k").asInt()).isEqualTo(5);
            assertThat(json.path("from").asString()).isEqualTo("2021-01-01");
            assertThat(json.path("by").size()).isEqualTo(by.size());
            Map<List<String>, Long> expected = recount(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), by, null);
            long total = expected.values().stream().mapToLong(Long::longValue).sum();
            assertThat(total).isGreaterThanOrEqualTo(54);
            assertThat(json.path("total").asLong()).isEqualTo(total);
            for (JsonNode cell : json.path("cells")) {
                List<String> key = new ArrayList<>();
                for (Dimension d : by) key.add(cell.path(d.wireName()).asString());
                if (cell.path("suppressed").asBoolean(false)) {
                    assertThat(cell.path("count").isNull()).isTrue();
                    assertThat(expected.get(key)).isPositive();
                } else {
                    assertThat(cell.path("count").asLong()).as("cell %s", key).isEqualTo(expected.get(key)).isGreaterThanOrEqualTo(5);
                    published++;
                }
            }
            assertThat(json.path("cells").size()).isEqualTo(by.isEmpty() ? 0 : expected.size());
            for (int d = 0; d < by.size(); d++) {
                Map<List<String>, Long> margin = sums(expected, d);
                JsonNode list = json.path("margins").path(by.get(d).wireName());
                assertThat(list.size()).isEqualTo(margin.size());
                for (JsonNode m : list) {
                    Long n = margin.get(List.of(m.path(by.get(d).wireName()).asString()));
                    if (!m.path("suppressed").asBoolean(false)) assertThat(m.path("count").asLong()).isEqualTo(n);
                }
            }
        }
        assertThat(published).isGreaterThan(3);
    }

    @Test
    void notAVictimCasesAreNotCountedAndTheFactsOutliveNothingButFollowTheCaseFile() {
        long facts = jdbc.sql("SELECT COUNT(*) FROM statistics_case_fact WHERE case_id > 0").query(Long.class).single();
        long counted = jdbc.sql("SELECT COUNT(*) FROM statistics_case_fact WHERE case_id > 0 AND counted = TRUE").query(Long.class).single();
        long all = 0;
        long victims = 0;
        long after = 0;
        for (List<be.ariadne.casefile.CaseFacts> batch = cases.facts(0, 1000); !batch.isEmpty(); batch = cases.facts(after, 1000)) {
            for (be.ariadne.casefile.CaseFacts f : batch) {
                after = f.caseId();
                all++;
                if (f.traffickingStatus() != TraffickingStatus.NOT_A_VICTIM) victims++;
            }
        }
        assertThat(facts).isEqualTo(all);
        assertThat(counted).isEqualTo(victims).isLessThan(all);
    }

    @Test
    void aCentresStaffCountsOnlyItsOwnCases() {
        Api.Answer a = api.get("/api/v1/statistics/victims?from=2021-01-01&to=2023-12-31&by=centre", token("payoke"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        for (JsonNode cell : a.json().path("cells")) assertThat(cell.path("centre").asString()).isEqualTo("PAYOKE");
        long expected = recount(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), List.of(), "PAYOKE").values().stream()
                .mapToLong(Long::longValue).sum();
        JsonNode total = a.json().path("total");
        if (expected > 0 && expected < 5) assertThat(total.isNull()).isTrue();
        else assertThat(total.asLong()).isEqualTo(expected);
    }

    @Test
    void othersAreRefused() {
        assertThat(api.get("/api/v1/statistics/victims?from=2021-01-01&to=2023-12-31", token("police")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/statistics/victims?from=2021-01-01&to=2023-12-31", token("frontline")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/statistics/victims?from=2021-01-01&to=2023-12-31", null).status()).isEqualTo(401);
    }

    private List<String> problems(String query) {
        Api.Answer a = api.get("/api/v1/statistics/victims?" + query, token("analyst"));
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        List<String> out = new ArrayList<>();
        for (JsonNode e : a.json().path("errors")) out.add(e.path("field").asString() + ": " + e.path("message").asString());
        return out;
    }

    @Test
    void badInputIsA400NamingTheParameter() {
        assertThat(problems("from=2025-01-01&to=2025-12-31&by=gender,colour")).containsExactly(
                "by: unknown dimension colour; known dimensions: year, centre, gender, ageGroup, citizenshipGroup, exploitationGroup");
        assertThat(problems("from=2025-01-01&to=2025-12-31&by=gender,year,centre,ageGroup")).containsExactly(
                "by: at most 3 dimensions are allowed, 4 were given");
        assertThat(problems("from=2025-01-01&to=2025-12-31&by=gender,gender")).containsExactly(
                "by: the dimension gender is given more than once");
        assertThat(problems("from=2025-12-31&to=2025-01-01")).containsExactly(
                "to: the date range is inverted: to 2025-01-01 is before from 2025-12-31");
        assertThat(problems("from=2025-02-30&to=2025-12-31")).containsExactly("from: must be a date YYYY-MM-DD, not '2025-02-30'");
        assertThat(problems("to=yesterday")).containsExactly("from: is required (a date YYYY-MM-DD)",
                "to: must be a date YYYY-MM-DD, not 'yesterday'");
    }

    @Test
    void theEurostatTableIsACsvUnderDisclosureControl() {
        Api.Answer a = api.get("/api/v1/statistics/eurostat.csv?from=2021&to=2023", token("analyst"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.header("Content-Type")).startsWith("text/csv");
        String[] lines = a.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("DATASET,freq,unit,geo,TIME_PERIOD,sex,age,citizen,expl,OBS_VALUE,OBS_FLAG");
        // 3 years × (4 sexes incl. total) × (values + total) per table: age 4, citizenship 5, exploitation 6.
        assertThat(lines).hasSize(1 + 3 * 4 * (4 + 5 + 6));
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            assertThat(f).hasSize(11);
            if (f[9].isEmpty()) assertThat(f[10]).isEqualTo("c");
            else assertThat(Long.parseLong(f[9])).satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(5));
        }
        Map<List<String>, Long> expected = recount(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), List.of(), null);
        String total2022 = "crim_thb_vage,A,NR,BE,2022,T,TOTAL,TOTAL,TOTAL,";
        String line = java.util.Arrays.stream(lines).filter(l -> l.startsWith(total2022)).findFirst().orElseThrow();
        long n = expected.values().stream().mapToLong(Long::longValue).sum();
        assertThat(line).isEqualTo(total2022 + (n > 0 && n < 5 ? ",c" : n + ","));
        assertThat(api.get("/api/v1/statistics/eurostat.csv?from=2023&to=2021", token("analyst")).status()).isEqualTo(400);
    }
}
