package be.ariadne.statistics.app;

import be.ariadne.statistics.Dimension;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.time.YearMonth;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts table {@code statistics_case_fact}: written in multi-row statements (a batch of
 * 10,000 cases is a handful of statements), read with one {@code GROUP BY}.
 */
@Repository
class FactStore {
    static final String TABLE = "statistics_case_fact";
    private static final String COLUMNS = "case_id, registration_date, registration_year, centre, gender, age_group, "
            + "citizenship_group, exploitation_group, nationality, counted, updated_at";
    private static final int WIDTH = 11;
    /** Rows per INSERT statement (well under the 65,535 parameters PostgreSQL allows). */
    static final int ROWS_PER_INSERT = 1000;
    private static final int IDS_PER_DELETE = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    FactStore(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** The column of a dimension. */
    static String column(Dimension d) {
        return switch (d) {
            case YEAR -> "registration_year";
            case CENTRE -> "centre";
            case GENDER -> "gender";
            case AGE_GROUP -> "age_group";
            case CITIZENSHIP_GROUP -> "citizenship_group";
            case EXPLOITATION_GROUP -> "exploitation_group";
        };
    }

    /**
     * Replaces the rows of these cases (the last row wins for a case given twice) and moves the
     * monthly and yearly counts by the difference.
     */
    void upsert(List<FactRow> rows) {
        if (rows.isEmpty()) return;
        Map<Long, FactRow> byCase = new HashMap<>();
        List<FactRow> unique = new ArrayList<>(rows.size());
        for (FactRow r : rows) {
            if (byCase.put(r.caseId(), r) == null) unique.add(r);
        }
        unique.replaceAll(r -> byCase.get(r.caseId()));
        List<FactRow> old = existing(unique.stream().map(FactRow::caseId).toList());
        Map<CountKey, Long> deltas = new TreeMap<>();
        for (FactRow r : old) if (r.counted()) addDelta(deltas, r, -1);
        for (FactRow r : unique) if (r.counted()) addDelta(deltas, r, 1);
        deltas.values().removeIf(d -> d == 0);
        delete(old.stream().map(FactRow::caseId).toList());
        insert(unique);
        applyDeltas(deltas);
    }

    /** A row of {@code statistics_count}; ordered, so that concurrent writers lock rows in the same order. */
    record CountKey(String grain, int period, String centre, String gender, String ageGroup, String citizenshipGroup,
                    String exploitationGroup) implements Comparable<CountKey> {
        private static final java.util.Comparator<CountKey> ORDER = java.util.Comparator.comparing(CountKey::grain)
                .thenComparingInt(CountKey::period).thenComparing(CountKey::centre).thenComparing(CountKey::gender)
                .thenComparing(CountKey::ageGroup).thenComparing(CountKey::citizenshipGroup).thenComparing(CountKey::exploitationGroup);

        @Override
        public int compareTo(CountKey o) {
            return ORDER.compare(this, o);
        }
    }

    private static void addDelta(Map<CountKey, Long> deltas, FactRow r, long d) {
        LocalDate day = r.registrationDate();
        deltas.merge(new CountKey("Y", day.getYear(), r.centre(), r.gender(), r.ageGroup(), r.citizenshipGroup(), r.exploitationGroup()),
                d, Long::sum);
        deltas.merge(new CountKey("M", day.getYear() * 100 + day.getMonthValue(), r.centre(), r.gender(), r.ageGroup(),
                r.citizenshipGroup(), r.exploitationGroup()), d, Long::sum);
    }

    /** Creates the missing count rows (as 0; a concurrent writer creating the same row is no error), then adds the deltas. */
    private void applyDeltas(Map<CountKey, Long> deltas) {
        if (deltas.isEmpty()) return;
        List<CountKey> created = deltas.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        String one = "(?, ?, ?, ?, ?, ?, ?, 0)";
        for (int from = 0; from < created.size(); from += ROWS_PER_INSERT) {
            List<CountKey> part = created.subList(from, Math.min(created.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO statistics_count (grain, period_code, centre, gender, age_group, "
                    + "citizenship_group, exploitation_group, cases) VALUES ");
            List<Object> params = new ArrayList<>(part.size() * 7);
            for (int i = 0; i < part.size(); i++) {
                if (i > 0) sql.append(", ");
                sql.append(one);
                CountKey k = part.get(i);
                params.addAll(List.of(k.grain(), k.period(), k.centre(), k.gender(), k.ageGroup(), k.citizenshipGroup(), k.exploitationGroup()));
            }
            sql.append(" ON CONFLICT DO NOTHING");
            jdbc.sql(sql.toString()).params(params).update();
        }
        List<Object[]> updates = new ArrayList<>(deltas.size());
        deltas.forEach((k, d) -> updates.add(new Object[] {d, k.grain(), k.period(), k.centre(), k.gender(), k.ageGroup(),
                k.citizenshipGroup(), k.exploitationGroup()}));
        template.batchUpdate("UPDATE statistics_count SET cases = cases + ? WHERE grain = ? AND period_code = ? AND centre = ? "
                + "AND gender = ? AND age_group = ? AND citizenship_group = ? AND exploitation_group = ?", updates);
    }

    /** The current rows of these cases, for those that have one. */
    private List<FactRow> existing(List<Long> ids) {
        List<FactRow> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_DELETE) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_DELETE));
            out.addAll(jdbc.sql("SELECT case_id, registration_date, centre, gender, age_group, citizenship_group, exploitation_group, "
                            + "nationality, counted FROM " + TABLE + " WHERE case_id IN (" + "?, ".repeat(part.size() - 1) + "?)")
                    .params(new ArrayList<Object>(part))
                    .query((rs, n) -> new FactRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9)))
                    .list());
        }
        return out;
    }

    /** Inserts rows of cases that have none yet (the bench's bulk load). */
    void insert(List<FactRow> rows) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String one = "(" + "?, ".repeat(WIDTH - 1) + "?)";
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<FactRow> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder(64 + part.size() * 36).append("INSERT INTO ").append(TABLE)
                    .append(" (").append(COLUMNS).append(") VALUES ");
            List<Object> params = new ArrayList<>(part.size() * WIDTH);
            for (int i = 0; i < part.size(); i++) {
                if (i > 0) sql.append(", ");
                sql.append(one);
                FactRow r = part.get(i);
                params.add(r.caseId());
                params.add(r.registrationDate());
                params.add(r.registrationDate().getYear());
                params.add(r.centre());
                params.add(r.gender());
                params.add(r.ageGroup());
                params.add(r.citizenshipGroup());
                params.add(r.exploitationGroup());
                params.add(r.nationality() == null ? new SqlParameterValue(Types.VARCHAR, null) : r.nationality());
                params.add(r.counted());
                params.add(now);
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    private void delete(List<Long> ids) {
        if (ids.isEmpty()) return;
        for (int from = 0; from < ids.size(); from += IDS_PER_DELETE) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_DELETE));
            jdbc.sql("DELETE FROM " + TABLE + " WHERE case_id IN (" + "?, ".repeat(part.size() - 1) + "?)")
                    .params(new ArrayList<Object>(part)).update();
        }
    }

    /** The highest case id in the table, 0 when empty (where a catch-up goes on from). */
    long maxCaseId() {
        return jdbc.sql("SELECT COALESCE(MAX(case_id), 0) FROM " + TABLE).query(Long.class).single();
    }

    long size() {
        return jdbc.sql("SELECT COUNT(*) FROM " + TABLE).query(Long.class).single();
    }

    /** What to count: counted cases registered in [from, to], of one centre or all (null). */
    record Selection(LocalDate from, LocalDate to, String centre) {
    }

    /**
     * Counts by the dimensions: the rows of {@code SELECT dims, COUNT(*) ... GROUP BY dims}, keyed
     * by the values in the order of {@code dimensions}.
     */
    Map<List<String>, Long> count(List<Dimension> dimensions, Selection s) {
        return count(dimensions, s, Map.of());
    }

    /**
     * As {@link #count(List, Selection)}, with some dimensions read through an SQL expression of
     * the columns instead of their column. The range is cut into whole years and whole months,
     * counted from {@code statistics_count}, and the days at its edges, counted from the facts.
     */
    Map<List<String>, Long> count(List<Dimension> dimensions, Selection s, Map<Dimension, String> expressions) {
        Map<List<String>, Long> counts = new HashMap<>();
        LocalDate from = s.from();
        LocalDate to = s.to();
        YearMonth firstMonth = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        YearMonth lastMonth = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to) : YearMonth.from(to).minusMonths(1);
        if (firstMonth.isAfter(lastMonth)) {
            countFacts(dimensions, from, to, s.centre(), expressions, counts);
            return counts;
        }
        if (from.isBefore(firstMonth.atDay(1))) countFacts(dimensions, from, firstMonth.atDay(1).minusDays(1), s.centre(), expressions, counts);
        if (to.isAfter(lastMonth.atEndOfMonth())) countFacts(dimensions, lastMonth.atEndOfMonth().plusDays(1), to, s.centre(), expressions, counts);
        int firstYear = firstMonth.getMonthValue() == 1 ? firstMonth.getYear() : firstMonth.getYear() + 1;
        int lastYear = lastMonth.getMonthValue() == 12 ? lastMonth.getYear() : lastMonth.getYear() - 1;
        if (firstYear > lastYear) {
            countPeriods(dimensions, "M", code(firstMonth), code(lastMonth), s.centre(), expressions, counts);
            return counts;
        }
        countPeriods(dimensions, "Y", firstYear, lastYear, s.centre(), expressions, counts);
        if (firstMonth.getYear() < firstYear) {
            countPeriods(dimensions, "M", code(firstMonth), code(YearMonth.of(firstMonth.getYear(), 12)), s.centre(), expressions, counts);
        }
        if (lastMonth.getYear() > lastYear) {
            countPeriods(dimensions, "M", code(YearMonth.of(lastMonth.getYear(), 1)), code(lastMonth), s.centre(), expressions, counts);
        }
        return counts;
    }

    private static int code(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }

    private void countFacts(List<Dimension> dimensions, LocalDate from, LocalDate to, String centre,
                            Map<Dimension, String> expressions, Map<List<String>, Long> counts) {
        List<String> cols = new ArrayList<>();
        for (Dimension d : dimensions) cols.add(expressions.getOrDefault(d, column(d)));
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String c : cols) sql.append(c).append(", ");
        sql.append("COUNT(*) FROM ").append(TABLE).append(" WHERE registration_date BETWEEN ? AND ? AND counted = TRUE");
        List<Object> params = new ArrayList<>(List.of(from, to));
        run(sql, params, centre, cols, dimensions.size(), counts);
    }

    private void countPeriods(List<Dimension> dimensions, String grain, int first, int last, String centre,
                              Map<Dimension, String> expressions, Map<List<String>, Long> counts) {
        List<String> cols = new ArrayList<>();
        for (Dimension d : dimensions) {
            cols.add(d == Dimension.YEAR ? (grain.equals("Y") ? "period_code" : "(period_code / 100)")
                    : expressions.getOrDefault(d, column(d)));
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String c : cols) sql.append(c).append(", ");
        sql.append("SUM(cases) FROM statistics_count WHERE grain = ? AND period_code BETWEEN ? AND ? AND cases > 0");
        List<Object> params = new ArrayList<>(List.of(grain, first, last));
        run(sql, params, centre, cols, dimensions.size(), counts);
    }

    private void run(StringBuilder sql, List<Object> params, String centre, List<String> cols, int n, Map<List<String>, Long> counts) {
        if (centre != null) {
            sql.append(" AND centre = ?");
            params.add(centre);
        }
        if (!cols.isEmpty()) sql.append(" GROUP BY ").append(String.join(", ", cols));
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            List<String> key = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) key.add(rs.getString(i));
            long c = rs.getLong(n + 1);
            if (c > 0) counts.merge(List.copyOf(key), c, Long::sum);
        });
    }

    /** Number of distinct nationalities among the selected cases (a count of countries, not of people). */
    long nationalities(Selection s) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(DISTINCT nationality) FROM ").append(TABLE)
                .append(" WHERE counted = TRUE AND registration_date BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>(List.of(s.from(), s.to()));
        if (s.centre() != null) {
            sql.append(" AND centre = ?");
            params.add(s.centre());
        }
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** The registration years present, ascending (for the dashboard's filter). */
    List<Integer> years(String centre) {
        return centre == null
                ? jdbc.sql("SELECT DISTINCT period_code FROM statistics_count WHERE grain = 'Y' AND cases > 0 ORDER BY period_code")
                        .query(Integer.class).list()
                : jdbc.sql("SELECT DISTINCT period_code FROM statistics_count WHERE grain = 'Y' AND cases > 0 AND centre = ? ORDER BY period_code")
                        .param(centre).query(Integer.class).list();
    }

    /** The centres present, alphabetically. */
    List<String> centres() {
        return jdbc.sql("SELECT DISTINCT centre FROM statistics_count WHERE grain = 'Y' AND cases > 0 ORDER BY centre").query(String.class).list();
    }
}
