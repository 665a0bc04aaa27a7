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
    private final Clock clock;

    FactStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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
     * Replaces the rows of these cases (the last row wins for a case given twice) and marks the
     * months concerned (before and after) stale. A batch of 10,000 cases is about 25 statements.
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
        java.util.SortedSet<Integer> months = new java.util.TreeSet<>();
        for (FactRow r : old) months.add(monthCode(r.registrationDate()));
        for (FactRow r : unique) months.add(monthCode(r.registrationDate()));
        delete(old.stream().map(FactRow::caseId).toList());
        insert(unique);
        markStale(months);
    }

    static int monthCode(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** Marks months as stale: creates the marks (a concurrent writer creating one too is no error), then moves them. */
    private void markStale(java.util.SortedSet<Integer> months) {
        if (months.isEmpty()) return;
        List<Object> codes = new ArrayList<>(months);
        jdbc.sql("INSERT INTO statistics_stale_month (period_code, changes) VALUES " + "(?, 0), ".repeat(codes.size() - 1) + "(?, 0) "
                + "ON CONFLICT DO NOTHING").params(codes).update();
        jdbc.sql("UPDATE statistics_stale_month SET changes = changes + 1 WHERE period_code IN (" + "?, ".repeat(codes.size() - 1) + "?)")
                .params(codes).update();
    }

    /** The stale months with their change counters, in order. */
    java.util.SortedMap<Integer, Long> staleMonths() {
        java.util.SortedMap<Integer, Long> out = new TreeMap<>();
        jdbc.sql("SELECT period_code, changes FROM statistics_stale_month").query(rs -> {
            out.put(rs.getInt(1), rs.getLong(2));
        });
        return out;
    }

    /**
     * Rebuilds the counts of one month from the facts, and its year's counts from its months; the
     * mark goes only if nobody changed the month meanwhile. Run one at a time (see {@link FactsUpdater}).
     */
    void rebuild(int month, long changes) {
        YearMonth m = YearMonth.of(month / 100, month % 100);
        String dims = "centre, gender, age_group, citizenship_group, exploitation_group";
        jdbc.sql("DELETE FROM statistics_count WHERE grain = 'M' AND period_code = ?").param(month).update();
        jdbc.sql("INSERT INTO statistics_count (grain, period_code, " + dims + ", cases) SELECT 'M', ?, " + dims + ", COUNT(*) FROM "
                + TABLE + " WHERE registration_date BETWEEN ? AND ? AND counted = TRUE GROUP BY " + dims)
                .params(month, m.atDay(1), m.atEndOfMonth()).update();
        jdbc.sql("DELETE FROM statistics_count WHERE grain = 'Y' AND period_code = ?").param(m.getYear()).update();
        jdbc.sql("INSERT INTO statistics_count (grain, period_code, " + dims + ", cases) SELECT 'Y', ?, " + dims + ", SUM(cases) FROM "
                + "statistics_count WHERE grain = 'M' AND period_code BETWEEN ? AND ? GROUP BY " + dims)
                .params(m.getYear(), m.getYear() * 100 + 1, m.getYear() * 100 + 12).update();
        jdbc.sql("DELETE FROM statistics_stale_month WHERE period_code = ? AND changes = ?").params(month, changes).update();
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
        java.util.Set<Integer> stale = staleMonths().keySet();
        // Segments in date order: whole clean years, whole clean months, and days read from the facts.
        List<Object[]> segments = new ArrayList<>();
        LocalDate day = s.from();
        while (!day.isAfter(s.to())) {
            int year = day.getYear();
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            boolean yearClean = stale.stream().noneMatch(c -> c / 100 == year);
            if (day.getDayOfYear() == 1 && !yearEnd.isAfter(s.to()) && yearClean) {
                add(segments, "Y", year, year, null, null);
                day = yearEnd.plusDays(1);
                continue;
            }
            YearMonth month = YearMonth.from(day);
            LocalDate monthEnd = month.atEndOfMonth();
            LocalDate end = monthEnd.isAfter(s.to()) ? s.to() : monthEnd;
            if (day.getDayOfMonth() == 1 && end.equals(monthEnd) && !stale.contains(code(month))) {
                add(segments, "M", code(month), code(month), null, null);
            } else {
                add(segments, "D", 0, 0, day, end);
            }
            day = end.plusDays(1);
        }
        // One statement: the parts as UNION ALL branches, added up here.
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Object[] g : segments) {
            if (sql.length() > 0) sql.append(" UNION ALL ");
            if (g[0].equals("D")) factsBranch(sql, params, dimensions, (LocalDate) g[3], (LocalDate) g[4], s.centre(), expressions);
            else periodsBranch(sql, params, dimensions, (String) g[0], (Integer) g[1], (Integer) g[2], s.centre(), expressions);
        }
        int n = dimensions.size();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            List<String> key = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) key.add(rs.getString(i));
            long c = rs.getLong(n + 1);
            if (c > 0) counts.merge(List.copyOf(key), c, Long::sum);
        });
        return counts;
    }

    private static int code(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }

    /** Adds a segment, joined to the previous one when it is of the same kind and follows it. */
    private static void add(List<Object[]> segments, String kind, int first, int last, LocalDate from, LocalDate to) {
        if (!segments.isEmpty()) {
            Object[] prev = segments.get(segments.size() - 1);
            if (prev[0].equals(kind)) {
                if (kind.equals("D")) {
                    if (((LocalDate) prev[4]).plusDays(1).equals(from)) {
                        prev[4] = to;
                        return;
                    }
                } else {
                    prev[2] = last; // periods of one grain in a row: no other period lies between them
                    return;
                }
            }
        }
        segments.add(new Object[] {kind, first, last, from, to});
    }

    private static void factsBranch(StringBuilder sql, List<Object> params, List<Dimension> dimensions, LocalDate from, LocalDate to,
                                    String centre, Map<Dimension, String> expressions) {
        List<String> cols = new ArrayList<>();
        for (Dimension d : dimensions) cols.add(expressions.getOrDefault(d, column(d)));
        branch(sql, params, cols, "COUNT(*)", TABLE + " WHERE registration_date BETWEEN ? AND ? AND counted = TRUE",
                List.of(from, to), centre);
    }

    private static void periodsBranch(StringBuilder sql, List<Object> params, List<Dimension> dimensions, String grain, int first,
                                      int last, String centre, Map<Dimension, String> expressions) {
        List<String> cols = new ArrayList<>();
        for (Dimension d : dimensions) {
            cols.add(d == Dimension.YEAR ? (grain.equals("Y") ? "period_code" : "(period_code / 100)")
                    : expressions.getOrDefault(d, column(d)));
        }
        branch(sql, params, cols, "CAST(SUM(cases) AS BIGINT)",
                "statistics_count WHERE grain = ? AND period_code BETWEEN ? AND ? AND cases > 0", List.of(grain, first, last), centre);
    }

    private static void branch(StringBuilder sql, List<Object> params, List<String> cols, String count, String fromWhere,
                               List<Object> whereParams, String centre) {
        sql.append("SELECT ");
        for (int i = 0; i < cols.size(); i++) sql.append(cols.get(i)).append(" AS d").append(i).append(", ");
        sql.append(count).append(" AS n FROM ").append(fromWhere);
        params.addAll(whereParams);
        if (centre != null) {
            sql.append(" AND centre = ?");
            params.add(centre);
        }
        if (!cols.isEmpty()) sql.append(" GROUP BY ").append(String.join(", ", cols));
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
