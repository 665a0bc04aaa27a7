package be.ariadne.casefile;

import be.ariadne.crypto.Binding;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.shared.Actor;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every change of a case, field by field: who, when, old → new. Values are kept encrypted (bound to
 * the case) like the data they copy, so the history holds no plaintext of personal data; each row
 * carries its compartment, so that it is shown only to those who may read that compartment.
 */
@Component
class CaseHistory {
    private final be.ariadne.crypto.UnreadableValues unreadable;
    static final String TABLE = "case_change";
    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final Clock clock;

    CaseHistory(JdbcClient jdbc, FieldEncryption encryption, Clock clock, be.ariadne.crypto.UnreadableValues unreadable) {
        this.unreadable = unreadable;
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.clock = clock;
    }

    /** One field's change. Values are canonical texts (null: none). */
    record Change(Compartment compartment, String entity, Long entityId, String operation, String field, String oldValue, String newValue) {
    }

    /** A change as shown: decrypted, with its author. */
    record Entry(long id, Instant changedAt, String changedBy, String changedByOrg, Compartment compartment, String entity,
                 Long entityId, String operation, String field, String oldValue, String newValue) {
    }

    void record(long caseId, Actor actor, List<Change> changes) {
        if (changes.isEmpty()) return;
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        Binding oldB = Binding.of(TABLE, "old_value", caseId);
        Binding newB = Binding.of(TABLE, "new_value", caseId);
        for (Change c : changes) {
            jdbc.sql("INSERT INTO case_change (case_id, compartment, entity, entity_id, operation, field, old_value, new_value, "
                            + "changed_at, changed_by, changed_by_org) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(caseId, c.compartment().name(), c.entity(), new SqlParameterValue(Types.BIGINT, c.entityId()), c.operation(),
                            c.field(), new SqlParameterValue(Types.VARBINARY, encryption.encrypt(c.oldValue(), oldB)),
                            new SqlParameterValue(Types.VARBINARY, encryption.encrypt(c.newValue(), newB)),
                            now, actor.username(), new SqlParameterValue(Types.VARCHAR, actor.organisationCode()))
                    .update();
        }
    }

    /** The changes of the compartments given, newest first. */
    List<Entry> entries(long caseId, Set<Compartment> readable, int limit) {
        if (readable.isEmpty()) return List.of();
        String in = readable.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", "));
        Binding oldB = Binding.of(TABLE, "old_value", caseId);
        Binding newB = Binding.of(TABLE, "new_value", caseId);
        List<Entry> out = new ArrayList<>();
        jdbc.sql("SELECT * FROM case_change WHERE case_id = ? AND compartment IN (" + in + ") ORDER BY id DESC LIMIT " + limit)
                .param(caseId)
                .query((rs, n) -> {
                    long eid = rs.getLong("entity_id");
                    Long entityId = rs.wasNull() ? null : eid;
                    return new Entry(rs.getLong("id"), rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                            rs.getString("changed_by"), rs.getString("changed_by_org"), Compartment.valueOf(rs.getString("compartment")),
                            rs.getString("entity"), entityId, rs.getString("operation"), rs.getString("field"),
                            unreadable.decryptText(rs.getBytes("old_value"), oldB, "case", () -> codeOf(caseId)),
                            unreadable.decryptText(rs.getBytes("new_value"), newB, "case", () -> codeOf(caseId)));
                })
                .list()
                .forEach(out::add);
        return out;
    }

    private String codeOf(long caseId) {
        return jdbc.sql("SELECT code FROM case_file WHERE id = ?").param(caseId).query(String.class).optional().orElse("#" + caseId);
    }
}
