package be.ariadne.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts of cases by zero to three dimensions, built from aggregated counts (what a SQL
 * {@code GROUP BY} over the dimensions returns): the cells, the one-dimension margins and the
 * total. Cells and values with a count of zero are left out. Everything is in publication order.
 */
public final class CountTable {

    private final List<Dimension> dimensions;
    private final List<List<String>> values;
    private final SortedMap<List<String>, Long> cells;
    private final List<Map<String, Long>> margins;
    private final long total;

    private CountTable(List<Dimension> dimensions, Map<List<String>, Long> counts) {
        this.dimensions = checkDimensions(dimensions);
        SortedMap<List<String>, Long> sorted = new TreeMap<>(tupleOrder(this.dimensions));
        for (Map.Entry<List<String>, Long> entry : counts.entrySet()) {
            List<String> key = checkKey(entry.getKey());
            Long count = entry.getValue();
            if (count == null || count < 0) {
                throw new InvalidStatisticsInputException("count", "statistics.error.count.negative", count, key);
            }
            if (count > 0) {
                sorted.merge(key, count, Math::addExact);
            }
        }
        this.cells = Collections.unmodifiableSortedMap(sorted);
        List<List<String>> domains = new ArrayList<>();
        List<Map<String, Long>> sums = new ArrayList<>();
        long sum = 0;
        for (int d = 0; d < this.dimensions.size(); d++) {
            Map<String, Long> margin = new TreeMap<>(this.dimensions.get(d).valueOrder());
            for (Map.Entry<List<String>, Long> cell : sorted.entrySet()) {
                margin.merge(cell.getKey().get(d), cell.getValue(), Math::addExact);
            }
            sums.add(Collections.unmodifiableMap(new LinkedHashMap<>(margin)));
            domains.add(List.copyOf(margin.keySet()));
        }
        for (long count : sorted.values()) {
            sum = Math.addExact(sum, count);
        }
        this.values = List.copyOf(domains);
        this.margins = List.copyOf(sums);
        this.total = sum;
    }

    /**
     * A table from aggregated counts: each key holds one value per dimension, in the order of
     * {@code dimensions}; with no dimension, the only key is the empty list. Counts of zero are
     * allowed and ignored.
     *
     * @throws InvalidStatisticsInputException for more than three or repeated dimensions, a key
     *                                         of the wrong length, a value the dimension cannot
     *                                         take, or a negative count
     */
    public static CountTable of(List<Dimension> dimensions, Map<List<String>, Long> counts) {
        if (counts == null) {
            throw new InvalidStatisticsInputException("counts", "statistics.error.required");
        }
        return new CountTable(dimensions, counts);
    }

    /** A builder that adds up counts, e.g. one per classified case. */
    public static Builder builder(List<Dimension> dimensions) {
        return new Builder(checkDimensions(dimensions));
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** The values of a dimension that have at least one case, in publication order. */
    public List<String> values(Dimension dimension) {
        return values.get(indexOf(dimension));
    }

    /** The non-zero cells, keyed by their values in the order of {@link #dimensions()}, in publication order. */
    public SortedMap<List<String>, Long> cells() {
        return cells;
    }

    /** The count of one cell, zero when it has no case. */
    public long cell(List<String> key) {
        return cells.getOrDefault(key, 0L);
    }

    /** The one-dimension sums of a dimension, by value, non-zero only, in publication order. */
    public Map<String, Long> margins(Dimension dimension) {
        return margins.get(indexOf(dimension));
    }

    /** The number of cases with that value in that dimension. */
    public long margin(Dimension dimension, String value) {
        return margins(dimension).getOrDefault(value, 0L);
    }

    public long total() {
        return total;
    }

    int indexOf(Dimension dimension) {
        int index = dimensions.indexOf(dimension);
        if (index < 0) {
            throw new IllegalArgumentException("the table is not counted by " + dimension.wireName());
        }
        return index;
    }

    @Override
    public String toString() {
        return "CountTable" + dimensions + cells + " total " + total;
    }

    private List<String> checkKey(List<String> key) {
        if (key == null || key.size() != dimensions.size()) {
            throw new InvalidStatisticsInputException("counts", "statistics.error.key.length",
                    dimensions.size(), key == null ? "null" : key.size(), key);
        }
        for (int d = 0; d < key.size(); d++) {
            dimensions.get(d).checkValue(key.get(d));
        }
        return List.copyOf(key);
    }

    private static List<Dimension> checkDimensions(List<Dimension> dimensions) {
        if (dimensions == null || dimensions.stream().anyMatch(Objects::isNull)) {
            throw new InvalidStatisticsInputException("by", "statistics.error.required");
        }
        if (dimensions.size() > Dimension.MAX_DIMENSIONS) {
            throw new InvalidStatisticsInputException("by", "statistics.error.by.tooMany",
                    Dimension.MAX_DIMENSIONS, dimensions.size());
        }
        Set<Dimension> seen = new HashSet<>();
        for (Dimension dimension : dimensions) {
            if (!seen.add(dimension)) {
                throw new InvalidStatisticsInputException("by", "statistics.error.by.repeated", dimension.wireName());
            }
        }
        return List.copyOf(dimensions);
    }

    private static Comparator<List<String>> tupleOrder(List<Dimension> dimensions) {
        return (a, b) -> {
            for (int d = 0; d < dimensions.size(); d++) {
                int c = dimensions.get(d).valueOrder().compare(a.get(d), b.get(d));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    /** Adds up counts by cell; {@link #build()} gives the table. */
    public static final class Builder {
        private final List<Dimension> dimensions;
        private final Map<List<String>, Long> counts = new HashMap<>();

        private Builder(List<Dimension> dimensions) {
            this.dimensions = dimensions;
        }

        /** Adds {@code count} cases to the cell with these values. */
        public Builder add(List<String> key, long count) {
            if (count < 0) {
                throw new InvalidStatisticsInputException("count", "statistics.error.count.negative", count, key);
            }
            if (key == null) {
                throw new InvalidStatisticsInputException("counts", "statistics.error.key.length",
                        dimensions.size(), "null", "null");
            }
            // A copy that keeps null values, so that build() rejects them naming the dimension.
            counts.merge(Collections.unmodifiableList(new ArrayList<>(key)), count, Math::addExact);
            return this;
        }

        /** Adds one case, placed by its classification. */
        public Builder add(Classification classification) {
            return add(classification.values(dimensions), 1);
        }

        public CountTable build() {
            return new CountTable(dimensions, counts);
        }
    }
}
