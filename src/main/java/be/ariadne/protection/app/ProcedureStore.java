package be.ariadne.protection.app;

import be.ariadne.casefile.CaseRef;
import be.ariadne.crypto.Binding;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.protection.Condition;
import be.ariadne.protection.EndReason;
import be.ariadne.protection.PermanentStayBasis;
import be.ariadne.protection.ProcedureEvent;
import be.ariadne.protection.ProcedureEventType;
import be.ariadne.protection.ProcedurePhase;
import be.ariadne.protection.ProcedureState;
import be.ariadne.protection.RecordedEvent;
import be.ariadne.protection.ResidenceDocument;
import be.ariadne.shared.Actor;
import be.ariadne.shared.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The procedure's tables: the append-only event history of each case and the state derived
 * from it. An append names the version it read; a concurrent append makes it fail
 * ({@link StaleVersionException}) and nothing is written.
 */
@Repository
public class ProcedureStore {
    static final String EVENT_TABLE = "procedure_event";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final Clock clock;

    ProcedureStore(JdbcClient jdbc, FieldEncryption encryption, Clock clock) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.clock = clock;
    }

    /** A case's history as stored, and the version to name when appending (0: nothing recorded yet). */
    public record Stored(int version, List<RecordedEvent> history) {
        public ProcedureState state() {
            return be.ariadne.protection.Procedure.replay(history);
        }
    }

    /** A row of the derived state, for lists and deadlines. */
    public record Row(long caseId, String caseCode, String centreCode, ProcedurePhase phase, ResidenceDocument document,
                      LocalDate validUntil, int version) {
    }

    public Stored load(long caseId) {
        int version = jdbc.sql("SELECT version FROM procedure_case WHERE case_id = ?").param(caseId)
                .query(Integer.class).optional().orElse(0);
        List<RecordedEvent> history = jdbc.sql("SELECT * FROM procedure_event WHERE case_id = ? ORDER BY seq")
                .param(caseId).query((rs, n) -> event(rs, caseId)).list();
        return new Stored(version, history);
    }

    /**
     * Appends one accepted event and stores the new derived state.
     *
     * @param expectedVersion the version read before deciding the event
     * @throws StaleVersionException another event was recorded meanwhile
     */
    public int append(CaseRef ref, int expectedVersion, RecordedEvent recorded, String rulesInForce, ProcedureState newState,
                      Actor actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int newVersion = expectedVersion + 1;
        String document = newState.document().map(Enum::name).orElse(null);
        LocalDate validUntil = newState.validUntil().orElse(null);
        try {
            if (expectedVersion == 0) {
                jdbc.sql("INSERT INTO procedure_case (case_id, case_code, centre_code, phase, document, valid_until, events, version, updated_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(ref.id(), ref.code(), ref.holdingOrganisationCode(), newState.phase().name(), document, validUntil,
                                newState.history().size(), newVersion, now)
                        .update();
            } else {
                int updated = jdbc.sql("UPDATE procedure_case SET phase = ?, document = ?, valid_until = ?, events = ?, version = ?, "
                                + "updated_at = ?, centre_code = ? WHERE case_id = ? AND version = ?")
                        .params(newState.phase().name(), document, validUntil, newState.history().size(), newVersion, now,
                                ref.holdingOrganisationCode(), ref.id(), expectedVersion)
                        .update();
                if (updated != 1) throw new StaleVersionException("The procedure of case " + ref.code());
            }
            ProcedureEvent e = recorded.event();
            jdbc.sql("INSERT INTO procedure_event (case_id, seq, event_type, event_date, condition_code, end_reason, basis, note, minor, "
                            + "rule_set_id, rules_in_force, valid_until, recorded_at, recorded_by, recorded_by_org) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(ref.id(), newState.history().size(), e.type().name(), e.date(), name(e.condition()), name(e.reason()),
                            name(e.basis()), e.note() == null ? null : encryption.encrypt(e.note(), noteBinding(ref.id())),
                            recorded.minor(), recorded.ruleSetId(), rulesInForce, recorded.validUntil(), now, actor.username(),
                            actor.organisationCode())
                    .update();
        } catch (DuplicateKeyException concurrent) {
            throw new StaleVersionException("The procedure of case " + ref.code());
        }
        return newVersion;
    }

    /** Cases whose current document's last valid day is in [from, to] (either bound may be null), by day then code. */
    public List<Row> expiringBetween(LocalDate from, LocalDate to, String centreCode) {
        StringBuilder sql = new StringBuilder("SELECT * FROM procedure_case WHERE valid_until IS NOT NULL");
        List<Object> params = new ArrayList<>();
        if (from != null) {
            sql.append(" AND valid_until >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND valid_until <= ?");
            params.add(to);
        }
        if (centreCode != null) {
            sql.append(" AND centre_code = ?");
            params.add(centreCode);
        }
        sql.append(" ORDER BY valid_until, case_code");
        return jdbc.sql(sql.toString()).params(params).query(ProcedureStore::row).list();
    }

    /** How many cases first reached victim status (A card, or B card directly) between the two days. */
    public long statusObtained(LocalDate from, LocalDate to, String centreCode) {
        String sql = "SELECT COUNT(*) FROM (SELECT e.case_id, MIN(e.event_date) AS first_day FROM procedure_event e "
                + "JOIN procedure_case p ON p.case_id = e.case_id WHERE e.event_type IN ('VICTIM_CONFIRMED', 'PERMANENT_STAY_GRANTED')"
                + (centreCode == null ? "" : " AND p.centre_code = ?") + " GROUP BY e.case_id) f WHERE f.first_day >= ? AND f.first_day <= ?";
        List<Object> params = new ArrayList<>();
        if (centreCode != null) params.add(centreCode);
        params.add(from);
        params.add(to);
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    static Binding noteBinding(long caseId) {
        return Binding.of(EVENT_TABLE, "note", caseId);
    }

    private RecordedEvent event(ResultSet rs, long caseId) throws SQLException {
        byte[] note = rs.getBytes("note");
        ProcedureEvent e = new ProcedureEvent(ProcedureEventType.valueOf(rs.getString("event_type")),
                rs.getObject("event_date", LocalDate.class),
                value(Condition.class, rs.getString("condition_code")), value(EndReason.class, rs.getString("end_reason")),
                value(PermanentStayBasis.class, rs.getString("basis")),
                note == null ? null : encryption.decrypt(note, noteBinding(caseId)));
        return new RecordedEvent(e, rs.getBoolean("minor"), rs.getString("rule_set_id"), rs.getObject("valid_until", LocalDate.class));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String document = rs.getString("document");
        return new Row(rs.getLong("case_id"), rs.getString("case_code"), rs.getString("centre_code"),
                ProcedurePhase.valueOf(rs.getString("phase")), document == null ? null : ResidenceDocument.valueOf(document),
                rs.getObject("valid_until", LocalDate.class), rs.getInt("version"));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
