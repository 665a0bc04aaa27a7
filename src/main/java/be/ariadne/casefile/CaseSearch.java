package be.ariadne.casefile;

import be.ariadne.access.Organisations;
import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.crypto.BlindIndex;
import be.ariadne.crypto.BlindIndexKind;
import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list and search, within what the user may see: the visibility condition of
 * {@link CaseGuard} is part of every query, and a criterion about a compartment (a name, a form of
 * exploitation…) only matches cases whose compartment the user may read. Names, birth dates,
 * document and phone numbers are matched exactly through their blind indexes.
 */
@Service
class CaseSearch {
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private final JdbcClient jdbc;
    private final CaseGuard guard;
    private final BlindIndex blindIndex;
    private final CodeLists codes;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    CaseSearch(JdbcClient jdbc, CaseGuard guard, BlindIndex blindIndex, CodeLists codes, Organisations organisations, AuditLog audit,
               Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.blindIndex = blindIndex;
        this.codes = codes;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Criteria as given (texts); null or blank means "any". */
    record Criteria(String code, String name, String birthDate, String document, String phone, String stage, String status,
                    String centre, String exploitation, String from, String to, String page, String size) {
        static Criteria empty() {
            return new Criteria(null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        Map<String, String> asMap() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("code", code);
            m.put("name", name);
            m.put("birthDate", birthDate);
            m.put("document", document);
            m.put("phone", phone);
            m.put("stage", stage);
            m.put("status", status);
            m.put("centre", centre);
            m.put("exploitation", exploitation);
            m.put("from", from);
            m.put("to", to);
            return m;
        }
    }

    /** One case of a result: the summary's facts only when the user may read the summary of that case. */
    record Item(String code, String holdingCentre, Stage stage, CaseStatus status, boolean summaryReadable, LocalDate registrationDate,
                Gender gender, List<String> exploitation) {
    }

    record Page(List<Item> items, int page, int size, boolean hasNext) {
    }

    @Transactional
    Page search(Actor actor, Criteria c) {
        List<FieldProblem> problems = new ArrayList<>();
        int page = integer("page", c.page(), 0, 0, 100_000, problems);
        int size = integer("size", c.size(), DEFAULT_SIZE, 1, MAX_SIZE, problems);
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        Set<Compartment> needs = EnumSet.noneOf(Compartment.class);
        List<String> used = new ArrayList<>();
        if (notBlank(c.code())) {
            String code = c.code().trim().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z0-9-]{1,20}")) problems.add(new FieldProblem("code", "is not a case code"));
            where.add("c.code LIKE ?");
            params.add(code + "%");
            used.add("code");
        }
        Set<IdentityRestrictions.IdentityPart> parts = guard.identityParts(actor);
        blind("name", c.name(), BlindIndexKind.NAME, parts, where, params, used);
        blind("birthDate", c.birthDate(), BlindIndexKind.BIRTH_DATE, parts, where, params, used);
        blind("document", c.document(), BlindIndexKind.DOCUMENT_NUMBER, parts, where, params, used);
        blind("phone", c.phone(), BlindIndexKind.PHONE, parts, where, params, used);
        if (used.stream().anyMatch(u -> !u.equals("code"))) needs.add(Compartment.IDENTITY);
        if (notBlank(c.stage())) {
            if (!codes.contains(CodeLists.STAGES, c.stage().trim())) problems.add(new FieldProblem("stage", "unknown stage '" + c.stage() + "'"));
            where.add("c.stage = ?");
            params.add(c.stage().trim());
            used.add("stage");
        }
        if (notBlank(c.status())) {
            if (!codes.contains(CodeLists.CASE_STATUSES, c.status().trim())) problems.add(new FieldProblem("status", "unknown status '" + c.status() + "'"));
            where.add("c.status = ?");
            params.add(c.status().trim());
            used.add("status");
        }
        if (notBlank(c.centre())) {
            var org = organisations.byCode(c.centre().trim());
            if (org.isEmpty()) problems.add(new FieldProblem("centre", "unknown organisation '" + c.centre() + "'"));
            else {
                where.add("c.holding_org_id = ?");
                params.add(org.get().id());
            }
            used.add("centre");
        }
        if (notBlank(c.exploitation())) {
            List<String> forms = new ArrayList<>();
            for (String f : c.exploitation().split(",")) {
                String form = f.trim();
                if (form.isEmpty()) continue;
                if (!codes.contains(CodeLists.EXPLOITATION_FORMS, form)) problems.add(new FieldProblem("exploitation", "unknown form '" + form + "'"));
                forms.add(form);
            }
            if (!forms.isEmpty()) {
                where.add("(" + forms.stream().map(f -> "c.exploitation LIKE ?").collect(Collectors.joining(" OR ")) + ")");
                forms.forEach(f -> params.add("%;" + f + ";%"));
                needs.add(Compartment.CASE_SUMMARY);
                used.add("exploitation");
            }
        }
        LocalDate from = date("from", c.from(), problems);
        LocalDate to = date("to", c.to(), problems);
        if (from != null && to != null && to.isBefore(from)) problems.add(new FieldProblem("to", "is before from"));
        if (from != null) {
            where.add("c.registration_date >= ?");
            params.add(from);
            needs.add(Compartment.CASE_SUMMARY);
            used.add("from");
        }
        if (to != null) {
            where.add("c.registration_date <= ?");
            params.add(to);
            needs.add(Compartment.CASE_SUMMARY);
            used.add("to");
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);

        List<String> visibility = new ArrayList<>();
        List<Object> visibilityParams = new ArrayList<>();
        if (needs.isEmpty()) {
            CaseGuard.Visibility v = guard.visibility(actor, null);
            visibility.add(v.sql());
            visibilityParams.addAll(v.params());
        } else {
            for (Compartment need : needs) {
                CaseGuard.Visibility v = guard.visibility(actor, need);
                visibility.add(v.sql());
                visibilityParams.addAll(v.params());
            }
        }
        List<Object> all = new ArrayList<>(visibilityParams);
        all.addAll(params);
        List<String> conditions = new ArrayList<>(visibility);
        conditions.addAll(where);
        String sql = "SELECT c.id, c.code, o.code AS org_code, c.holding_org_id, c.stage, c.status, c.registration_date, c.gender, c.exploitation "
                + "FROM case_file c JOIN organisation o ON o.id = c.holding_org_id WHERE " + String.join(" AND ", conditions)
                + " ORDER BY c.registration_date DESC, c.id DESC LIMIT " + (size + 1) + " OFFSET " + ((long) page * size);
        record Raw(long id, String code, String org, long orgId, String stage, String status, LocalDate registration, String gender,
                   String exploitation) {
        }
        List<Raw> raws = conditions.contains(CaseGuard.Visibility.NONE.sql()) ? List.of()
                : jdbc.sql(sql).params(all).query((rs, n) -> new Raw(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9))).list();
        boolean hasNext = raws.size() > size;
        List<Raw> shown = hasNext ? raws.subList(0, size) : raws;
        Set<Long> summaryReadable = summaryReadable(actor, shown.stream().filter(r -> r.orgId() != actor.organisationId()).map(Raw::id).toList());
        boolean ownRow = guard.row(actor).containsKey(Compartment.CASE_SUMMARY);
        List<Item> items = new ArrayList<>();
        for (Raw r : shown) {
            boolean readable = r.orgId() == actor.organisationId() ? ownRow : summaryReadable.contains(r.id());
            List<String> forms = new ArrayList<>();
            if (readable && r.exploitation() != null) for (String f : r.exploitation().split(";")) if (!f.isEmpty()) forms.add(f);
            items.add(new Item(r.code(), r.org(), Stage.valueOf(r.stage()), CaseStatus.valueOf(r.status()), readable,
                    readable ? r.registration() : null, readable ? Gender.valueOf(r.gender()) : null, forms));
        }
        audit.record(actor, AuditEvent.of("CASE_SEARCHED", "case", null)
                .withDetail("criteria=" + String.join(",", used) + " page=" + page + " results=" + items.size()));
        return new Page(items, page, size, hasNext);
    }

    /** Of these cases (not held by the actor's organisation), those whose summary the actor may read now. */
    private Set<Long> summaryReadable(Actor actor, List<Long> caseIds) {
        Set<Long> out = new HashSet<>();
        if (caseIds.isEmpty() || !guard.row(actor).containsKey(Compartment.CASE_SUMMARY)) return out;
        String in = caseIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        out.addAll(jdbc.sql("SELECT s.case_id FROM case_share s JOIN case_share_compartment sc ON sc.share_id = s.id "
                        + "WHERE s.partner_org_id = ? AND s.ended_at IS NULL AND sc.compartment = 'CASE_SUMMARY' AND s.case_id IN (" + in + ")")
                .param(actor.organisationId()).query(Long.class).list());
        out.addAll(jdbc.sql("SELECT case_id FROM break_glass WHERE user_id = ? AND expires_at > ? AND case_id IN (" + in + ")")
                .params(actor.userId(), OffsetDateTime.now(clock)).query(Long.class).list());
        return out;
    }

    /**
     * An exact-match criterion through the blind indexes. For a user whose identity parts are
     * restricted ({@code casefile/identity-restrictions.csv}), only the indexes of the records and
     * fields they may see count: a phone, an alias or an address they may not see matches nothing,
     * so the search cannot tell them that it is there.
     */
    private void blind(String field, String value, BlindIndexKind kind, Set<IdentityRestrictions.IdentityPart> parts, List<String> where,
                       List<Object> params, List<String> used) {
        if (!notBlank(value)) return;
        String hash = blindIndex.of(kind, value);
        if (hash == null) return;
        used.add(field);
        if (parts.containsAll(IdentityRestrictions.IdentityPart.ALL)) {
            where.add("c.id IN (SELECT b.case_id FROM case_blind_index b WHERE b.index_hash = ?)");
            params.add(hash);
            return;
        }
        List<String> tables = new ArrayList<>();
        for (EntitySpec e : identityRecords()) {
            boolean searchable = e.fields.stream().anyMatch(f -> f.index == kind && CaseScope.reads(parts, e.name, f.name));
            if (searchable) tables.add(e.table);
        }
        if (tables.isEmpty()) {
            where.add("1 = 0");
            return;
        }
        where.add("c.id IN (SELECT b.case_id FROM case_blind_index b WHERE b.index_hash = ? AND b.kind = ? AND b.source_table IN ("
                + tables.stream().map(t -> "?").collect(Collectors.joining(", ")) + "))");
        params.add(hash);
        params.add(kind.name());
        params.addAll(tables);
    }

    private static List<EntitySpec> identityRecords() {
        List<EntitySpec> out = new ArrayList<>();
        CaseModel.singletonOf(Compartment.IDENTITY).ifPresent(out::add);
        out.addAll(CaseModel.listsOf(Compartment.IDENTITY));
        return out;
    }

    private static int integer(String field, String text, int def, int min, int max, List<FieldProblem> problems) {
        if (!notBlank(text)) return def;
        try {
            int v = Integer.parseInt(text.trim());
            if (v < min || v > max) {
                problems.add(new FieldProblem(field, "must be between " + min + " and " + max));
                return def;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "must be a whole number, not '" + text + "'"));
            return def;
        }
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (!notBlank(text)) return null;
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date YYYY-MM-DD, not '" + text + "'"));
            return null;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
