package be.ariadne.casefile;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.crypto.Binding;
import be.ariadne.crypto.FieldEncryption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reader sees of a case: only the compartments their scope may read, nothing of the others
 * (no key, no placeholder, no count). Every read of personal data is audited, and a read made
 * possible only by break-glass is marked so.
 */
@Service
class CaseReading {
    private final CaseRecords records;
    private final CaseStages stages;
    private final CaseHistory history;
    private final CaseDocuments documents;
    private final CaseGuard guard;
    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditLog audit;
    private final ObjectProvider<CompartmentPart> parts;

    CaseReading(CaseRecords records, CaseStages stages, CaseHistory history, CaseDocuments documents, CaseGuard guard, JdbcClient jdbc,
                FieldEncryption encryption, AuditLog audit, ObjectProvider<CompartmentPart> parts) {
        this.records = records;
        this.stages = stages;
        this.history = history;
        this.documents = documents;
        this.guard = guard;
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.parts = parts;
    }

    /** {@code GET /api/v1/cases/{code}}: the top-level facts, the summary flattened when readable, one object per other readable compartment. */
    @Transactional
    Map<String, Object> caseJson(CaseScope scope) {
        return caseJson(scope, false);
    }

    /** The case, and with {@code withHistory} its history too (one read, audited once). */
    @Transactional
    Map<String, Object> caseJson(CaseScope scope, boolean withHistory) {
        long id = scope.ref().id();
        Set<Compartment> readable = scope.readable();
        Object[] h = new Object[5];
        List<EntitySpec> forms = new ArrayList<>();
        for (EntitySpec e : CaseModel.SINGLETONS) if (e != CaseModel.SUMMARY && readable.contains(e.compartment)) forms.add(e);
        Map<EntitySpec, CaseRecords.Row> singletons = records.singletons(id, forms, rs -> {
            h[0] = rs.getString("stage");
            h[1] = rs.getString("status");
            h[2] = rs.getObject("stage_date", LocalDate.class);
            h[3] = rs.getObject("closed_on", LocalDate.class);
            h[4] = rs.getString("close_reason");
        });
        CaseRecords.Row summary = singletons.get(CaseModel.SUMMARY);
        List<String> tables = new ArrayList<>();
        for (EntitySpec e : CaseModel.LISTS) if (!e.perRowCompartment() && readable.contains(e.compartment) && scope.reads(e)) tables.add(e.table);
        if (readable.contains(Compartment.CASE_SUMMARY)) tables.add("case_assessment");
        Set<String> filled = records.nonEmpty(tables, id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", scope.ref().code());
        out.put("holdingCentre", scope.ref().holdingOrganisationCode());
        out.put("stage", h[0]);
        out.put("status", h[1]);
        out.put("version", summary.version());
        out.put("readableCompartments", ordered(readable));
        out.put("writableCompartments", ordered(scope.writable()));
        if (readable.contains(Compartment.CASE_SUMMARY)) {
            out.putAll(values(CaseModel.SUMMARY, summary, scope));
            out.put("stageDate", str(h[2]));
            out.put("closedOn", str(h[3]));
            out.put("closeReason", h[4]);
            out.put("transitions", stages.transitions(id).stream().map(CaseReading::transitionJson).toList());
            out.put("places", filled.contains(CaseModel.PLACES.table) ? rows(CaseModel.PLACES, scope, null) : List.of());
            out.put("assessments", filled.contains("case_assessment") ? assessments(id) : List.of());
            mergeParts(scope, Compartment.CASE_SUMMARY, out);
        }
        for (Compartment c : Compartment.values()) {
            if (c == Compartment.CASE_SUMMARY || !readable.contains(c)) continue;
            Map<String, Object> part = new LinkedHashMap<>();
            CaseModel.singletonOf(c).ifPresent(e -> {
                CaseRecords.Row row = singletons.get(e);
                part.put("version", row.version());
                part.putAll(values(e, row, scope));
            });
            for (EntitySpec e : CaseModel.listsOf(c)) {
                if (scope.reads(e)) part.put(jsonName(e), filled.contains(e.table) ? rows(e, scope, null) : List.of());
            }
            mergeParts(scope, c, part);
            out.put(c.jsonKey(), part);
        }
        if (withHistory) {
            out.put("history", visibleHistory(scope, 500).stream().map(CaseReading::historyJson).toList());
        }
        auditRead(scope, readable, "CASE_READ", withHistory ? "with=history" : null);
        return out;
    }

    private void mergeParts(CaseScope scope, Compartment c, Map<String, Object> into) {
        parts.orderedStream().filter(p -> p.compartment() == c).forEach(p -> {
            Map<String, Object> data = p.read(scope.ref());
            if (data != null) into.putAll(data);
        });
    }

    /** Contributed fragments (e.g. the residence procedure) for a readable compartment. */
    List<String> fragments(CaseScope scope, Compartment c) {
        if (!scope.may(c, Access.READ)) return List.of();
        List<String> out = new ArrayList<>();
        parts.orderedStream().filter(p -> p.compartment() == c).forEach(p -> {
            String url = p.fragmentUrl(scope.ref());
            if (url != null) out.add(url);
        });
        return out;
    }

    static String jsonName(EntitySpec e) {
        return switch (e.name) {
            case "identity-documents" -> "documents";
            default -> e.name;
        };
    }

    /** The records of a list the scope may read (for per-record compartments: optionally one compartment). */
    List<Map<String, Object>> rows(EntitySpec e, CaseScope scope, Compartment only) {
        Set<Compartment> readable = scope.readable();
        if (only != null) readable = readable.contains(only) ? EnumSet.of(only) : Set.of();
        List<Map<String, Object>> out = new ArrayList<>();
        if (!scope.reads(e)) return out;
        for (CaseRecords.Row r : records.list(e, scope.ref().id(), readable)) out.add(rowJson(e, r, scope));
        return out;
    }

    Map<String, Object> rowJson(EntitySpec e, CaseRecords.Row r, CaseScope scope) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("version", r.version());
        if (e.perRowCompartment()) m.put("compartment", r.compartment().name());
        m.putAll(values(e, r, scope));
        m.put("createdAt", r.createdAt() == null ? null : r.createdAt().toString());
        m.put("createdBy", r.createdBy());
        m.put("createdByOrganisation", r.createdByOrg());
        return m;
    }

    /** Field values as JSON: dates as ISO texts, lists as arrays; holder-only fields left out for others, as fields outside the scope's identity parts. */
    Map<String, Object> values(EntitySpec e, CaseRecords.Row r, CaseScope scope) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (FieldSpec f : e.fields) {
            if (f.holderOnly && !(scope.holder() || scope.system())) continue;
            if (!scope.reads(e, f)) continue;
            Object v = r.get(f.name);
            m.put(f.name, v instanceof LocalDate d ? d.toString() : v);
        }
        return m;
    }

    List<Map<String, Object>> assessments(long caseId) {
        Binding b = Binding.of("case_assessment", "result_json", caseId);
        return jdbc.sql("SELECT * FROM case_assessment WHERE case_id = ? ORDER BY assessed_on, id").param(caseId)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", rs.getLong("id"));
                    m.put("source", rs.getString("source"));
                    m.put("catalogueVersion", rs.getString("catalogue_version"));
                    m.put("signs", split(rs.getString("signs")));
                    m.put("indicators", split(rs.getString("indicators")));
                    m.put("assessedOn", str(rs.getObject("assessed_on", LocalDate.class)));
                    m.put("resultJson", encryption.decrypt(rs.getBytes("result_json"), b));
                    return m;
                }).list();
    }

    static Map<String, Object> transitionJson(CaseStages.TransitionView t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", t.kind());
        m.put("from", t.from() == null ? null : t.from().name());
        m.put("to", t.to().name());
        m.put("status", t.status().name());
        m.put("date", t.date().toString());
        m.put("reasonCode", t.reasonCode());
        m.put("reason", t.reason());
        m.put("author", t.author());
        m.put("authorOrganisation", t.authorOrg());
        return m;
    }

    /** The history of the compartments the scope may read, newest first. */
    @Transactional
    List<CaseHistory.Entry> history(CaseScope scope, int limit) {
        List<CaseHistory.Entry> out = visibleHistory(scope, limit);
        auditRead(scope, scope.readable(), "CASE_HISTORY_READ", null);
        return out;
    }

    private List<CaseHistory.Entry> visibleHistory(CaseScope scope, int limit) {
        List<CaseHistory.Entry> entries = history.entries(scope.ref().id(), scope.readable(), limit);
        boolean holder = scope.holder() || scope.system();
        return entries.stream().filter(e -> (holder || !holderOnly(e)) && scope.reads(e.entity(), e.field())).toList();
    }

    static boolean holderOnly(CaseHistory.Entry e) {
        return CaseModel.entity(e.entity()).flatMap(s -> s.field(e.field())).map(f -> f.holderOnly).orElse(false);
    }

    static Map<String, Object> historyJson(CaseHistory.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.changedAt().toString());
        m.put("by", e.changedBy());
        m.put("organisation", e.changedByOrg());
        m.put("compartment", e.compartment().name());
        m.put("record", e.entity());
        m.put("recordId", e.entityId());
        m.put("operation", e.operation());
        m.put("field", e.field());
        m.put("old", e.oldValue());
        m.put("new", e.newValue());
        return m;
    }

    void auditRead(CaseScope scope, Set<Compartment> compartments, String action, String extra) {
        if (scope.system()) return;
        audit.record(scope.actor(), AuditEvent.of(action, "case", scope.ref().code())
                .withDetail("compartments=" + ordered(compartments).stream().collect(Collectors.joining(","))
                        + (scope.breakGlassGrant() != null ? " break-glass=" + scope.breakGlassGrant() : "") + (extra == null ? "" : " " + extra)));
        guard.auditBreakGlassRead(scope, compartments);
    }

    static List<String> ordered(Set<Compartment> set) {
        List<String> out = new ArrayList<>();
        for (Compartment c : Compartment.values()) if (set.contains(c)) out.add(c.name());
        return out;
    }

    private static List<String> split(String s) {
        if (s == null || s.isEmpty()) return List.of();
        return List.of(s.split(";"));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    CaseDocuments documents() {
        return documents;
    }
}
