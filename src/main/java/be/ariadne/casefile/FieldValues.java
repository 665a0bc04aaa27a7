package be.ariadne.casefile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The one canonical text of every typed value (for encrypted columns and history rows), and the
 * conversions between typed values and columns. Multi-valued codes are stored as {@code ;A;B;} so
 * that a search for one code is a plain {@code LIKE '%;A;%'}.
 */
final class FieldValues {
    private FieldValues() {
    }

    /** The canonical text of a value; null for null or an empty list. */
    static String canonical(FieldType type, Object value) {
        if (value == null) return null;
        if (type.multi()) {
            @SuppressWarnings("unchecked") List<String> l = (List<String>) value;
            return l.isEmpty() ? null : String.join(";", l);
        }
        if (value instanceof BigDecimal d) return d.toPlainString();
        return value.toString();
    }

    /** The typed value of a canonical text. */
    static Object parse(FieldType type, String text) {
        if (text == null) return type.multi() ? List.of() : null;
        return switch (type) {
            case CODES, COUNTRIES, LANGUAGES -> text.isEmpty() ? List.of() : List.copyOf(Arrays.asList(text.split(";")));
            case INTEGER -> Integer.valueOf(text);
            case DECIMAL -> new BigDecimal(text);
            case DATE -> LocalDate.parse(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case REF -> Long.valueOf(text);
            default -> text;
        };
    }

    /** The JDBC parameter for a plain (not encrypted) column, typed even when null. */
    static Object param(FieldSpec f, Object value) {
        if (f.encrypted) return new SqlParameterValue(Types.VARBINARY, value);
        return switch (f.type) {
            case CODES, COUNTRIES, LANGUAGES -> {
                String c = canonical(f.type, value);
                yield new SqlParameterValue(Types.VARCHAR, c == null ? null : ";" + c + ";");
            }
            case INTEGER -> new SqlParameterValue(Types.INTEGER, value);
            case DECIMAL -> new SqlParameterValue(Types.DECIMAL, value);
            case DATE -> value == null ? new SqlParameterValue(Types.DATE, null) : value;
            case BOOLEAN -> new SqlParameterValue(Types.BOOLEAN, value == null ? Boolean.FALSE : value);
            case REF -> new SqlParameterValue(Types.BIGINT, value);
            default -> new SqlParameterValue(Types.VARCHAR, value);
        };
    }

    /** The typed value of a plain column. */
    static Object read(FieldSpec f, ResultSet rs) throws SQLException {
        return read(f, rs, "");
    }

    /** The typed value of a plain column read under a prefix (joined queries). */
    static Object read(FieldSpec f, ResultSet rs, String prefix) throws SQLException {
        String col = prefix + f.column;
        return switch (f.type) {
            case CODES, COUNTRIES, LANGUAGES -> {
                String s = rs.getString(col);
                if (s == null) yield List.of();
                List<String> out = new ArrayList<>();
                for (String part : s.split(";")) if (!part.isEmpty()) out.add(part);
                yield List.copyOf(out);
            }
            case INTEGER -> {
                int i = rs.getInt(col);
                yield rs.wasNull() ? null : i;
            }
            case DECIMAL -> rs.getBigDecimal(col);
            case DATE -> rs.getObject(col, LocalDate.class);
            case BOOLEAN -> rs.getBoolean(col);
            case REF -> {
                long l = rs.getLong(col);
                yield rs.wasNull() ? null : l;
            }
            default -> rs.getString(col);
        };
    }
}
