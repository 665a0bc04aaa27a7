package be.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The disclosure-control properties at the level of the API and SQL: random case facts are
 * published as the case file publishes them (negative case ids, registered in 1801–1804, which no
 * other test uses), some of them changed again, random queries
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
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    static final CaseClassifier CLASSIFIER = CaseClassifier.withBundledCatalogues();

    /** What the case file says about a case, as random as the case file allows. */
    record Fact(LocalDate date, String centre, be.ariadne.casefile.Gender gender, Integer age, List<String> citizenships,
                Set<be.ariadne.casefile.ExploitationForm> forms, be.ariadne.casefile.TraffickingStatus status) {
        be.ariadne.casefile.CaseFacts caseFacts(long id) {
            return new be.ariadne.casefile.CaseFacts(id, "PROP" + (-id), centre, date, gender, null,
                    age == null ? null : date.getYear() - age, null, citizenships, forms, status, be.ariadne.casefile.CaseStatus.ACTIVE);
        }

        boolean counted() {
            return status != be.ariadne.casefile.TraffickingStatus.NOT_A_VICTIM;
        }

        /** The classification by the pure model, independently of the application's SQL. */
        String value(Dimension d) {
            Set<ExploitationForm> f = java.util.EnumSet.noneOf(ExploitationForm.class);
            forms.forEach(x -> f.add(ExploitationForm.valueOf(x.name())));
            return CLASSIFIER.classify(new CaseFacts(date, centre, Gender.valueOf(gender.name()), null,
                    age == null ? null : date.getYear() - age, null, citizenships, f)).value(d);
        }
    }

    static Arbitrary<Fact> facts() {
        // Skewed choices, so that tables have both large and small cells.
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 4 * 365).map(d -> LocalDate.of(1801, 1, 1).plusDays(d));
        Arbitrary<String> centres = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just("PAG_ASA")), net.jqwik.api.Tuple.of(3, Arbitraries.just("PAYOKE")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("SURYA", "JUNA")));
        Arbitrary<be.ariadne.casefile.Gender> genders = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(be.ariadne.casefile.Gender.MASCULINE)),
                net.jqwik.api.Tuple.of(4, Arbitraries.just(be.ariadne.casefile.Gender.FEMININE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(be.ariadne.casefile.Gender.class)));
        Arbitrary<Integer> ages = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(18, 70)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(10, 17)), net.jqwik.api.Tuple.of(1, Arbitraries.just((Integer) null)));
        Arbitrary<List<String>> citizenships = Arbitraries.of("BE", "FR", "RO", "NG", "MA", "BR").list().ofMaxSize(2).uniqueElements();
        Arbitrary<Set<be.ariadne.casefile.ExploitationForm>> forms = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(Set.of(be.ariadne.casefile.ExploitationForm.LABOUR))),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Set.of(be.ariadne.casefile.ExploitationForm.SEXUAL))),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(be.ariadne.casefile.ExploitationForm.class).set().ofMaxSize(2)));
        Arbitrary<be.ariadne.casefile.TraffickingStatus> status = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.just(be.ariadne.casefile.TraffickingStatus.POSSIBLE_VICTIM)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(be.ariadne.casefile.TraffickingStatus.class)));
        return Combinators.combine(dates, centres, genders, ages, citizenships, forms, status).as(Fact::new);
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
        removeTestFacts();
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
                                                               @ForAll("editLists") List<Fact> edits,
                                                               @ForAll("queries") List<List<Dimension>> queries,
                                                               @ForAll @IntRange(min = 0, max = 4 * 365) int a,
                                                               @ForAll @IntRange(min = 0, max = 4 * 365) int b) {
        removeTestFacts();
        facts = publish(facts, edits);
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
    void largeSkewedTablesAreProtectedToo(@ForAll("bigFactLists") List<Fact> facts, @ForAll("editLists") List<Fact> edits,
                                          @ForAll("queries") List<List<Dimension>> queries) {
        removeTestFacts();
        facts = publish(facts, edits);
        for (List<Dimension> by : queries) {
            String byParam = String.join(",", by.stream().map(Dimension::wireName).toList());
            Api.Answer answer = api.get("/api/v1/statistics/victims?from=1801-01-01&to=1805-12-31&by=" + byParam, token);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            PublishedTable published = table(answer.json(), by);
            check(published, recount(facts, LocalDate.of(1801, 1, 1), LocalDate.of(1805, 12, 31), by), by, facts.size() + " facts, by=" + byParam);
        }
    }

    @Provide
    Arbitrary<List<Fact>> editLists() {
        return facts().list().ofMaxSize(40);
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

    /**
     * Puts the facts in through the case file's event, as the case file would (one batch, like an
     * import), then publishes a changed version of the first {@code edits} cases: the counts must
     * follow the latest facts.
     */
    private List<Fact> publish(List<Fact> facts, List<Fact> edits) {
        List<be.ariadne.casefile.CaseFacts> first = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) first.add(facts.get(i).caseFacts(-1 - i));
        tx.executeWithoutResult(st -> events.publishEvent(new be.ariadne.casefile.CaseFactsChanged(first)));
        List<Fact> current = new ArrayList<>(facts);
        List<be.ariadne.casefile.CaseFacts> changed = new ArrayList<>();
        for (int i = 0; i < Math.min(edits.size(), facts.size()); i++) {
            current.set(i, edits.get(i));
            changed.add(edits.get(i).caseFacts(-1 - i));
        }
        if (!changed.isEmpty()) tx.executeWithoutResult(st -> events.publishEvent(new be.ariadne.casefile.CaseFactsChanged(changed)));
        return current;
    }

    /** Only these tests register cases in 1801–1805: their facts and counts can simply be removed. */
    private void removeTestFacts() {
        jdbc.sql("DELETE FROM statistics_case_fact WHERE case_id < 0").update();
        jdbc.sql("DELETE FROM statistics_count WHERE (grain = 'Y' AND period_code BETWEEN 1801 AND 1805) "
                + "OR (grain = 'M' AND period_code BETWEEN 180101 AND 180512)").update();
        jdbc.sql("DELETE FROM statistics_stale_month WHERE period_code BETWEEN 180101 AND 180512").update();
    }
}
