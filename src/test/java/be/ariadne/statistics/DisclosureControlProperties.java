package be.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random tables (0–3 dimensions with 1–8 values each, as far as the dimension has values; many
 * small counts; k from 3 to 10) checked against an independent attacker ({@link LinearAttack})
 * and a plain recount.
 */
class DisclosureControlProperties {

    private static final List<String> YEARS = List.of("2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023");
    private static final List<String> CENTRES = List.of("ESPERANTO", "JUNA", "MINOR_NDAKO", "PAG_ASA", "PAYOKE",
            "SURYA", "CENTRE_G", "CENTRE_H");

    @Property(tries = 300)
    void noPublishedValueIsBetweenZeroAndK(@ForAll("scenarios") Scenario scenario) {
        PublishedTable published = new DisclosureControl(scenario.k).publish(scenario.table());
        for (PublishedCount count : allCounts(published)) {
            if (!count.isSuppressed()) {
                assertThat(count.count()).satisfiesAnyOf(c -> assertThat(c).isZero(),
                        c -> assertThat(c).isGreaterThanOrEqualTo(scenario.k));
            }
        }
    }

    @Property(tries = 300)
    void noSuppressedValueCanBeRecovered(@ForAll("scenarios") Scenario scenario) {
        PublishedTable published = new DisclosureControl(scenario.k).publish(scenario.table());
        LinearAttack attack = new LinearAttack(published);
        Map<String, Long> trueCounts = scenario.trueCounts(published);
        assertThat(attack.recoverable()).as("recoverable suppressed values").isEmpty();
        assertThat(attack.forcedLines(trueCounts)).as("lines forcing their values to 1").isEmpty();

        // The property must not pass for want of interesting tables: complementary suppressions
        // (a suppressed value of k or more) have to occur often, in three dimensions too.
        List<PublishedCount> counts = allCounts(published);
        boolean complementary = false;
        for (int i = 0; i < counts.size(); i++) {
            complementary |= counts.get(i).isSuppressed() && trueCounts.get(attack.labels().get(i)) >= scenario.k;
        }
        int dimensions = scenario.dimensions.size();
        Statistics.label("dimensions").collect(dimensions);
        Statistics.label("complementary suppression").collect(complementary);
        Statistics.label("complementary suppression in 3 dimensions").collect(complementary && dimensions == 3);
        Statistics.label("dimensions").coverage(coverage -> {
            for (int d = 0; d <= 3; d++) {
                coverage.check(d).count(n -> n >= 20);
            }
        });
        Statistics.label("complementary suppression").coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
        Statistics.label("complementary suppression in 3 dimensions")
                .coverage(coverage -> coverage.check(true).count(n -> n >= 10));
    }

    @Property(tries = 300)
    void publishedCountsAreAPlainRecountOfTheCases(@ForAll("scenarios") Scenario scenario) {
        List<List<String>> cases = scenario.cases();
        PublishedTable published = new DisclosureControl(scenario.k).publish(scenario.tableFromCases(cases));

        assertThat(published.total().isSuppressed() || published.total().count() == cases.size()).isTrue();
        List<List<String>> nonZero = new ArrayList<>();
        for (List<String> key : scenario.keys()) {
            if (!scenario.dimensions.isEmpty() && cases.contains(key)) {
                nonZero.add(key);
            }
        }
        assertThat(published.cells()).extracting(PublishedCell::values).containsExactlyInAnyOrderElementsOf(nonZero);
        for (PublishedCell cell : published.cells()) {
            long recount = cases.stream().filter(c -> c.equals(cell.values())).count();
            assertThat(recount).isPositive();
            if (!cell.count().isSuppressed()) {
                assertThat(cell.count().count()).as("cell %s", cell.values()).isEqualTo(recount);
            }
        }
        for (int d = 0; d < scenario.dimensions.size(); d++) {
            int dimension = d;
            for (PublishedMargin margin : published.margins(scenario.dimensions.get(d))) {
                long recount = cases.stream().filter(c -> c.get(dimension).equals(margin.value())).count();
                assertThat(recount).isPositive();
                if (!margin.count().isSuppressed()) {
                    assertThat(margin.count().count()).isEqualTo(recount);
                }
            }
        }
    }

    @Property(tries = 200)
    void sameInputGivesTheSameOutput(@ForAll("scenarios") Scenario scenario) {
        DisclosureControl control = new DisclosureControl(scenario.k);
        PublishedTable first = control.publish(scenario.table());
        // The same counts, handed over in another order and through another path.
        List<List<String>> cases = scenario.cases();
        Collections.shuffle(cases, new Random(cases.size()));
        PublishedTable second = control.publish(scenario.tableFromCases(cases));
        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 200)
    void arbitraryPrecisionGivesTheSameAnswer(@ForAll("scenarios") Scenario scenario) {
        DisclosureControl control = new DisclosureControl(scenario.k);
        assertThat(control.publish(scenario.table(), Row.Arithmetic.BIG))
                .isEqualTo(control.publish(scenario.table(), Row.Arithmetic.LONG));
    }

    /** No complementary suppression could be published again on its own without exposing something. */
    @Property(tries = 100)
    void everyComplementarySuppressionIsNeeded(@ForAll("scenarios") Scenario scenario) {
        PublishedTable published = new DisclosureControl(scenario.k).publish(scenario.table());
        Map<String, Long> trueCounts = scenario.trueCounts(published);
        for (Map.Entry<String, Long> entry : trueCounts.entrySet()) {
            String label = entry.getKey();
            if (entry.getValue() >= scenario.k && isSuppressed(published, label)) {
                PublishedTable relaxed = scenario.publishAlso(published, label, entry.getValue());
                LinearAttack attack = new LinearAttack(relaxed);
                assertThat(!attack.recoverable().isEmpty() || !attack.forcedLines(trueCounts).isEmpty())
                        .as("publishing %s alone would be safe", label).isTrue();
            }
        }
    }

    private static boolean isSuppressed(PublishedTable table, String label) {
        LinearAttack attack = new LinearAttack(table);
        List<PublishedCount> counts = allCounts(table);
        return counts.get(attack.labels().indexOf(label)).isSuppressed();
    }

    /** Counts in the order of {@link LinearAttack#labels()}: cells, margins by dimension, total. */
    static List<PublishedCount> allCounts(PublishedTable table) {
        List<PublishedCount> counts = new ArrayList<>();
        table.cells().forEach(c -> counts.add(c.count()));
        table.dimensions().forEach(d -> table.margins(d).forEach(m -> counts.add(m.count())));
        counts.add(table.total());
        return counts;
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> ks = Arbitraries.integers().between(3, 10);
        Arbitrary<List<Dimension>> dimensions = Arbitraries.of(Dimension.class).list().uniqueElements().ofMaxSize(3);
        Arbitrary<Boolean> narrow = Arbitraries.of(false, false, false, true);
        return Combinators.combine(ks, dimensions, narrow).flatAs((k, dims, fewCases) -> domains(dims).flatMap(domains -> {
            int cells = 1;
            for (List<String> domain : domains) {
                cells *= domain.size();
            }
            Arbitrary<Long> count = fewCases ? fewCases() : counts(k);
            return count.list().ofSize(cells).map(counts -> new Scenario(k, dims, domains, counts));
        }));
    }

    /** A narrow query (a month, say): mostly empty cells and ones. */
    @SuppressWarnings("unchecked")
    private static Arbitrary<Long> fewCases() {
        return Arbitraries.frequencyOf(
                Tuple.of(45, Arbitraries.just(0L)),
                Tuple.of(45, Arbitraries.just(1L)),
                Tuple.of(7, Arbitraries.just(2L)),
                Tuple.of(3, Arbitraries.longs().between(3, 12)));
    }

    private static Arbitrary<List<List<String>>> domains(List<Dimension> dimensions) {
        Arbitrary<List<List<String>>> result = Arbitraries.just(List.of());
        for (Dimension dimension : dimensions) {
            List<String> all = dimension == Dimension.YEAR ? YEARS
                    : dimension == Dimension.CENTRE ? CENTRES : dimension.fixedValues();
            Arbitrary<List<String>> domain = Combinators.combine(
                            Arbitraries.integers().between(1, Math.min(8, all.size())), Arbitraries.shuffle(all))
                    .as((size, shuffled) -> {
                        List<String> chosen = new ArrayList<>(shuffled.subList(0, size));
                        chosen.sort(dimension.valueOrder());
                        return List.copyOf(chosen);
                    });
            result = Combinators.combine(result, domain).as((list, next) -> {
                List<List<String>> extended = new ArrayList<>(list);
                extended.add(next);
                return List.copyOf(extended);
            });
        }
        return result;
    }

    /** Many zeros and small counts, some counts around k, a few large ones. */
    @SuppressWarnings("unchecked")
    private static Arbitrary<Long> counts(int k) {
        return Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.just(0L)),
                Tuple.of(35, Arbitraries.longs().between(1, k - 1)),
                Tuple.of(20, Arbitraries.longs().between(k, 3L * k)),
                Tuple.of(15, Arbitraries.longs().between(3L * k, 200)));
    }

    /** A random table: its dimensions, the values of each, and a count for every combination. */
    static final class Scenario {
        final int k;
        final List<Dimension> dimensions;
        final List<List<String>> domains;
        final List<Long> counts;

        Scenario(int k, List<Dimension> dimensions, List<List<String>> domains, List<Long> counts) {
            this.k = k;
            this.dimensions = dimensions;
            this.domains = domains;
            this.counts = counts;
        }

        /** Every combination of values, in the order of {@link #counts}. */
        List<List<String>> keys() {
            List<List<String>> keys = new ArrayList<>();
            keys.add(List.of());
            for (List<String> domain : domains) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> prefix : keys) {
                    for (String value : domain) {
                        List<String> key = new ArrayList<>(prefix);
                        key.add(value);
                        next.add(List.copyOf(key));
                    }
                }
                keys = next;
            }
            return keys;
        }

        CountTable table() {
            Map<List<String>, Long> map = new LinkedHashMap<>();
            List<List<String>> keys = keys();
            for (int i = 0; i < keys.size(); i++) {
                map.put(keys.get(i), counts.get(i));
            }
            return CountTable.of(dimensions, map);
        }

        /** One entry per case, as the cases themselves would be listed. */
        List<List<String>> cases() {
            List<List<String>> cases = new ArrayList<>();
            List<List<String>> keys = keys();
            for (int i = 0; i < keys.size(); i++) {
                for (long n = 0; n < counts.get(i); n++) {
                    cases.add(keys.get(i));
                }
            }
            return cases;
        }

        CountTable tableFromCases(List<List<String>> cases) {
            CountTable.Builder builder = CountTable.builder(dimensions);
            for (List<String> c : cases) {
                builder.add(c, 1);
            }
            return builder.build();
        }

        /** The true count of every value of the published table, by the attack's labels. */
        Map<String, Long> trueCounts(PublishedTable published) {
            Map<List<String>, Long> byKey = new HashMap<>();
            List<List<String>> keys = keys();
            long total = 0;
            for (int i = 0; i < keys.size(); i++) {
                byKey.merge(keys.get(i), counts.get(i), Long::sum);
                total += counts.get(i);
            }
            Map<String, Long> result = new TreeMap<>(Comparator.naturalOrder());
            for (PublishedCell cell : published.cells()) {
                result.put("cell " + cell.values(), byKey.get(cell.values()));
            }
            for (int d = 0; d < dimensions.size(); d++) {
                for (String value : domains.get(d)) {
                    long sum = 0;
                    for (int i = 0; i < keys.size(); i++) {
                        if (keys.get(i).get(d).equals(value)) {
                            sum += counts.get(i);
                        }
                    }
                    if (sum > 0) {
                        result.put("margin " + dimensions.get(d).wireName() + "=" + value, sum);
                    }
                }
            }
            result.put("total", total);
            return result;
        }

        /**
         * The published table with one more value published (with one dimension, a cell and its
         * margin are the same value and are published together).
         */
        PublishedTable publishAlso(PublishedTable table, String label, long count) {
            boolean oneDimension = dimensions.size() == 1;
            String dimensionName = oneDimension ? dimensions.get(0).wireName() : null;
            List<PublishedCell> cells = new ArrayList<>();
            for (PublishedCell cell : table.cells()) {
                boolean match = label.equals("cell " + cell.values())
                        || oneDimension && label.equals("margin " + dimensionName + "=" + cell.values().get(0));
                cells.add(match ? new PublishedCell(cell.values(), PublishedCount.of(count)) : cell);
            }
            Map<Dimension, List<PublishedMargin>> margins = new LinkedHashMap<>();
            for (Dimension dimension : dimensions) {
                List<PublishedMargin> list = new ArrayList<>();
                for (PublishedMargin margin : table.margins(dimension)) {
                    boolean match = label.equals("margin " + dimension.wireName() + "=" + margin.value())
                            || oneDimension && label.equals("cell " + List.of(margin.value()));
                    list.add(match ? new PublishedMargin(margin.value(), PublishedCount.of(count)) : margin);
                }
                margins.put(dimension, list);
            }
            PublishedCount total = label.equals("total") ? PublishedCount.of(count) : table.total();
            return new PublishedTable(dimensions, k, total, cells, margins);
        }

        @Override
        public String toString() {
            return "k=" + k + " " + dimensions + " " + domains + " " + counts;
        }
    }
}
