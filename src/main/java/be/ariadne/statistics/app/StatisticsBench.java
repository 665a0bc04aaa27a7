package be.ariadne.statistics.app;

import be.ariadne.casefile.CaseFacts;
import be.ariadne.casefile.CaseFactsChanged;
import be.ariadne.casefile.CaseStatus;
import be.ariadne.casefile.ExploitationForm;
import be.ariadne.casefile.Gender;
import be.ariadne.casefile.TraffickingStatus;
import be.ariadne.shared.cli.CliCommand;
import be.ariadne.statistics.Dimension;
import be.ariadne.statistics.PublishedTable;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar ariadne.jar bench statistics [--cases N] [--runs R]}: fills the facts table with
 * N generated cases (1,000,000 by default; reused when already there) through the same listener
 * the case file's events reach, in batches of 10,000 as a bulk import publishes them, then times
 * every one-dimension query and three-dimension queries with suppression (SQL and disclosure
 * control, as the API runs them) R times each (after warm-up runs), and prints p50/p95. Targets: every
 * one-dimension query under 300 ms, the three-dimension query under 1 s (at p95); exit 0 when met.
 * The generated cases have negative ids, so they never collide with real cases.
 */
@Component
class StatisticsBench implements CliCommand {
    static final String[] CENTRES = {"PAG_ASA", "PAYOKE", "SURYA", "ESPERANTO", "MINOR_NDAKO", "JUNA"};
    static final double[] CENTRE_WEIGHTS = {0.36, 0.32, 0.22, 0.04, 0.04, 0.02};
    /** Frequent citizenships, then a long tail. */
    static final String[] FREQUENT = {"MA", "RO", "NG", "BR", "IN", "BG", "CN", "VN", "AL", "BE", "UA", "ER", "AF", "PH", "TH"};
    static final String[] TAIL = {"AO", "AM", "BD", "BY", "CD", "CM", "CO", "DZ", "EG", "ET", "GE", "GH", "GN", "HU", "IQ", "IR", "KE",
        "LK", "MD", "MN", "NE", "NP", "PK", "PL", "RS", "RU", "SD", "SK", "SL", "SN", "SO", "SY", "TN", "TR", "UG", "VE", "XK", "ZW",
        "FR", "NL", "IT", "ES", "PT", "DE", "LT", "LV", "CZ", "HR", "SI", "GR"};
    static final int BATCH = 10_000;
    static final int WARM_UP = 5;
    static final int FIRST_YEAR = 2013;
    static final int YEARS = 13;

    private final JdbcClient jdbc;
    private final FactStore store;
    private final FactsUpdater updater;
    private final VictimStatistics statistics;
    private final EurostatTable eurostat;
    private final TransactionTemplate tx;

    StatisticsBench(JdbcClient jdbc, FactStore store, FactsUpdater updater, VictimStatistics statistics, EurostatTable eurostat,
                    TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.store = store;
        this.updater = updater;
        this.statistics = statistics;
        this.eurostat = eurostat;
        this.tx = tx;
    }

    @Override
    public String name() {
        return "bench statistics";
    }

    @Override
    public String usage() {
        return "bench statistics [--cases N] [--runs R]   fill the statistics facts with N generated cases and time the queries";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int cases = 1_000_000;
        int runs = 15;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--cases") || a.equals("--runs")) && i + 1 < args.size()) {
                String v = args.get(++i);
                int n;
                try {
                    n = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    err.println(a + ": must be a whole number, not '" + v + "'");
                    return 2;
                }
                if (n < 1 || n > 10_000_000) {
                    err.println(a + ": must be between 1 and 10000000, not " + n);
                    return 2;
                }
                if (a.equals("--cases")) cases = n;
                else runs = n;
            } else {
                err.println("Unknown option or missing value: " + a);
                err.println("Usage: " + usage());
                return 2;
            }
        }
        fill(cases, out);
        int stale = updater.refresh();
        if (stale > 0) out.printf("refresh: counts of %d stale months rebuilt%n", stale);
        return measure(runs, out);
    }

    void fill(int target, PrintStream out) {
        long existing = jdbc.sql("SELECT COUNT(*) FROM " + FactStore.TABLE + " WHERE case_id < 0").query(Long.class).single();
        if (existing >= target) {
            out.printf("fill: %d generated cases already there%n", existing);
            return;
        }
        SplittableRandom r = new SplittableRandom(20_261_128L + existing);
        long started = System.nanoTime();
        long slowest = 0;
        long id = -existing - 1;
        for (long made = existing; made < target; ) {
            int n = (int) Math.min(BATCH, target - made);
            List<CaseFacts> batch = new ArrayList<>(n);
            for (int i = 0; i < n; i++) batch.add(generate(id--, r));
            long t0 = System.nanoTime();
            tx.executeWithoutResult(s -> updater.on(new CaseFactsChanged(batch)));
            long took = System.nanoTime() - t0;
            slowest = Math.max(slowest, took);
            made += n;
            if (made % 100_000 == 0 || made == target) {
                out.printf("fill: %d / %d cases (%.0f s)%n", made, target, (System.nanoTime() - started) / 1e9);
            }
        }
        out.printf("fill: done in %.1f s; slowest batch of %d through the CaseFactsChanged listener: %.0f ms%n",
                (System.nanoTime() - started) / 1e9, BATCH, slowest / 1e6);
        long r0 = System.nanoTime();
        int months = updater.refresh();
        analyze();
        out.printf("refresh: counts of %d months rebuilt in %.1f s%n", months, (System.nanoTime() - r0) / 1e9);
    }

    private void analyze() {
        try {
            jdbc.sql("ANALYZE " + FactStore.TABLE).update();
        } catch (RuntimeException e) {
            try {
                jdbc.sql("ANALYZE TABLE " + FactStore.TABLE).update();
            } catch (RuntimeException ignored) {
                // statistics are kept by the database itself
            }
        }
    }

    /** A synthetic case following the Belgian pattern: men mostly in labour, women mostly in sexual exploitation, ~10% children. */
    static CaseFacts generate(long id, SplittableRandom r) {
        LocalDate registered = LocalDate.of(FIRST_YEAR + r.nextInt(YEARS), 1, 1).plusDays(r.nextInt(365));
        double g = r.nextDouble();
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        Gender gender;
        if (g < 0.55) {
            forms.add(ExploitationForm.LABOUR);
            gender = r.nextDouble() < 0.8 ? Gender.MASCULINE : Gender.FEMININE;
        } else if (g < 0.85) {
            forms.add(ExploitationForm.SEXUAL);
            gender = r.nextDouble() < 0.85 ? Gender.FEMININE : r.nextDouble() < 0.7 ? Gender.MASCULINE : Gender.TRANSGENDER_FEMININE;
        } else if (g < 0.95) {
            forms.add(r.nextBoolean() ? ExploitationForm.FORCED_CRIME : r.nextBoolean() ? ExploitationForm.BEGGING : ExploitationForm.FORCED_MARRIAGE);
            gender = r.nextBoolean() ? Gender.MASCULINE : Gender.FEMININE;
        } else if (g < 0.98) {
            forms.add(ExploitationForm.LABOUR);
            forms.add(ExploitationForm.FORCED_CRIME);
            gender = Gender.MASCULINE;
        } else {
            gender = r.nextDouble() < 0.5 ? Gender.UNKNOWN : Gender.NON_CONFORMING;
        }
        Integer birthYear = null;
        Integer age = null;
        double a = r.nextDouble();
        if (a < 0.10) age = 12 + r.nextInt(6);
        else if (a < 0.97) birthYear = registered.getYear() - 18 - r.nextInt(45);
        if (age != null && r.nextBoolean()) {
            birthYear = registered.getYear() - age;
            age = null;
        }
        List<String> citizenships;
        double c = r.nextDouble();
        if (c < 0.03) citizenships = List.of();
        else if (c < 0.85) citizenships = List.of(FREQUENT[(int) Math.floor(Math.pow(r.nextDouble(), 1.7) * FREQUENT.length)]);
        else citizenships = List.of(TAIL[r.nextInt(TAIL.length)]);
        if (r.nextInt(100) == 0 && !citizenships.isEmpty()) citizenships = List.of(citizenships.get(0), "BE");
        String centre = pick(CENTRES, CENTRE_WEIGHTS, r);
        TraffickingStatus status = r.nextInt(50) == 0 ? TraffickingStatus.NOT_A_VICTIM : TraffickingStatus.POSSIBLE_VICTIM;
        return new CaseFacts(id, "BENCH" + (-id), centre, registered, gender, null, birthYear, age, citizenships, forms, status,
                CaseStatus.ACTIVE);
    }

    private static String pick(String[] values, double[] weights, SplittableRandom r) {
        double x = r.nextDouble();
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) return values[i];
        }
        return values[values.length - 1];
    }

    int measure(int runs, PrintStream out) {
        LocalDate from = LocalDate.of(FIRST_YEAR, 1, 1);
        LocalDate to = LocalDate.of(FIRST_YEAR + YEARS - 1, 12, 31);
        out.printf("facts table: %d rows; every query over %s .. %s, %d runs after " + WARM_UP + " warm-up runs%n", store.size(), from, to, runs);
        // A server answers warm: one pass over every kind of query first (JIT, database caches), not timed.
        for (Dimension d : Dimension.values()) {
            for (int i = 0; i < WARM_UP; i++) statistics.count(new VictimStatistics.Query(from.plusDays(i), to, List.of(d)), null);
        }
        out.printf("%-58s %9s %9s %9s %10s%n", "query", "p50 ms", "p95 ms", "max ms", "suppressed");
        boolean met = true;
        for (Dimension d : Dimension.values()) {
            met &= time("by=" + d.wireName(), new VictimStatistics.Query(from, to, List.of(d)), null, runs, 300, out);
        }
        met &= time("by=gender (one year)", new VictimStatistics.Query(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                List.of(Dimension.GENDER)), null, runs, 300, out);
        met &= time("by=exploitationGroup (centre PAYOKE's staff)", new VictimStatistics.Query(from, to,
                List.of(Dimension.EXPLOITATION_GROUP)), "PAYOKE", runs, 300, out);
        met &= time("by=year,centre,citizenshipGroup", new VictimStatistics.Query(from, to,
                List.of(Dimension.YEAR, Dimension.CENTRE, Dimension.CITIZENSHIP_GROUP)), null, runs, 1000, out);
        met &= time("by=centre,gender,exploitationGroup (one year)", new VictimStatistics.Query(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), List.of(Dimension.CENTRE, Dimension.GENDER, Dimension.EXPLOITATION_GROUP)), null, runs, 1000, out);
        met &= time("by=gender,ageGroup,exploitationGroup", new VictimStatistics.Query(from, to,
                List.of(Dimension.GENDER, Dimension.AGE_GROUP, Dimension.EXPLOITATION_GROUP)), null, runs, 1000, out);
        // Narrow selections have small cells: these tables need primary and complementary suppression.
        met &= time("by=centre,gender,exploitationGroup (one month)", new VictimStatistics.Query(LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 31).plusDays(runs + WARM_UP), List.of(Dimension.CENTRE, Dimension.GENDER, Dimension.EXPLOITATION_GROUP)),
                null, runs, 1000, out);
        met &= time("by=gender,ageGroup,citizenshipGroup (JUNA's staff, 1 year)", new VictimStatistics.Query(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31).plusDays(runs + WARM_UP), List.of(Dimension.GENDER, Dimension.AGE_GROUP, Dimension.CITIZENSHIP_GROUP)),
                "JUNA", runs, 1000, out);
        List<Long> csv = new ArrayList<>();
        for (int i = 0; i < runs + WARM_UP; i++) {
            long t0 = System.nanoTime();
            eurostat.csv(new EurostatTable.Years(FIRST_YEAR + i % 3, FIRST_YEAR + YEARS - 1), null);
            if (i >= WARM_UP) csv.add(System.nanoTime() - t0);
        }
        out.printf("%-58s %9.1f %9.1f %9.1f %10s%n", "Eurostat table, " + YEARS + " years (information)", pct(csv, 50), pct(csv, 95), pct(csv, 100), "");
        out.printf("targets: one-dimension queries < 300 ms, three-dimension query with suppression < 1000 ms (p95): %s%n",
                met ? "MET" : "NOT MET");
        return met ? 0 : 1;
    }

    /**
     * Times a query; run i moves both ends of the range i days inwards (every run is a different
     * query, so no database can answer from a cache of results, and the days at the edges are
     * counted from the facts).
     */
    private boolean time(String label, VictimStatistics.Query q, String centre, int runs, double targetMs, PrintStream out) {
        List<Long> nanos = new ArrayList<>();
        PublishedTable last = null;
        for (int i = 0; i < runs + WARM_UP; i++) {
            VictimStatistics.Query shifted = new VictimStatistics.Query(q.from().plusDays(i), q.to().minusDays(i), q.by());
            long t0 = System.nanoTime();
            last = statistics.count(shifted, centre);
            if (i >= WARM_UP) nanos.add(System.nanoTime() - t0);
        }
        double p95 = pct(nanos, 95);
        out.printf("%-58s %9.1f %9.1f %9.1f %10d%s%n", label, pct(nanos, 50), p95, pct(nanos, 100), last.suppressedCount(),
                p95 < targetMs ? "" : "  over " + (int) targetMs + " ms");
        return p95 < targetMs;
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    static double pct(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
