package be.ariadne.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Disclosure control of count tables, as the statistics contract requires: primary suppression
 * of every cell, margin or total with 0 &lt; count &lt; k, then complementary suppression until no
 * suppressed value can be recovered exactly by adding and subtracting along the table's
 * dimensions. Deterministic: the same table always gives the same publication.
 */
public final class DisclosureControl {

    /** The threshold used when none is configured. */
    public static final int DEFAULT_K = 5;
    /** Thresholds below this protect nobody: a count of 1 or 2 is a person one can find. */
    public static final int MINIMUM_K = 3;

    private final int k;

    /** Disclosure control with the default threshold {@value #DEFAULT_K}. */
    public DisclosureControl() {
        this(DEFAULT_K);
    }

    /**
     * @param k the smallest count that may be published, at least {@value #MINIMUM_K}
     * @throws InvalidStatisticsInputException (field {@code k}) when k is below {@value #MINIMUM_K}
     */
    public DisclosureControl(int k) {
        if (k < MINIMUM_K) {
            throw new InvalidStatisticsInputException("k", "statistics.error.k.tooLow", MINIMUM_K, k);
        }
        this.k = k;
    }

    public int k() {
        return k;
    }

    /** The table with every value that must not be published suppressed. */
    public PublishedTable publish(CountTable table) {
        if (table == null) {
            throw new IllegalArgumentException("table is required");
        }
        return publish(table, Row.Arithmetic.LONG);
    }

    PublishedTable publish(CountTable table, Row.Arithmetic arithmetic) {
        SuppressionModel model = new SuppressionModel(table);
        boolean[] suppressed;
        try {
            suppressed = new Suppressor(model, k, arithmetic).run();
        } catch (ArithmeticException overflow) {
            // The same algorithm in arbitrary precision gives the answer 64-bit arithmetic would have given.
            suppressed = new Suppressor(model, k, Row.Arithmetic.BIG).run();
        }
        return assemble(table, model, suppressed);
    }

    private PublishedTable assemble(CountTable table, SuppressionModel model, boolean[] suppressed) {
        List<Dimension> dimensions = table.dimensions();
        List<PublishedCell> cells = new ArrayList<>();
        if (!dimensions.isEmpty()) {
            int x = 0; // cells are the model's first variables, in the table's order
            for (List<String> key : table.cells().keySet()) {
                cells.add(new PublishedCell(key, published(model, suppressed, x++)));
            }
        }
        Map<Dimension, List<PublishedMargin>> margins = new LinkedHashMap<>();
        for (int d = 0; d < dimensions.size(); d++) {
            List<String> values = table.values(dimensions.get(d));
            List<PublishedMargin> list = new ArrayList<>();
            for (int v = 0; v < values.size(); v++) {
                list.add(new PublishedMargin(values.get(v), published(model, suppressed, model.marginVariable[d][v])));
            }
            margins.put(dimensions.get(d), list);
        }
        return new PublishedTable(dimensions, k, published(model, suppressed, model.totalVariable),
                cells, margins);
    }

    private static PublishedCount published(SuppressionModel model, boolean[] suppressed, int variable) {
        return suppressed[variable] ? PublishedCount.suppressed() : PublishedCount.of(model.counts[variable]);
    }

    @Override
    public String toString() {
        return "DisclosureControl(k=" + k + ")";
    }
}
