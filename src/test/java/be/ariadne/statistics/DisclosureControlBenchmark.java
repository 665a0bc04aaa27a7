package be.ariadne.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Disclosure control of the largest realistic query: 10 years × 6 centres × 6 genders (360
 * cells, 22 margins, the total). Cases are drawn with fixed seeds from skewed distributions
 * (most victims in three centres, men and women far more often recorded than the other
 * genders), so that there are many empty and small cells. {@code casesPerYear} 150 is Belgium's
 * order of magnitude; larger values give fewer primary and more complementary suppressions.
 * Target: well under 200 ms per table (the whole query, database included, must answer in 1 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DisclosureControlBenchmark {

    private static final List<String> CENTRES = List.of("PAG_ASA", "PAYOKE", "SURYA", "ESPERANTO", "MINOR_NDAKO", "JUNA");
    private static final double[] CENTRE_WEIGHTS = {0.30, 0.30, 0.25, 0.06, 0.05, 0.04};
    private static final List<String> GENDERS = Dimension.GENDER.fixedValues();
    /** FEMININE, MASCULINE, TRANSGENDER_FEMININE, TRANSGENDER_MASCULINE, NON_CONFORMING, UNKNOWN. */
    private static final double[] GENDER_WEIGHTS = {0.40, 0.54, 0.015, 0.01, 0.01, 0.025};

    @Param({"150", "600", "3000"})
    public int casesPerYear;

    @Param({"1", "2", "3"})
    public long seed;

    private CountTable table;
    private DisclosureControl control;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(seed);
        Map<List<String>, Long> counts = new HashMap<>();
        for (int year = 2016; year < 2026; year++) {
            // Yearly totals vary by about a third around the typical figure.
            int cases = (int) Math.round(casesPerYear * (0.7 + 0.6 * random.nextDouble()));
            for (int i = 0; i < cases; i++) {
                List<String> key = List.of(Integer.toString(year), CENTRES.get(draw(random, CENTRE_WEIGHTS)),
                        GENDERS.get(draw(random, GENDER_WEIGHTS)));
                counts.merge(key, 1L, Long::sum);
            }
        }
        table = CountTable.of(List.of(Dimension.YEAR, Dimension.CENTRE, Dimension.GENDER), counts);
        control = new DisclosureControl();
    }

    private static int draw(Random random, double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    @Benchmark
    public PublishedTable publish() {
        return control.publish(table);
    }
}
