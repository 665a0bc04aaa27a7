package be.ariadne.casefile;

import be.ariadne.shared.SystemActor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What data protection needs of the case file (used by the privacy module; no access check here —
 * the caller decides who may): everything held on a case for a subject access request, the closed
 * cases for retention, and the erasure of a compartment's personal data. The erasure keeps the
 * case row, its summary codes and dates, its stage transitions and its sharings (the anonymous
 * facts statistics count), and publishes no {@link CaseFactsChanged}: published figures do not
 * change.
 */
@Component
public class CaseDataProtection {
    private final CaseReading reading;
    private final CaseHistory history;
    private final CaseDocuments documents;
    private final Sharing sharing;
    private final JdbcClient jdbc;

    CaseDataProtection(CaseReading reading, CaseHistory history, CaseDocuments documents, Sharing sharing, JdbcClient jdbc) {
        this.reading = reading;
        this.history = history;
        this.documents = documents;
        this.sharing = sharing;
        this.jdbc = jdbc;
    }

    /**
     * Everything held on the case, every compartment (contributed parts included), its notes, tasks
     * and events, the list of its documents (not their contents), its sharings and its full history.
     * A value that cannot be decrypted is shown as unreadable. Not audited here: the caller audits.
     */
    @Transactional
    public Map<String, Object> everything(CaseRef ref, SystemActor actor) {
        CaseScope scope = CaseScope.system(ref, actor);
        Map<String, Object> out = reading.caseJson(scope, false);
        out.remove("writableCompartments");
        out.remove("version");
        out.put("notes", reading.rows(CaseModel.NOTES, scope, null));
        out.put("tasks", reading.rows(CaseModel.TASKS, scope, null));
        out.put("events", reading.rows(CaseModel.EVENTS, scope, null));
        List<Map<String, Object>> docs = new ArrayList<>();
        for (CaseDocuments.Document d : documents.list(scope, EnumSet.allOf(Compartment.class))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("compartment", d.compartment().name());
            m.put("type", d.type());
            m.put("mediaType", d.mediaType());
            m.put("bytes", d.size());
            m.put("fileName", d.fileName());
            m.put("uploadedAt", d.uploadedAt().toString());
            m.put("uploadedBy", d.uploadedBy());
            m.put("uploadedByOrganisation", d.uploadedByOrg());
            docs.add(m);
        }
        out.put("documentList", docs);
        List<Map<String, Object>> shares = new ArrayList<>();
        for (Sharing.Share s : sharing.list(scope)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("partner", s.partnerName() + " (" + s.partnerCode() + ")");
            m.put("compartments", s.compartments().stream().map(Enum::name).sorted().toList());
            m.put("basis", s.basis());
            m.put("purpose", s.purpose());
            m.put("consentGivenBy", s.consentGivenBy());
            m.put("consentGivenOn", s.consentGivenOn() == null ? null : s.consentGivenOn().toString());
            m.put("orderReference", s.orderReference());
            m.put("startedAt", s.startedAt().toString());
            m.put("endedAt", s.endedAt() == null ? null : s.endedAt().toString());
            m.put("consentWithdrawnOn", s.consentWithdrawnOn() == null ? null : s.consentWithdrawnOn().toString());
            shares.add(m);
        }
        out.put("sharings", shares);
        out.put("history", history.entries(ref.id(), EnumSet.allOf(Compartment.class), Integer.MAX_VALUE / 2).stream()
                .map(CaseReading::historyJson).toList());
        return out;
    }

    /** A closed case and the day it was closed. */
    public record ClosedCase(CaseRef ref, LocalDate closedOn) {
    }

    /** Closed cases closed on or before {@code closedOnOrBefore}, by id after {@code afterId}. */
    @Transactional(readOnly = true)
    public List<ClosedCase> closedCases(LocalDate closedOnOrBefore, long afterId, int limit) {
        String closed = EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::closed).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", "));
        return jdbc.sql("SELECT c.id, c.code, c.holding_org_id, o.code, c.closed_on FROM case_file c JOIN organisation o ON o.id = c.holding_org_id "
                        + "WHERE c.closed_on IS NOT NULL AND c.closed_on <= ? AND c.status IN (" + closed + ") AND c.id > ? ORDER BY c.id LIMIT " + limit)
                .params(closedOnOrBefore, afterId)
                .query((rs, n) -> new ClosedCase(new CaseRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** The case's status when locked: whether it is closed, and since when. */
    public record Locked(boolean closed, LocalDate closedOn) {
    }

    /**
     * Locks the case row until the caller's transaction ends (edits, holds and erasures of the same
     * case wait for each other) and tells whether it is closed, and since when.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Locked lock(CaseRef ref) {
        return jdbc.sql("SELECT status, closed_on FROM case_file WHERE id = ? FOR UPDATE").param(ref.id())
                .query((rs, n) -> new Locked(CaseStatus.valueOf(rs.getString(1)).closed(), rs.getObject(2, LocalDate.class)))
                .single();
    }

    /**
     * Erases, in the caller's transaction, the personal data of these compartments of the case:
     * identity (names, birth date, aliases, phones, identity documents, addresses, blind indexes,
     * the centre's external reference), the free texts of the compartments' forms and records,
     * their notes, tasks, events and documents, and their history. What statistics count (case,
     * summary codes and dates, transitions, sharings) stays. Returns how many rows were touched.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int erase(CaseRef ref, Set<Compartment> compartments) {
        long id = ref.id();
        int n = 0;
        for (Compartment c : compartments) {
            switch (c) {
                case IDENTITY -> {
                    n += jdbc.sql("UPDATE case_identity SET first_name = NULL, last_name = NULL, birth_date = NULL WHERE case_id = ?").param(id).update();
                    for (String t : List.of("case_alias", "case_phone", "case_id_document", "case_address", "case_blind_index")) {
                        n += jdbc.sql("DELETE FROM " + t + " WHERE case_id = ?").param(id).update();
                    }
                    n += jdbc.sql("UPDATE case_file SET external_id = NULL WHERE id = ?").param(id).update();
                }
                case CASE_SUMMARY -> {
                    n += jdbc.sql("UPDATE case_transition SET reason_text = NULL WHERE case_id = ?").param(id).update();
                    n += jdbc.sql("UPDATE case_assessment SET result_json = NULL WHERE case_id = ?").param(id).update();
                }
                case SUPPORT -> {
                    n += jdbc.sql("DELETE FROM support_action WHERE case_id = ?").param(id).update();
                    n += jdbc.sql("DELETE FROM support_objective WHERE case_id = ?").param(id).update();
                }
                case INVESTIGATION -> {
                    n += jdbc.sql("UPDATE case_investigation SET reference = NULL, investigating_service = NULL WHERE case_id = ?").param(id).update();
                    n += jdbc.sql("DELETE FROM case_suspect WHERE case_id = ?").param(id).update();
                    n += jdbc.sql("DELETE FROM case_statement WHERE case_id = ?").param(id).update();
                }
                case LEGAL -> n += jdbc.sql("UPDATE case_legal SET lawyer = NULL, prosecution_reference = NULL, judgment_reference = NULL "
                        + "WHERE case_id = ?").param(id).update();
                case MINOR_PROTECTION -> {
                    n += jdbc.sql("UPDATE case_minor SET guardian_name = NULL WHERE case_id = ?").param(id).update();
                    n += jdbc.sql("UPDATE case_child_alert SET description = NULL WHERE case_id = ?").param(id).update();
                }
                case RESIDENCE -> {
                    // the procedure itself belongs to the protection module's part; its own tables follow the privacy module's event
                }
            }
            for (String t : List.of("case_note", "case_document", "case_task", "case_event", "case_change")) {
                n += jdbc.sql("DELETE FROM " + t + " WHERE case_id = ? AND compartment = ?").params(id, c.name()).update();
            }
        }
        return n;
    }

    /** Whether anything of the compartment's personal data is still stored (for checks after an erasure). */
    @Transactional(readOnly = true)
    public boolean holdsPersonalData(CaseRef ref, Compartment c) {
        long id = ref.id();
        List<String> checks = new ArrayList<>();
        switch (c) {
            case IDENTITY -> {
                checks.add("SELECT COUNT(*) FROM case_identity WHERE case_id = ? AND (first_name IS NOT NULL OR last_name IS NOT NULL OR birth_date IS NOT NULL)");
                for (String t : List.of("case_alias", "case_phone", "case_id_document", "case_address", "case_blind_index")) {
                    checks.add("SELECT COUNT(*) FROM " + t + " WHERE case_id = ?");
                }
            }
            case CASE_SUMMARY -> checks.add("SELECT COUNT(*) FROM case_transition WHERE case_id = ? AND reason_text IS NOT NULL");
            case SUPPORT -> checks.add("SELECT COUNT(*) FROM support_objective WHERE case_id = ?");
            case INVESTIGATION -> {
                checks.add("SELECT COUNT(*) FROM case_suspect WHERE case_id = ?");
                checks.add("SELECT COUNT(*) FROM case_statement WHERE case_id = ?");
                checks.add("SELECT COUNT(*) FROM case_investigation WHERE case_id = ? AND (reference IS NOT NULL OR investigating_service IS NOT NULL)");
            }
            case LEGAL -> checks.add("SELECT COUNT(*) FROM case_legal WHERE case_id = ? AND (lawyer IS NOT NULL OR prosecution_reference IS NOT NULL "
                    + "OR judgment_reference IS NOT NULL)");
            case MINOR_PROTECTION -> checks.add("SELECT COUNT(*) FROM case_minor WHERE case_id = ? AND guardian_name IS NOT NULL");
            case RESIDENCE -> {
            }
        }
        for (String sql : checks) if (jdbc.sql(sql).param(id).query(Long.class).single() > 0) return true;
        for (String t : List.of("case_note", "case_document", "case_task", "case_event", "case_change")) {
            if (jdbc.sql("SELECT COUNT(*) FROM " + t + " WHERE case_id = ? AND compartment = ?").params(id, c.name()).query(Long.class).single() > 0) {
                return true;
            }
        }
        return false;
    }
}
