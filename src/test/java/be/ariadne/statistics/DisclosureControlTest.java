package be.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small tables with the suppression pattern worked out by hand. Tables are written as text:
 * one dimension {@code "F=10 M=2"}; two dimensions one row per value of the first
 * ({@code "2020: F=20 M=2 / 2021: F=15 M=12"}). The expected publication is rendered the same
 * way, with {@code *} for a suppressed value and the margins after {@code |} and on a last
 * {@code Σ} row.
 */
class DisclosureControlTest {

    static Stream<Arguments> tables() {
        return Stream.of(
                // --- no dimension: only the total
                Arguments.of("a total below k is suppressed", 5, List.of(), "3", "total=*"),
                Arguments.of("a total of k is published", 5, List.of(), "5", "total=5"),
                Arguments.of("no case at all is a published zero", 5, List.of(), "0", "total=0"),
                Arguments.of("k = 3 publishes 4", 3, List.of(), "4", "total=4"),

                // --- one dimension: the cells are the margins
                Arguments.of("one small cell and a published total: the smallest other cell goes too",
                        5, List.of(Dimension.GENDER), "FEMININE=10 MASCULINE=2 UNKNOWN=20",
                        "FEMININE=* MASCULINE=* UNKNOWN=20 | total=32"),
                Arguments.of("two suppressed cells adding up to 2 would both be 1: a third cell goes",
                        5, List.of(Dimension.GENDER), "FEMININE=1 MASCULINE=1 UNKNOWN=20",
                        "FEMININE=* MASCULINE=* UNKNOWN=* | total=22"),
                Arguments.of("a single small value: cell and total", 5, List.of(Dimension.GENDER), "FEMININE=3",
                        "FEMININE=* | total=*"),
                Arguments.of("a single value above k", 5, List.of(Dimension.GENDER), "FEMININE=7",
                        "FEMININE=7 | total=7"),
                Arguments.of("two values, one small: both cells go, the total stays", 5, List.of(Dimension.AGE_GROUP),
                        "CHILD=3 ADULT=12", "CHILD=* ADULT=* | total=15"),
                Arguments.of("nothing small", 5, List.of(Dimension.AGE_GROUP), "CHILD=12 ADULT=30",
                        "CHILD=12 ADULT=30 | total=42"),
                Arguments.of("a total below k too", 5, List.of(Dimension.AGE_GROUP), "CHILD=2 ADULT=2",
                        "CHILD=* ADULT=* | total=*"),
                Arguments.of("two small cells protect each other", 5, List.of(Dimension.AGE_GROUP), "CHILD=3 ADULT=3",
                        "CHILD=* ADULT=* | total=6"),
                Arguments.of("zero cells are omitted, being published zeros", 5, List.of(Dimension.AGE_GROUP),
                        "CHILD=0 ADULT=7 UNKNOWN=0", "ADULT=7 | total=7"),
                Arguments.of("k = 3", 3, List.of(Dimension.AGE_GROUP), "CHILD=3 ADULT=4 UNKNOWN=20",
                        "CHILD=3 ADULT=4 UNKNOWN=20 | total=27"),
                Arguments.of("the same with k = 5", 5, List.of(Dimension.AGE_GROUP), "CHILD=3 ADULT=4 UNKNOWN=20",
                        "CHILD=* ADULT=* UNKNOWN=20 | total=27"),

                // --- two dimensions
                Arguments.of("one small cell: the cheapest rectangle of cells", 5,
                        List.of(Dimension.YEAR, Dimension.GENDER),
                        "2020: FEMININE=20 MASCULINE=2 UNKNOWN=30 / 2021: FEMININE=15 MASCULINE=12 UNKNOWN=40 / "
                                + "2022: FEMININE=9 MASCULINE=25 UNKNOWN=11",
                        "2020: * * 30 | 52 / 2021: * * 40 | 67 / 2022: 9 25 11 | 45 / Σ: 44 39 81 | 164"),
                Arguments.of("a small row margin needs a second row margin", 5,
                        List.of(Dimension.YEAR, Dimension.GENDER),
                        "2020: FEMININE=2 MASCULINE=1 / 2021: FEMININE=10 MASCULINE=20 / 2022: FEMININE=8 MASCULINE=9",
                        "2020: * * | * / 2021: 10 20 | 30 / 2022: * * | * / Σ: 20 30 | 50"),
                Arguments.of("a dimension with a single value: its margin is the total", 5,
                        List.of(Dimension.YEAR, Dimension.CENTRE),
                        "2024: PAYOKE=10 / 2025: PAYOKE=2",
                        "2024: * | * / 2025: * | * / Σ: 12 | 12"),
                Arguments.of("the other dimension with a single value", 5,
                        List.of(Dimension.YEAR, Dimension.CENTRE),
                        "2025: PAYOKE=3 SURYA=10",
                        "2025: * * | 13 / Σ: * * | 13"),
                Arguments.of("a total below k suppresses everything", 5,
                        List.of(Dimension.YEAR, Dimension.GENDER),
                        "2020: FEMININE=1 MASCULINE=0 / 2021: FEMININE=0 MASCULINE=2",
                        "2020: * 0 | * / 2021: 0 * | * / Σ: * * | *"),
                Arguments.of("a table of ones: six listed cells and a total of 6 would say each is 1", 5,
                        List.of(Dimension.YEAR, Dimension.GENDER),
                        "2020: FEMININE=1 MASCULINE=1 / 2021: FEMININE=1 MASCULINE=1 / 2022: FEMININE=1 MASCULINE=1",
                        "2020: * * | * / 2021: * * | * / 2022: * * | * / Σ: * * | *"),
                Arguments.of("ones beside a large cell: the large cell breaks the sum", 5,
                        List.of(Dimension.YEAR, Dimension.GENDER),
                        "2020: FEMININE=1 MASCULINE=1 / 2021: FEMININE=1 MASCULINE=1 / 2022: FEMININE=1 MASCULINE=9",
                        "2020: * * | * / 2021: * * | * / 2022: * * | * / Σ: * * | 14"),
                Arguments.of("nothing small", 5, List.of(Dimension.YEAR, Dimension.GENDER),
                        "2020: FEMININE=5 MASCULINE=6 / 2021: FEMININE=0 MASCULINE=20",
                        "2020: 5 6 | 11 / 2021: 0 20 | 20 / Σ: 5 26 | 31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void suppressionPattern(String description, int k, List<Dimension> dimensions, String counts, String expected) {
        CountTable table = parse(dimensions, counts);
        PublishedTable published = new DisclosureControl(k).publish(table);
        assertThat(render(published, table)).isEqualTo(expected);
        if (dimensions.size() == 1) {
            // With one dimension the margins are the cells, under the same suppression.
            assertThat(published.margins(dimensions.get(0))).extracting(PublishedMargin::count)
                    .containsExactlyElementsOf(published.cells().stream().map(PublishedCell::count).toList());
        }
        assertThat(new LinearAttack(published).recoverable()).isEmpty();
    }

    @Test
    void inThreeDimensionsOneSmallCellNeedsARectangleWithinASlice() {
        List<Dimension> dimensions = List.of(Dimension.YEAR, Dimension.CENTRE, Dimension.GENDER);
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (String year : List.of("2024", "2025")) {
            for (String centre : List.of("PAYOKE", "SURYA")) {
                for (String gender : List.of("FEMININE", "MASCULINE")) {
                    counts.put(List.of(year, centre, gender), 10L);
                }
            }
        }
        counts.put(List.of("2024", "PAYOKE", "FEMININE"), 2L);

        PublishedTable published = new DisclosureControl().publish(CountTable.of(dimensions, counts));

        // With only one-dimension margins published, each suppressed cell needs a partner in each of
        // its three slices: four cells of the same year, margins and total untouched.
        assertThat(published.cells().stream().filter(c -> c.count().isSuppressed()).map(PublishedCell::values))
                .containsExactly(List.of("2024", "PAYOKE", "FEMININE"), List.of("2024", "PAYOKE", "MASCULINE"),
                        List.of("2024", "SURYA", "FEMININE"), List.of("2024", "SURYA", "MASCULINE"));
        assertThat(published.suppressedCount()).isEqualTo(4);
        assertThat(published.total()).isEqualTo(PublishedCount.of(72));
        assertThat(published.margins(Dimension.YEAR)).containsExactly(
                new PublishedMargin("2024", PublishedCount.of(32)), new PublishedMargin("2025", PublishedCount.of(40)));
    }

    @Test
    void kIsFiveByDefaultAndNeverBelowThree() {
        assertThat(new DisclosureControl().k()).isEqualTo(5);
        assertThat(new DisclosureControl(3).k()).isEqualTo(3);
        assertThat(new DisclosureControl(11).publish(CountTable.of(List.of(), Map.of(List.of(), 10L))).k()).isEqualTo(11);
        for (int k : new int[] {2, 1, 0, -5}) {
            assertThatThrownBy(() -> new DisclosureControl(k))
                    .isInstanceOfSatisfying(InvalidStatisticsInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("k");
                        assertThat(e.getMessage()).isEqualTo("k: the disclosure threshold k must be at least 3, it is " + k);
                    });
        }
    }

    @Test
    void theAttackOfTheTestsDoesFindAnExposedValue() {
        // The checker the properties rely on must be able to fail: one suppressed cell beside a published total.
        PublishedTable leaky = new PublishedTable(List.of(Dimension.GENDER), 5, PublishedCount.of(32),
                List.of(new PublishedCell(List.of("FEMININE"), PublishedCount.of(30)),
                        new PublishedCell(List.of("MASCULINE"), PublishedCount.suppressed())),
                Map.of(Dimension.GENDER, List.of(new PublishedMargin("FEMININE", PublishedCount.of(30)),
                        new PublishedMargin("MASCULINE", PublishedCount.suppressed()))));
        assertThat(new LinearAttack(leaky).recoverable()).containsExactly("cell [MASCULINE]", "margin gender=MASCULINE");

        PublishedTable primaryOnly = new PublishedTable(List.of(Dimension.YEAR, Dimension.GENDER), 5,
                PublishedCount.of(40),
                List.of(new PublishedCell(List.of("2020", "FEMININE"), PublishedCount.suppressed()),
                        new PublishedCell(List.of("2020", "MASCULINE"), PublishedCount.of(10)),
                        new PublishedCell(List.of("2021", "FEMININE"), PublishedCount.suppressed()),
                        new PublishedCell(List.of("2021", "MASCULINE"), PublishedCount.of(20))),
                Map.of(Dimension.YEAR, List.of(new PublishedMargin("2020", PublishedCount.of(12)),
                                new PublishedMargin("2021", PublishedCount.of(28))),
                        Dimension.GENDER, List.of(new PublishedMargin("FEMININE", PublishedCount.suppressed()),
                                new PublishedMargin("MASCULINE", PublishedCount.of(30)))));
        assertThat(new LinearAttack(primaryOnly).recoverable())
                .containsExactly("cell [2020, FEMININE]", "cell [2021, FEMININE]", "margin gender=FEMININE");
    }

    @Test
    void sixtyFourBitOverflowIsDetected() {
        Row row = Row.Arithmetic.LONG.zeros(2);
        row.set(0, 3);
        row.set(1, Long.MAX_VALUE / 2);
        Row pivot = Row.Arithmetic.LONG.zeros(2);
        pivot.set(0, 2);
        pivot.set(1, -Long.MAX_VALUE / 2);
        assertThatThrownBy(() -> row.eliminate(0, pivot)).isInstanceOf(ArithmeticException.class);

        Row big = Row.Arithmetic.BIG.zeros(2);
        big.set(0, 3);
        big.set(1, Long.MAX_VALUE / 2);
        Row bigPivot = Row.Arithmetic.BIG.zeros(2);
        bigPivot.set(0, 2);
        bigPivot.set(1, -Long.MAX_VALUE / 2);
        big.eliminate(0, bigPivot);
        assertThat(big.signum(0)).isZero();
        assertThat(big.signum(1)).isEqualTo(1);
    }

    @Test
    void eliminationKeepsRowsPrimitive() {
        Row row = Row.Arithmetic.LONG.zeros(3);
        row.set(0, 4);
        row.set(1, 6);
        row.set(2, 8);
        Row pivot = Row.Arithmetic.LONG.zeros(3);
        pivot.set(0, 2);
        pivot.set(1, 1);
        // (2·(4, 6, 8) − 4·(2, 1, 0)) / 4 = (0, 2, 4) / 2 = (0, 1, 2)
        row.eliminate(0, pivot);
        Row expected = Row.Arithmetic.LONG.zeros(3);
        expected.set(1, 1);
        expected.set(2, 2);
        Row check = Row.Arithmetic.LONG.zeros(3);
        check.set(1, 1);
        check.set(2, 2);
        check.eliminate(1, row); // a primitive row equal to the other eliminates it entirely
        assertThat(check.nonZeroCount(0, 3)).isZero();
        assertThat(row.signum(1)).isEqualTo(1);
    }

    // --- text format of the tables

    static CountTable parse(List<Dimension> dimensions, String text) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        if (dimensions.isEmpty()) {
            counts.put(List.of(), Long.parseLong(text.strip()));
        } else if (dimensions.size() == 1) {
            for (String pair : text.strip().split("\\s+")) {
                String[] parts = pair.split("=");
                counts.put(List.of(parts[0]), Long.parseLong(parts[1]));
            }
        } else {
            for (String line : text.split("/")) {
                String[] head = line.split(":");
                for (String pair : head[1].strip().split("\\s+")) {
                    String[] parts = pair.split("=");
                    counts.put(List.of(head[0].strip(), parts[0]), Long.parseLong(parts[1]));
                }
            }
        }
        return CountTable.of(dimensions, counts);
    }

    static String render(PublishedTable published, CountTable table) {
        List<Dimension> dimensions = published.dimensions();
        if (dimensions.isEmpty()) {
            return "total=" + text(published.total());
        }
        if (dimensions.size() == 1) {
            List<String> parts = new ArrayList<>();
            published.cells().forEach(c -> parts.add(c.values().get(0) + "=" + text(c.count())));
            return String.join(" ", parts) + " | total=" + text(published.total());
        }
        Map<List<String>, PublishedCount> cells = new LinkedHashMap<>();
        published.cells().forEach(c -> cells.put(c.values(), c.count()));
        List<String> rows = new ArrayList<>();
        List<PublishedMargin> rowMargins = published.margins(dimensions.get(0));
        List<PublishedMargin> columnMargins = published.margins(dimensions.get(1));
        for (PublishedMargin row : rowMargins) {
            List<String> parts = new ArrayList<>();
            for (PublishedMargin column : columnMargins) {
                PublishedCount count = cells.get(List.of(row.value(), column.value()));
                parts.add(count == null ? "0" : text(count));
            }
            rows.add(row.value() + ": " + String.join(" ", parts) + " | " + text(row.count()));
        }
        List<String> sums = new ArrayList<>();
        columnMargins.forEach(m -> sums.add(text(m.count())));
        rows.add("Σ: " + String.join(" ", sums) + " | " + text(published.total()));
        return String.join(" / ", rows);
    }

    private static String text(PublishedCount count) {
        return count.isSuppressed() ? "*" : Long.toString(count.count());
    }
}
