package be.ariadne.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CountTableTest {

    private static final List<Dimension> GENDER_BY_EXPLOITATION = List.of(Dimension.GENDER, Dimension.EXPLOITATION_GROUP);

    @Test
    void cellsMarginsAndTotalFromAggregatedCounts() {
        Map<List<String>, Long> counts = new HashMap<>();
        counts.put(List.of("MASCULINE", "LABOUR"), 61L);
        counts.put(List.of("FEMININE", "SEXUAL"), 40L);
        counts.put(List.of("FEMININE", "LABOUR"), 9L);
        counts.put(List.of("MASCULINE", "OTHER"), 3L);
        counts.put(List.of("NON_CONFORMING", "UNKNOWN"), 0L);

        CountTable table = CountTable.of(GENDER_BY_EXPLOITATION, counts);

        // Publication order: the contract's order of codes, not the order of the map or the alphabet.
        assertThat(table.cells().keySet()).containsExactly(List.of("FEMININE", "SEXUAL"), List.of("FEMININE", "LABOUR"),
                List.of("MASCULINE", "LABOUR"), List.of("MASCULINE", "OTHER"));
        assertThat(table.cell(List.of("MASCULINE", "LABOUR"))).isEqualTo(61);
        assertThat(table.cell(List.of("NON_CONFORMING", "UNKNOWN"))).isZero();
        assertThat(table.values(Dimension.GENDER)).containsExactly("FEMININE", "MASCULINE");
        assertThat(table.margins(Dimension.GENDER)).containsExactly(Map.entry("FEMININE", 49L), Map.entry("MASCULINE", 64L));
        assertThat(table.margins(Dimension.EXPLOITATION_GROUP))
                .containsExactly(Map.entry("SEXUAL", 40L), Map.entry("LABOUR", 70L), Map.entry("OTHER", 3L));
        assertThat(table.margin(Dimension.EXPLOITATION_GROUP, "MULTIPLE")).isZero();
        assertThat(table.total()).isEqualTo(113);
    }

    @Test
    void yearsAndCentresAreOrderedNaturally() {
        Map<List<String>, Long> counts = Map.of(List.of("2025", "SURYA"), 5L, List.of("2019", "PAYOKE"), 7L,
                List.of("2025", "PAG_ASA"), 1L);
        CountTable table = CountTable.of(List.of(Dimension.YEAR, Dimension.CENTRE), counts);
        assertThat(table.cells().keySet()).containsExactly(List.of("2019", "PAYOKE"), List.of("2025", "PAG_ASA"),
                List.of("2025", "SURYA"));
        assertThat(table.values(Dimension.CENTRE)).containsExactly("PAG_ASA", "PAYOKE", "SURYA");
    }

    @Test
    void noDimensionIsJustTheTotal() {
        CountTable table = CountTable.of(List.of(), Map.of(List.of(), 145L));
        assertThat(table.total()).isEqualTo(145);
        assertThat(table.dimensions()).isEmpty();
        assertThat(CountTable.of(List.of(), Map.of()).total()).isZero();
    }

    @Test
    void theBuilderCountsClassifiedCases() {
        CaseClassifier classifier = CaseClassifier.withBundledCatalogues();
        List<Dimension> dimensions = List.of(Dimension.AGE_GROUP, Dimension.CITIZENSHIP_GROUP);
        CountTable.Builder builder = CountTable.builder(dimensions);
        for (CaseFacts facts : List.of(
                new CaseFacts(LocalDate.of(2025, 2, 1), "PAG_ASA", Gender.FEMININE, null, 2010, null, List.of("RO"), null),
                new CaseFacts(LocalDate.of(2025, 3, 1), "PAG_ASA", Gender.FEMININE, null, 2009, null, List.of("BG"), null),
                new CaseFacts(LocalDate.of(2025, 4, 1), "PAYOKE", Gender.MASCULINE, null, 1990, null, List.of("IN"), null),
                new CaseFacts(LocalDate.of(2025, 5, 1), "SURYA", Gender.MASCULINE, null, null, null, List.of(), null))) {
            builder.add(classifier.classify(facts));
        }
        builder.add(List.of("ADULT", "NON_EU"), 2);

        CountTable table = builder.build();

        assertThat(table.cells()).containsExactly(Map.entry(List.of("CHILD", "OTHER_EU"), 2L),
                Map.entry(List.of("ADULT", "NON_EU"), 3L), Map.entry(List.of("UNKNOWN", "UNKNOWN"), 1L));
        assertThat(table.total()).isEqualTo(6);
    }

    @Test
    void badInputIsRejectedNamingTheField() {
        assertThatThrownBy(() -> CountTable.of(GENDER_BY_EXPLOITATION, Map.of(List.of("FEMININE"), 3L)))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("counts");
                    assertThat(e.getMessage()).isEqualTo("counts: a cell needs 2 values (one per dimension), 1 were given: [FEMININE]");
                });
        assertThatThrownBy(() -> CountTable.of(GENDER_BY_EXPLOITATION, Map.of(List.of("FEMALE", "SEXUAL"), 3L)))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("gender: FEMALE is not a value of the dimension gender"));
        assertThatThrownBy(() -> CountTable.of(GENDER_BY_EXPLOITATION, Map.of(List.of("FEMININE", "SEXUAL"), -1L)))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class,
                        e -> assertThat(e.field()).isEqualTo("count"));
        assertThatThrownBy(() -> CountTable.builder(GENDER_BY_EXPLOITATION).add(Arrays.asList("FEMININE", null), 1).build())
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class,
                        e -> assertThat(e.field()).isEqualTo("exploitationGroup"));
        assertThatThrownBy(() -> CountTable.of(List.of(Dimension.GENDER, Dimension.GENDER), Map.of()))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class, e -> assertThat(e.field()).isEqualTo("by"));
        assertThatThrownBy(() -> CountTable.of(List.of(Dimension.YEAR, Dimension.CENTRE, Dimension.GENDER,
                Dimension.AGE_GROUP), Map.of()))
                .isInstanceOfSatisfying(InvalidStatisticsInputException.class, e -> assertThat(e.field()).isEqualTo("by"));
        assertThatThrownBy(() -> CountTable.of(GENDER_BY_EXPLOITATION, Map.of()).margins(Dimension.YEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year");
        assertThat(Set.of(CountTable.of(GENDER_BY_EXPLOITATION, Map.of()).total())).containsExactly(0L);
    }
}
