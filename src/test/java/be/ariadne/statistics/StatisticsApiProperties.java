package be.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.test.context.TestContextManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The disclosure-control properties at the level of the API and SQL: random facts are put in the
 * facts table (negative case ids, in the years 1801–1830 that no other test uses), random queries
 * are asked through {@code GET /api/v1/statistics/victims}, and for every answer: no published
 * value lies in (0, k), every published value equals a recount of the inserted facts, and no
 * suppressed value can be recovered by adding and subtracting published ones ({@link LinearAttack}).
 * jqwik runs the properties; the test class is attached to the Spring test context that the other
 * {@code @IntegrationTest} classes share (no extra context).
 */
@IntegrationTest
class StatisticsApiProperties {
    static final int TRIES = 25;
    static final String[] CENTRES = {"PAG_ASA", "PAYOKE", "SURYA", "JUNA"};

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    record Fact(LocalDate date, String centre, String gender, String ageGroup, String citizenshipGroup, String exploitationGroup,
                boolean counted) {
        String value(Dimension d) {
            return switch (d) {
                case YEAR -> Integer.toString(date.getYear());
                case CENTRE -> centre;
                case GENDER -> gender;
                case AGE_GROUP -> ageGroup;
                case CITIZENSHIP_GROUP -> citizenshipGroup;
                case EXPLOITATION_GROUP -> exploitationGroup;
            };
        }
    }

    static Arbitrary<Fact> facts() {
        // Skewed choices, so that tables have both large and small cells.
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 4 * 365).map(d -> LocalDate.of(1801, 1, 1).plusDays(d));
        Arbitrary<String> centres = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just("PAG_ASA")), net.jqwik.api.Tuple.of(3, Arbitraries.just("PAYOKE")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("SURYA", "JUNA")));
        Arbitrary<String> genders = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just("MASCULINE")), net.jqwik.api.Tuple.of(4, Arbitraries.just("FEMININE")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Dimension.GENDER.fixedValues())));
        Arbitrary<String> ages = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just("ADULT")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(Dimension.AGE_GROUP.fixedValues())));
        Arbitrary<String> citizenship = Arbitraries.of(Dimension.CITIZENSHIP_GROUP.fixedValues());
        Arbitrary<String> exploitation = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, Arbitraries.just("LABOUR")),
                net.jqwik.api.Tuple.of(3, Arbitraries.just("SEXUAL")), net.jqwik.api.Tuple.of(2, Arbitraries.of(Dimension.EXPLOITATION_GROUP.fixedValues())));
        Arbitrary<Boolean> counted = Arbitraries.integers().between(0, 9).map(i -> i != 0);
        return Combinators.combine(dates, centres, genders, ages, citizenship, exploitation, counted).as(Fact::new);
    }

    static Arbitrary<List<Dimension>> dimensions() {
        return Arbitraries.of(Dimension.class).set().ofMaxSize(3).map(ArrayList::new).map(l -> (List<Dimension>) l)
                .flatMap(l -> Arbitraries.shuffle(l));
    }

    /** jqwik runs this class, not Spring's extension: the shared test context is attached the way Spring's extension would. */
    @BeforeProperty
    void attachSpring() throws Exception {
        if (jdbc == null) new TestContextManager(getClass()).prepareTestInstance(this);
        if (api == null) {
            api = new Api(port);
            token = api.token("analyst", "demo");
        }
    }

    @AfterProperty
    void cleanUp() {
        jdbc.sql("DELETE FROM statistics_case_fact WHERE case_id < 0").update();
    }

    Api api;
    String token;
    static final java.util.concurrent.atomic.AtomicInteger SUPPRESSED = new java.util.concurrent.atomic.AtomicInteger();

    @AfterContainer
    static void theRandomTablesExercisedSuppression() {
        assertThat(SUPPRESSED.get()).as("suppressed values seen over all tries").isGreaterThan(10);
    }

    @Provide
    Arbitrary<List<Fact>> factLists() {
        return facts().list().ofMaxSize(400);
    }

    @Provide
    Arbitrary<List<List<Dimension>>> queries() {
        return dimensions().list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void publishedTablesNeverRevealASmallCountAndEqualARecount(@ForAll("factLists") List<Fact> facts,
                                                               @ForAll("queries") List<List<Dimension>> queries,
                                                               @ForAll @IntRange(min = 0, max = 4 * 365) int a,
                                                               @ForAll @IntRange(min = 0, max = 4 * 365) int b) {
        jdbc.sql("DELETE FROM statistics_case_fact WHERE case_id < 0").update();
        insert(facts);
        for (List<Dimension> by : queries) {
            LocalDate from = LocalDate.of(1801, 1, 1).plusDays(Math.min(a, b));
            LocalDate to = LocalDate.of(1801, 1, 1).plusDays(Math.max(a, b));
            String byParam = String.join(",", by.stream().map(Dimension::wireName).toList());
            Api.Answer answer = api.get("/api/v1/statistics/victims?from=" + from + "&to=" + to + "&by=" + byParam, token);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            Map<List<String>, Long> expected = recount(facts, from, to, by);
            PublishedTable published = table(answer.json(), by);
            String context = facts.size() + " facts, by=" + byParam + " from " + from + " to " + to;
            check(published, expected, by, context);
        }
    }

    @Property(tries = 5, shrinking = ShrinkingMode.OFF)
    void largeSkewedTablesAreProtectedToo(@ForAll("bigFactLists") List<Fact> facts, @ForAll("queries") List<List<Dimension>> queries) {
        jdbc.sql("DELETE FROM statistics_case_fact WHERE case_id < 0").update();
        insert(facts);
        for (List<Dimension> by : queries) {
            String byParam = String.join(",", by.stream().map(Dimension::wireName).toList());
            Api.Answer answer = api.get("/api/v1/statistics/victims?from=1801-01-01&to=1805-12-31&by=" + byParam, token);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            PublishedTable published = table(answer.json(), by);
            check(published, recount(facts, LocalDate.of(1801, 1, 1), LocalDate.of(1805, 12, 31), by), by, facts.size() + " facts, by=" + byParam);
        }
    }

    @Provide
    Arbitrary<List<Fact>> bigFactLists() {
        return facts().list().ofMinSize(500).ofMaxSize(1500);
    }

    /** Checks one answer; returns how many values it suppressed. */
    private static int check(PublishedTable published, Map<List<String>, Long> expected, List<Dimension> by, String context) {
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        checkValue(published.total(), total, context + " total");
        Map<List<String>, Long> cells = by.isEmpty() ? Map.of() : expected;
        assertThat(published.cells()).as(context).hasSize(cells.size());
        for (PublishedCell cell : published.cells()) {
            checkValue(cell.count(), expected.getOrDefault(cell.values(), 0L), context + " cell " + cell.values());
        }
        for (int d = 0; d < by.size(); d++) {
            Map<String, Long> margin = new HashMap<>();
            int dim = d;
            expected.forEach((k, v) -> margin.merge(k.get(dim), v, Long::sum));
            assertThat(published.margins(by.get(d))).as(context).hasSize(margin.size());
            for (PublishedMargin m : published.margins(by.get(d))) {
                checkValue(m.count(), margin.getOrDefault(m.value(), 0L), context + " margin " + m.value());
            }
        }
        assertThat(new LinearAttack(published).recoverable()).as(context + ": recoverable suppressed values").isEmpty();
        SUPPRESSED.addAndGet(published.suppressedCount());
        return published.suppressedCount();
    }

    private static void checkValue(PublishedCount count, long expected, String what) {
        if (count.isSuppressed()) {
            assertThat(expected).as(what + " suppressed but zero").isPositive();
        } else {
            assertThat(count.count()).as(what).isEqualTo(expected);
            assertThat(count.count() == 0 || count.count() >= 5).as(what + " published in (0, k)").isTrue();
        }
    }

    /** The answer as a {@link PublishedTable}, from the JSON alone. */
    static PublishedTable table(JsonNode json, List<Dimension> by) {
        List<PublishedCell> cells = new ArrayList<>();
        for (JsonNode c : json.path("cells")) {
            List<String> values = new ArrayList<>();
            for (Dimension d : by) values.add(c.path(d.wireName()).asString());
            cells.add(new PublishedCell(values, count(c.path("count"))));
        }
        Map<Dimension, List<PublishedMargin>> margins = new LinkedHashMap<>();
        for (Dimension d : by) {
            List<PublishedMargin> list = new ArrayList<>();
            for (JsonNode m : json.path("margins").path(d.wireName())) list.add(new PublishedMargin(m.path(d.wireName()).asString(), count(m.path("count"))));
            margins.put(d, list);
        }
        return new PublishedTable(by, json.path("k").asInt(), count(json.path("total")), cells, margins);
    }

    private static PublishedCount count(JsonNode n) {
        return n.isNull() ? PublishedCount.suppressed() : PublishedCount.of(n.asLong());
    }

    static Map<List<String>, Long> recount(List<Fact> facts, LocalDate from, LocalDate to, List<Dimension> by) {
        Map<List<String>, Long> out = new HashMap<>();
        for (Fact f : facts) {
            if (!f.counted() || f.date().isBefore(from) || f.date().isAfter(to)) continue;
            List<String> key = new ArrayList<>();
            for (Dimension d : by) key.add(f.value(d));
            out.merge(List.copyOf(key), 1L, Long::sum);
        }
        return out;
    }

    private void insert(List<Fact> facts) {
        OffsetDateTime now = OffsetDateTime.now();
        long id = -1;
        for (Fact f : facts) {
            jdbc.sql("INSERT INTO statistics_case_fact (case_id, registration_date, registration_year, centre, gender, age_group, "
                            + "citizenship_group, exploitation_group, nationality, counted, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)")
                    .params(id--, f.date(), f.date().getYear(), f.centre(), f.gender(), f.ageGroup(), f.citizenshipGroup(),
                            f.exploitationGroup(), f.counted(), now)
                    .update();
        }
    }
}
