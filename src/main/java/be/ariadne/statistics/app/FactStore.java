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

    /** Replaces the rows of these cases (the last row wins for a case given twice). */
    void upsert(List<FactRow> rows) {
        if (rows.isEmpty()) return;
        Map<Long, FactRow> byCase = new HashMap<>();
        List<FactRow> unique = new ArrayList<>(rows.size());
        for (FactRow r : rows) {
            if (byCase.put(r.caseId(), r) == null) unique.add(r);
        }
        unique.replaceAll(r -> byCase.get(r.caseId()));
        delete(unique.stream().map(FactRow::caseId).toList());
        insert(unique);
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

    /** As {@link #count(List, Selection)}, with some dimensions read through an SQL expression instead of their column. */
    Map<List<String>, Long> count(List<Dimension> dimensions, Selection s, Map<Dimension, String> expressions) {
        List<String> cols = new ArrayList<>();
        for (Dimension d : dimensions) cols.add(expressions.getOrDefault(d, column(d)));
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String c : cols) sql.append(c).append(", ");
        sql.append("COUNT(*) FROM ").append(TABLE).append(" WHERE counted = TRUE AND registration_date BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>(List.of(s.from(), s.to()));
        if (s.centre() != null) {
            sql.append(" AND centre = ?");
            params.add(s.centre());
        }
        if (!cols.isEmpty()) sql.append(" GROUP BY ").append(String.join(", ", cols));
        Map<List<String>, Long> counts = new HashMap<>();
        int n = dimensions.size();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            List<String> key = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) key.add(rs.getString(i));
            counts.merge(List.copyOf(key), rs.getLong(n + 1), Long::sum);
        });
        return counts;
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

    /** Victims per nationality among the selected cases, known nationalities only. */
    Map<String, Long> byNationality(Selection s) {
        StringBuilder sql = new StringBuilder("SELECT nationality, COUNT(*) FROM ").append(TABLE)
                .append(" WHERE counted = TRUE AND nationality IS NOT NULL AND registration_date BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>(List.of(s.from(), s.to()));
        if (s.centre() != null) {
            sql.append(" AND centre = ?");
            params.add(s.centre());
        }
        sql.append(" GROUP BY nationality");
        Map<String, Long> out = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }

    /** The registration years present, ascending (for the dashboard's filter). */
    List<Integer> years(String centre) {
        return centre == null
                ? jdbc.sql("SELECT DISTINCT registration_year FROM " + TABLE + " WHERE counted = TRUE ORDER BY registration_year")
                        .query(Integer.class).list()
                : jdbc.sql("SELECT DISTINCT registration_year FROM " + TABLE + " WHERE counted = TRUE AND centre = ? ORDER BY registration_year")
                        .param(centre).query(Integer.class).list();
    }

    /** The centres present, alphabetically. */
    List<String> centres() {
        return jdbc.sql("SELECT DISTINCT centre FROM " + TABLE + " ORDER BY centre").query(String.class).list();
    }
}
