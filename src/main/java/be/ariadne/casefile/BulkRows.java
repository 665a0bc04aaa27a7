package be.ariadne.casefile;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for one table, written in bulk inside the current transaction: on PostgreSQL with
 * {@code COPY … FROM STDIN} (the driver's copy API, reached by reflection because the driver is a
 * runtime dependency), elsewhere as multi-row {@code INSERT}s of a few hundred rows each.
 */
final class BulkRows {
    private static final HexFormat HEX = HexFormat.of();
    final String table;
    final String columns;
    final int width;
    final List<Object[]> rows = new ArrayList<>();

    BulkRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
        this.width = columns.split(",").length;
    }

    void add(Object... values) {
        if (values.length != width) throw new IllegalArgumentException(table + ": " + values.length + " values for " + width + " columns");
        rows.add(values);
    }

    int size() {
        return rows.size();
    }

    /** Writes the rows and forgets them. */
    void flush(JdbcClient jdbc, DataSource dataSource, boolean postgres) {
        if (rows.isEmpty()) return;
        if (postgres) copy(dataSource);
        else insert(jdbc);
        rows.clear();
    }

    /**
     * Writes the rows, which must not name the {@code id} column, and returns the ids they got, in
     * order: on PostgreSQL drawn from the identity's sequence and written with COPY, elsewhere the
     * generated keys of multi-row INSERTs.
     */
    List<Long> flushWithIds(JdbcClient jdbc, DataSource dataSource, boolean postgres) {
        List<Long> ids = new ArrayList<>(rows.size());
        if (rows.isEmpty()) return ids;
        if (postgres) {
            ids.addAll(jdbc.sql("SELECT nextval(pg_get_serial_sequence('" + table + "', 'id')) FROM generate_series(1, ?)")
                    .param(rows.size()).query(Long.class).list());
            List<Object[]> withIds = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                Object[] w = new Object[r.length + 1];
                w[0] = ids.get(i);
                System.arraycopy(r, 0, w, 1, r.length);
                withIds.add(w);
            }
            BulkRows copy = new BulkRows(table, "id, " + columns);
            copy.rows.addAll(withIds);
            copy.copy(dataSource);
        } else {
            int perStatement = Math.max(1, 12_000 / width);
            String one = "(" + "?, ".repeat(width - 1) + "?)";
            for (int from = 0; from < rows.size(); from += perStatement) {
                List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + perStatement));
                StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES ");
                List<Object> params = new ArrayList<>(part.size() * width);
                for (int i = 0; i < part.size(); i++) {
                    if (i > 0) sql.append(", ");
                    sql.append(one);
                    for (Object v : part.get(i)) params.add(typed(v));
                }
                org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql(sql.toString()).params(params).update(keys, "id");
                for (java.util.Map<String, Object> k : keys.getKeyList()) {
                    Object v = k.values().iterator().next();
                    ids.add(((Number) v).longValue());
                }
                if (keys.getKeyList().size() != part.size()) throw new IllegalStateException(table + ": generated keys missing");
            }
        }
        rows.clear();
        return ids;
    }

    private void insert(JdbcClient jdbc) {
        int perStatement = Math.max(1, 12_000 / width);
        String one = "(" + "?, ".repeat(width - 1) + "?)";
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + perStatement));
            StringBuilder sql = new StringBuilder(64 + part.size() * one.length()).append("INSERT INTO ").append(table)
                    .append(" (").append(columns).append(") VALUES ");
            List<Object> params = new ArrayList<>(part.size() * width);
            for (int i = 0; i < part.size(); i++) {
                if (i > 0) sql.append(", ");
                sql.append(one);
                for (Object v : part.get(i)) params.add(typed(v));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    private static Object typed(Object v) {
        if (v == null) return new SqlParameterValue(Types.NULL, null);
        if (v instanceof byte[]) return new SqlParameterValue(Types.VARBINARY, v);
        return v;
    }

    private void copy(DataSource dataSource) {
        StringBuilder text = new StringBuilder(rows.size() * width * 24);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) text.append('\t');
                append(text, row[i]);
            }
            text.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Class<?> pg = Class.forName("org.postgresql.PGConnection");
            Object api = pg.getMethod("getCopyAPI").invoke(connection.unwrap(pg));
            Method copyIn = api.getClass().getMethod("copyIn", String.class, java.io.Reader.class);
            copyIn.invoke(api, "COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(text.toString()));
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException | SQLException e) {
            throw new IllegalStateException("COPY into " + table + " is not available: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One value in COPY's text format. */
    private static void append(StringBuilder out, Object v) {
        if (v == null) {
            out.append("\\N");
        } else if (v instanceof byte[] b) {
            out.append("\\\\x").append(HEX.formatHex(b));
        } else if (v instanceof OffsetDateTime t) {
            out.append(t);
        } else if (v instanceof LocalDate d) {
            out.append(d);
        } else if (v instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (v instanceof Number n) {
            out.append(n);
        } else {
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
    }
}
