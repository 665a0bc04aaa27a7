package be.ariadne.casefile;

import be.ariadne.access.Organisation;
import be.ariadne.access.OrganisationType;
import be.ariadne.access.Organisations;
import be.ariadne.access.Role;
import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.RefusedException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holding centre shares chosen compartments of a case with a partner organisation, on the
 * person's recorded consent (who gave it, when, for what) or on a prosecutor's order (with its
 * reference). Ending a sharing or withdrawing the consent takes effect at once: {@link CaseGuard}
 * reads the sharings in force on every call.
 */
@Service
class Sharing {
    static final String CONSENT = "CONSENT";
    static final String PROSECUTOR_ORDER = "PROSECUTOR_ORDER";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final NeedToKnowPolicy policy;
    private final CodeLists codes;
    private final AuditLog audit;
    private final Clock clock;

    Sharing(JdbcClient jdbc, Organisations organisations, NeedToKnowPolicy policy, CodeLists codes, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.policy = policy;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    record Share(long id, String partnerCode, String partnerName, String partnerType, Set<Compartment> compartments, String basis,
                 String purpose, String consentGivenBy, LocalDate consentGivenOn, String orderReference, LocalDate orderDate,
                 Instant startedAt, String startedBy, LocalDate consentWithdrawnOn, Instant endedAt, String endedBy, String endReason,
                 int version) {
        public boolean inForce() {
            return endedAt == null;
        }
    }

    /** A request to share, as given (checked by {@link #share}). */
    record Request(String partner, List<String> compartments, String basis, String purpose, String consentGivenBy,
                   String consentGivenOn, String orderReference, String orderDate) {
    }

    /** Only the holding centre's users who write the case summary manage its sharings. */
    void requireManager(CaseScope scope) {
        if (!(scope.holder() || scope.system()) || !scope.may(Compartment.CASE_SUMMARY, Access.WRITE)) {
            throw new AccessDeniedException("only the holding centre's case workers manage the sharing of a case");
        }
    }

    List<Share> list(CaseScope scope) {
        requireManager(scope);
        Map<Long, Set<Compartment>> comps = new LinkedHashMap<>();
        jdbc.sql("SELECT sc.share_id, sc.compartment FROM case_share_compartment sc JOIN case_share s ON s.id = sc.share_id WHERE s.case_id = ?")
                .param(scope.ref().id())
                .query(rs -> {
                    comps.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Compartment.class)).add(Compartment.valueOf(rs.getString(2)));
                });
        return jdbc.sql("SELECT s.*, o.code AS partner_code, o.name AS partner_name, o.type AS partner_type FROM case_share s "
                        + "JOIN organisation o ON o.id = s.partner_org_id WHERE s.case_id = ? ORDER BY s.ended_at DESC, s.id DESC")
                .param(scope.ref().id())
                .query((rs, n) -> new Share(rs.getLong("id"), rs.getString("partner_code"), rs.getString("partner_name"),
                        rs.getString("partner_type"), comps.getOrDefault(rs.getLong("id"), Set.of()), rs.getString("basis"),
                        rs.getString("purpose"), rs.getString("consent_given_by"), rs.getObject("consent_given_on", LocalDate.class),
                        rs.getString("order_reference"), rs.getObject("order_date", LocalDate.class),
                        rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getString("started_by"),
                        rs.getObject("consent_withdrawn_on", LocalDate.class),
                        rs.getObject("ended_at", OffsetDateTime.class) == null ? null : rs.getObject("ended_at", OffsetDateTime.class).toInstant(),
                        rs.getString("ended_by"), rs.getString("end_reason"), rs.getInt("version")))
                .list();
    }

    /** Organisations a case may be shared with: active, not the holder, of a type some role of which may read a compartment. */
    List<Organisation> partners(CaseScope scope) {
        return organisations.all().stream()
                .filter(o -> o.active() && o.id() != scope.ref().holdingOrganisationId() && !readableBy(o.type()).isEmpty())
                .toList();
    }

    /** The compartments some role of an organisation type may read. */
    Set<Compartment> readableBy(OrganisationType type) {
        Set<Compartment> out = EnumSet.noneOf(Compartment.class);
        for (Role r : Role.values()) out.addAll(policy.row(type, r).keySet());
        return out;
    }

    @Transactional
    long share(CaseScope scope, Request r) {
        requireManager(scope);
        List<FieldProblem> problems = new ArrayList<>();
        Organisation partner = null;
        if (r.partner() == null || r.partner().isBlank()) problems.add(new FieldProblem("partner", "is required"));
        else {
            partner = organisations.byCode(r.partner().trim()).filter(Organisation::active).orElse(null);
            if (partner == null) problems.add(new FieldProblem("partner", "'" + r.partner() + "' is not an active organisation"));
            else if (partner.id() == scope.ref().holdingOrganisationId()) problems.add(new FieldProblem("partner", "is the holding centre itself"));
        }
        Set<Compartment> compartments = EnumSet.noneOf(Compartment.class);
        if (r.compartments() == null || r.compartments().isEmpty()) problems.add(new FieldProblem("compartments", "choose at least one"));
        else for (String c : r.compartments()) {
            try {
                compartments.add(Compartment.valueOf(c.trim()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("compartments", "unknown compartment '" + c + "'"));
            }
        }
        if (partner != null) {
            Set<Compartment> useful = readableBy(partner.type());
            for (Compartment c : compartments) {
                if (!useful.contains(c)) {
                    problems.add(new FieldProblem("compartments", c + " cannot be read by any role of a " + partner.type()
                            + " organisation (need to know): do not share it"));
                }
            }
        }
        String basis = r.basis() == null ? "" : r.basis().trim();
        String purpose = r.purpose() == null ? "" : r.purpose().trim();
        if (!codes.contains(CodeLists.SHARE_BASES, basis)) problems.add(new FieldProblem("basis", basis.isEmpty() ? "is required" : "unknown basis '" + basis + "'"));
        if (purpose.isEmpty()) problems.add(new FieldProblem("purpose", "is required: say what the sharing is for"));
        else if (purpose.length() > 500) problems.add(new FieldProblem("purpose", "is longer than 500 characters"));
        String givenBy = null;
        LocalDate givenOn = null;
        String orderRef = null;
        LocalDate orderDate = null;
        LocalDate today = LocalDate.now(clock);
        if (CONSENT.equals(basis)) {
            givenBy = r.consentGivenBy() == null ? null : r.consentGivenBy().trim();
            if (givenBy == null || givenBy.isEmpty()) problems.add(new FieldProblem("consentGivenBy", "is required for a sharing on consent"));
            else if (!codes.contains(CodeLists.CONSENT_GIVERS, givenBy)) problems.add(new FieldProblem("consentGivenBy", "unknown code '" + givenBy + "'"));
            givenOn = date("consentGivenOn", r.consentGivenOn(), true, today, problems);
        } else if (PROSECUTOR_ORDER.equals(basis)) {
            orderRef = r.orderReference() == null ? "" : r.orderReference().trim();
            if (orderRef.isEmpty()) problems.add(new FieldProblem("orderReference", "is required for a sharing on a prosecutor's order"));
            else if (orderRef.length() > 100) problems.add(new FieldProblem("orderReference", "is longer than 100 characters"));
            orderDate = date("orderDate", r.orderDate(), true, today, problems);
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        long inForce = jdbc.sql("SELECT COUNT(*) FROM case_share WHERE case_id = ? AND partner_org_id = ? AND ended_at IS NULL")
                .params(scope.ref().id(), partner.id()).query(Long.class).single();
        if (inForce > 0) {
            throw new RefusedException("SHARING_EXISTS", "the case is already shared with " + partner.code() + ": end that sharing first");
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO case_share (case_id, partner_org_id, basis, purpose, consent_given_by, consent_given_on, order_reference, "
                        + "order_date, started_at, started_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(scope.ref().id(), partner.id(), basis, purpose, new SqlParameterValue(Types.VARCHAR, givenBy),
                        new SqlParameterValue(Types.DATE, givenOn), new SqlParameterValue(Types.VARCHAR, orderRef),
                        new SqlParameterValue(Types.DATE, orderDate), now, scope.actor().username())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Compartment c : compartments) {
            jdbc.sql("INSERT INTO case_share_compartment (share_id, compartment) VALUES (?, ?)").params(id, c.name()).update();
        }
        audit.record(scope.actor(), AuditEvent.of("CASE_SHARED", "case", scope.ref().code())
                .withPurpose(purpose)
                .withDetail("partner=" + partner.code() + " compartments=" + compartments.stream().map(Enum::name).collect(Collectors.joining(","))
                        + " basis=" + basis + (orderRef != null ? " order=" + orderRef : "")));
        return id;
    }

    /** Ends a sharing in force. */
    @Transactional
    void end(CaseScope scope, long shareId, Integer version) {
        requireManager(scope);
        Share s = inForce(scope, shareId, version);
        close(s, scope, "ENDED", null);
        audit.record(scope.actor(), AuditEvent.of("CASE_SHARING_ENDED", "case", scope.ref().code()).withDetail("partner=" + s.partnerCode()));
    }

    /** Records that the person withdrew their consent: the sharing ends at once. */
    @Transactional
    void withdrawConsent(CaseScope scope, long shareId, String withdrawnOn, Integer version) {
        requireManager(scope);
        Share s = inForce(scope, shareId, version);
        if (!CONSENT.equals(s.basis())) {
            throw new RefusedException("NOT_ON_CONSENT", "this sharing rests on a prosecutor's order, not on consent: end it instead");
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = date("withdrawnOn", withdrawnOn, false, LocalDate.now(clock), problems);
        if (on == null && problems.isEmpty()) on = LocalDate.now(clock);
        if (on != null && s.consentGivenOn() != null && on.isBefore(s.consentGivenOn())) {
            problems.add(new FieldProblem("withdrawnOn", "is before the consent was given (" + s.consentGivenOn() + ")"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        close(s, scope, "CONSENT_WITHDRAWN", on);
        audit.record(scope.actor(), AuditEvent.of("CASE_CONSENT_WITHDRAWN", "case", scope.ref().code()).withDetail("partner=" + s.partnerCode()));
    }

    private Share inForce(CaseScope scope, long shareId, Integer version) {
        Share s = list(scope).stream().filter(x -> x.id() == shareId).findFirst()
                .orElseThrow(() -> new NotFoundException("Case " + scope.ref().code() + " has no sharing " + shareId + "."));
        if (!s.inForce()) throw new RefusedException("SHARING_ENDED", "this sharing has already ended");
        if (version != null && version != s.version()) throw new CaseStaleException("sharing", s.version());
        return s;
    }

    private void close(Share s, CaseScope scope, String reason, LocalDate withdrawnOn) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        int n = jdbc.sql("UPDATE case_share SET ended_at = ?, ended_by = ?, end_reason = ?, consent_withdrawn_on = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ? AND ended_at IS NULL")
                .params(now, scope.actor().username(), reason, new SqlParameterValue(Types.DATE, withdrawnOn), s.id(), s.version())
                .update();
        if (n == 0) throw new CaseStaleException("sharing", s.version() + 1);
    }

    private static LocalDate date(String field, String text, boolean required, LocalDate today, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.trim());
            if (d.isAfter(today)) {
                problems.add(new FieldProblem(field, "is in the future"));
                return null;
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date YYYY-MM-DD, not '" + text + "'"));
            return null;
        }
    }
}
