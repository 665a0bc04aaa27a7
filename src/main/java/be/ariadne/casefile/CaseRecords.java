package be.ariadne.casefile;

import be.ariadne.crypto.Binding;
import be.ariadne.crypto.BlindIndex;
import be.ariadne.crypto.BlindIndexKind;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.shared.Actor;
import be.ariadne.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Storage of case records as {@link EntitySpec}s describe them: encrypts what is to be encrypted
 * (bound to table, column and case id), keeps the blind indexes of indexed fields in step, checks
 * versions (optimistic locking) and writes the history of every field changed. Does not check
 * access: the services ask {@link CaseGuard} first.
 */
@Component
class CaseRecords {
    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final BlindIndex blindIndex;
    private final CaseHistory history;
    private final Clock clock;

    private final be.ariadne.crypto.UnreadableValues unreadable;

    CaseRecords(JdbcClient jdbc, FieldEncryption encryption, BlindIndex blindIndex, CaseHistory history, Clock clock,
                be.ariadne.crypto.UnreadableValues unreadable) {
        this.unreadable = unreadable;
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.blindIndex = blindIndex;
        this.history = history;
        this.clock = clock;
    }

    /** A stored record: its values by field name, decrypted. */
    record Row(long id, long caseId, int version, Compartment compartment, Map<String, Object> values, Instant createdAt,
               String createdBy, String createdByOrg) {
        Object get(String field) {
            return values.get(field);
        }
    }

    // ---- reading ------------------------------------------------------------------------------

    Row singleton(EntitySpec e, long caseId) {
        return singleton(e, caseId, rs -> {
        });
    }

    /** A singleton record; {@code alsoRead} reads other columns of the same row (one round trip for both). */
    Row singleton(EntitySpec e, long caseId, RowReader alsoRead) {
        return jdbc.sql("SELECT * FROM " + e.table + " WHERE " + e.keyColumn + " = ?").param(caseId)
                .query((rs, n) -> {
                    alsoRead.read(rs);
                    return map(e, caseId, rs);
                }).optional()
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no " + e.name + " record"));
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** The records of a list; for records whose compartment is chosen per record, only those of {@code compartments}. */
    List<Row> list(EntitySpec e, long caseId, Set<Compartment> compartments) {
        if (e.perRowCompartment()) {
            if (compartments.isEmpty()) return List.of();
            String in = compartments.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "));
            return jdbc.sql("SELECT * FROM " + e.table + " WHERE case_id = ? AND compartment IN (" + in + ") ORDER BY " + e.orderBy)
                    .param(caseId).query((rs, n) -> map(e, caseId, rs)).list();
        }
        if (!compartments.contains(e.compartment)) return List.of();
        return jdbc.sql("SELECT * FROM " + e.table + " WHERE case_id = ? ORDER BY " + e.orderBy)
                .param(caseId).query((rs, n) -> map(e, caseId, rs)).list();
    }

    /** Which of these lists hold records for the case, in one round trip (so that empty lists are not queried). */
    Set<String> nonEmpty(List<String> tables, long caseId) {
        if (tables.isEmpty()) return Set.of();
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) sql.append(" UNION ALL ");
            sql.append("SELECT ").append(i).append(" AS n WHERE EXISTS (SELECT 1 FROM ").append(tables.get(i)).append(" WHERE case_id = ?)");
            params.add(caseId);
        }
        Set<String> out = new java.util.HashSet<>();
        jdbc.sql(sql.toString()).params(params).query(Integer.class).list().forEach(n -> out.add(tables.get(n)));
        return out;
    }

    Optional<Row> find(EntitySpec e, long caseId, long id) {
        return jdbc.sql("SELECT * FROM " + e.table + " WHERE id = ? AND case_id = ?").params(id, caseId)
                .query((rs, n) -> map(e, caseId, rs)).optional();
    }

    Row require(EntitySpec e, CaseRef ref, long id) {
        return find(e, ref.id(), id).orElseThrow(() -> new NotFoundException("Case " + ref.code() + " has no " + e.name + " " + id + "."));
    }

    /**
     * The summary and the other singletons given, in one round trip: {@code case_file} joined with
     * each singleton's table, whose columns are read under a prefix.
     */
    Map<EntitySpec, Row> singletons(long caseId, List<EntitySpec> others, RowReader alsoRead) {
        StringBuilder select = new StringBuilder("SELECT c.*");
        StringBuilder from = new StringBuilder(" FROM case_file c");
        for (int k = 0; k < others.size(); k++) {
            EntitySpec e = others.get(k);
            String t = "t" + k;
            for (FieldSpec f : e.fields) select.append(", ").append(t).append('.').append(f.column).append(" AS ").append(t).append('_').append(f.column);
            select.append(", ").append(t).append(".version AS ").append(t).append("_version");
            from.append(" JOIN ").append(e.table).append(' ').append(t).append(" ON ").append(t).append(".case_id = c.id");
        }
        return jdbc.sql(select + from.toString() + " WHERE c.id = ?").param(caseId).query((rs, n) -> {
            alsoRead.read(rs);
            Map<EntitySpec, Row> out = new LinkedHashMap<>();
            out.put(CaseModel.SUMMARY, map(CaseModel.SUMMARY, caseId, rs));
            for (int k = 0; k < others.size(); k++) out.put(others.get(k), map(others.get(k), caseId, rs, "t" + k + "_"));
            return out;
        }).optional().orElseThrow(() -> new IllegalStateException("no case " + caseId));
    }

    private String codeOf(long caseId) {
        return jdbc.sql("SELECT code FROM case_file WHERE id = ?").param(caseId).query(String.class).optional().orElse("#" + caseId);
    }

    private Row map(EntitySpec e, long caseId, ResultSet rs) throws SQLException {
        return map(e, caseId, rs, "");
    }

    private Row map(EntitySpec e, long caseId, ResultSet rs, String prefix) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec f : e.fields) {
            if (f.encrypted) {
                // A value that cannot be decrypted is shown as unreadable (reported and audited); the rest of the case still is.
                Object text = unreadable.decrypt(rs.getBytes(prefix + f.column), binding(e, f, caseId), "case", () -> codeOf(caseId));
                values.put(f.name, text instanceof be.ariadne.crypto.UnreadableValue u ? u : FieldValues.parse(f.type, (String) text));
            } else {
                values.put(f.name, FieldValues.read(f, rs, prefix));
            }
        }
        if (!prefix.isEmpty()) return new Row(caseId, caseId, rs.getInt(prefix + "version"), e.compartment, values, null, null, null);
        long id = e.singleton ? caseId : rs.getLong("id");
        Compartment c = e.perRowCompartment() ? Compartment.valueOf(rs.getString("compartment")) : e.compartment;
        Instant created = null;
        String by = null;
        String byOrg = null;
        if (!e.singleton) {
            created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
            by = rs.getString("created_by");
            byOrg = rs.getString("created_by_org");
        }
        return new Row(id, caseId, rs.getInt("version"), c, values, created, by, byOrg);
    }

    static Binding binding(EntitySpec e, FieldSpec f, long caseId) {
        return Binding.of(e.table, f.column, caseId);
    }

    // ---- writing ------------------------------------------------------------------------------

    /** Inserts a record of a list with the given (checked) values; returns its id. */
    long insert(EntitySpec e, long caseId, Compartment compartment, Map<String, Object> values, Actor actor) {
        OffsetDateTime now = now();
        List<String> cols = new ArrayList<>(List.of("case_id"));
        List<Object> params = new ArrayList<>(List.of(caseId));
        if (e.perRowCompartment()) {
            cols.add("compartment");
            params.add(compartment.name());
        }
        for (FieldSpec f : e.fields) {
            cols.add(f.column);
            params.add(stored(e, f, caseId, values.get(f.name)));
        }
        cols.addAll(List.of("created_at", "created_by", "created_by_org", "updated_at", "version"));
        params.addAll(List.of(now, actor.username(), new SqlParameterValue(Types.VARCHAR, actor.organisationCode()), now, 0));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO " + e.table + " (" + String.join(", ", cols) + ") VALUES ("
                        + cols.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")")
                .params(params).update(keys, "id");
        long id = keys.getKey().longValue();
        Compartment c = e.perRowCompartment() ? compartment : e.compartment;
        List<CaseHistory.Change> changes = new ArrayList<>();
        for (FieldSpec f : e.fields) {
            String v = FieldValues.canonical(f.type, values.get(f.name));
            if (v != null) changes.add(new CaseHistory.Change(c, e.name, id, "CREATE", f.name, null, v));
        }
        history.record(caseId, actor, changes);
        reindex(e, caseId, id, values);
        return id;
    }

    /**
     * Changes the fields given in {@code changes} of a record whose version must be
     * {@code expectedVersion}; returns the fields that changed (nothing written when none did).
     *
     * @throws CaseStaleException the record was changed since that version
     */
    List<CaseHistory.Change> update(EntitySpec e, long caseId, long id, int expectedVersion, Map<String, Object> changes, Actor actor) {
        Row current = e.singleton ? singleton(e, caseId) : find(e, caseId, id).orElseThrow();
        if (current.version() != expectedVersion) throw new CaseStaleException(e.name, current.version());
        List<String> sets = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<CaseHistory.Change> changed = new ArrayList<>();
        Map<String, Object> merged = new LinkedHashMap<>(current.values());
        for (FieldSpec f : e.fields) {
            if (!changes.containsKey(f.name)) continue;
            Object now = changes.get(f.name);
            String before = FieldValues.canonical(f.type, current.get(f.name));
            String after = FieldValues.canonical(f.type, now);
            if (Objects.equals(before, after)) continue;
            sets.add(f.column + " = ?");
            params.add(stored(e, f, caseId, now));
            changed.add(new CaseHistory.Change(current.compartment(), e.name, e.singleton ? null : id, "UPDATE", f.name, before, after));
            merged.put(f.name, now);
        }
        if (changed.isEmpty()) return List.of();
        sets.add("updated_at = ?");
        params.add(now());
        sets.add("version = version + 1");
        params.add(e.singleton ? caseId : id);
        params.add(expectedVersion);
        int n = jdbc.sql("UPDATE " + e.table + " SET " + String.join(", ", sets) + " WHERE " + (e.singleton ? e.keyColumn : "id")
                + " = ? AND version = ?").params(params).update();
        if (n == 0) throw new CaseStaleException(e.name, currentVersion(e, caseId, id));
        history.record(caseId, actor, changed);
        reindex(e, caseId, e.singleton ? caseId : id, merged);
        return changed;
    }

    void delete(EntitySpec e, long caseId, long id, int expectedVersion, Actor actor) {
        Row current = find(e, caseId, id).orElseThrow();
        if (current.version() != expectedVersion) throw new CaseStaleException(e.name, current.version());
        jdbc.sql("DELETE FROM case_blind_index WHERE case_id = ? AND source_table = ? AND source_id = ?").params(caseId, e.table, id).update();
        int n = jdbc.sql("DELETE FROM " + e.table + " WHERE id = ? AND case_id = ? AND version = ?").params(id, caseId, expectedVersion).update();
        if (n == 0) throw new CaseStaleException(e.name, currentVersion(e, caseId, id));
        List<CaseHistory.Change> changes = new ArrayList<>();
        for (FieldSpec f : e.fields) {
            String v = FieldValues.canonical(f.type, current.get(f.name));
            if (v != null) changes.add(new CaseHistory.Change(current.compartment(), e.name, id, "DELETE", f.name, v, null));
        }
        history.record(caseId, actor, changes);
    }

    int currentVersion(EntitySpec e, long caseId, long id) {
        return jdbc.sql("SELECT version FROM " + e.table + " WHERE " + (e.singleton ? e.keyColumn : "id") + " = ?")
                .param(e.singleton ? caseId : id).query(Integer.class).optional().orElse(-1);
    }

    private Object stored(EntitySpec e, FieldSpec f, long caseId, Object value) {
        if (f.encrypted) {
            return new SqlParameterValue(Types.VARBINARY, encryption.encrypt(FieldValues.canonical(f.type, value), binding(e, f, caseId)));
        }
        return FieldValues.param(f, value);
    }

    /**
     * Replaces the blind indexes of one record by those of its current values. The identity also
     * indexes the full name in both orders, so "first last" and "last first" both find it.
     */
    void reindex(EntitySpec e, long caseId, long sourceId, Map<String, Object> values) {
        if (e.fields.stream().noneMatch(f -> f.index != null)) return;
        jdbc.sql("DELETE FROM case_blind_index WHERE case_id = ? AND source_table = ? AND source_id = ?")
                .params(caseId, e.table, sourceId).update();
        Set<String> hashes = new LinkedHashSet<>();
        Map<String, BlindIndexKind> kinds = new LinkedHashMap<>();
        for (FieldSpec f : e.fields) {
            if (f.index == null) continue;
            String text = FieldValues.canonical(f.type, values.get(f.name));
            String h = blindIndex.of(f.index, text);
            if (h != null && hashes.add(h)) kinds.put(h, f.index);
        }
        if (e == CaseModel.IDENTITY) {
            String first = (String) values.get("firstName");
            String last = (String) values.get("lastName");
            if (first != null && last != null) {
                for (String full : List.of(first + " " + last, last + " " + first)) {
                    String h = blindIndex.of(BlindIndexKind.NAME, full);
                    if (h != null && hashes.add(h)) kinds.put(h, BlindIndexKind.NAME);
                }
            }
        }
        for (Map.Entry<String, BlindIndexKind> k : kinds.entrySet()) {
            jdbc.sql("INSERT INTO case_blind_index (case_id, source_table, source_id, kind, index_hash) VALUES (?, ?, ?, ?, ?)")
                    .params(caseId, e.table, sourceId, k.getValue().name(), k.getKey()).update();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
