package be.ariadne.casefile;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.Actor;
import be.ariadne.shared.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * THE enforcement point of the need-to-know policy: every screen, API call, search, export and
 * document download of any module asks it before showing or changing anything of a case.
 *
 * <p>Access is computed live, on every call (no cache), from the policy row of the user's
 * organisation type and roles ({@code casefile/need-to-know.csv}) and the user's relation to the
 * case: the holding centre's users get their row in full; a partner organisation gets its row
 * restricted to the compartments currently shared with it; an active break-glass grant of the
 * user adds READ of their row's compartments. So an ended sharing or a withdrawn consent removes
 * access at once. Within IDENTITY, a role listed in {@code casefile/identity-restrictions.csv} sees
 * only the parts listed there (e.g. the Immigration Office: names, birth date, identity documents;
 * no phones, addresses or aliases), wherever the case is shown, searched or exported.
 *
 * <p>A case the user may read nothing of is "not found" ({@link NotFoundException}, 404), exactly
 * as a case that does not exist; a visible case whose compartment or action is not allowed is
 * {@link AccessDeniedException} (403).
 */
@Component
public class CaseGuard {
    private final JdbcClient jdbc;
    private final NeedToKnowPolicy policy;
    private final IdentityRestrictions identityRestrictions;
    private final AuditLog audit;
    private final Clock clock;

    CaseGuard(JdbcClient jdbc, NeedToKnowPolicy policy, IdentityRestrictions identityRestrictions, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.identityRestrictions = identityRestrictions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The case, for the signed-in user, when they may do {@code access} with {@code compartment}.
     * A read allowed only by a break-glass grant is recorded in the audit trail.
     *
     * @throws NotFoundException     the case does not exist or the user may see nothing of it
     * @throws AccessDeniedException the user sees the case but not this compartment or action
     */
    public CaseRef require(String caseCode, Compartment compartment, Access access) {
        CaseScope scope = scope(currentActor(), caseCode);
        scope.require(compartment, access);
        if (scope.viaBreakGlass().contains(compartment)) auditBreakGlassRead(scope, Set.of(compartment));
        return scope.ref();
    }

    /** Whether {@code actor} may do {@code access} with {@code compartment} of the case, now. */
    public boolean may(Actor actor, CaseRef ref, Compartment compartment, Access access) {
        return scope(actor, ref).may(compartment, access);
    }

    /**
     * Of these cases, the ids whose {@code compartment} {@code actor} may read now: the rule of
     * {@link #may}, applied to a whole list in one query per thousand ids (for lists such as deadlines).
     */
    public Set<Long> readableAmong(Actor actor, Compartment compartment, java.util.Collection<Long> caseIds) {
        Set<Long> out = new java.util.HashSet<>();
        if (caseIds.isEmpty()) return out;
        Visibility v = visibility(actor, compartment);
        if (v.none()) return out;
        List<Long> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            List<Object> params = new ArrayList<>(v.params());
            params.addAll(part);
            out.addAll(jdbc.sql("SELECT c.id FROM case_file c WHERE " + v.sql() + " AND c.id IN ("
                    + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ")").params(params).query(Long.class).list());
        }
        return out;
    }

    /** The compartments of the case {@code actor} may read now (empty: the case is invisible to them). */
    public Set<Compartment> readable(Actor actor, CaseRef ref) {
        return scope(actor, ref).readable();
    }

    /**
     * The parts of the case's IDENTITY {@code actor} may see now ({@code NAMES}, {@code BIRTH_DATE},
     * {@code IDENTITY_DOCUMENTS}, {@code ALIASES}, {@code PHONES}, {@code ADDRESSES}; empty when they
     * may not read IDENTITY): what another module's export of a case's identity may show them
     * ({@code casefile/identity-restrictions.csv}).
     */
    public Set<String> identityParts(Actor actor, CaseRef ref) {
        CaseScope scope = scope(actor, ref);
        if (!scope.may(Compartment.IDENTITY, Access.READ)) return Set.of();
        Set<String> out = new java.util.LinkedHashSet<>();
        for (IdentityRestrictions.IdentityPart p : IdentityRestrictions.IdentityPart.values()) {
            if (scope.identityParts().contains(p)) out.add(p.name());
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    // ---- inside the module -------------------------------------------------------------------

    /** The signed-in user or the application acting (both are {@link Actor}s). */
    static Actor currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor a) return a;
        throw new AccessDeniedException("sign in first");
    }

    /** The actor's policy row (union over their roles). */
    Map<Compartment, Access> row(Actor actor) {
        return policy.row(actor.organisationType(), actor.roles());
    }

    /** The parts of IDENTITY the actor may see wherever they may read IDENTITY ({@code casefile/identity-restrictions.csv}). */
    Set<IdentityRestrictions.IdentityPart> identityParts(Actor actor) {
        return identityRestrictions.parts(actor.organisationType(), actor.roles(), policy);
    }

    NeedToKnowPolicy policy() {
        return policy;
    }

    /** The scope of a case by its code; 404 when it does not exist or the actor may see nothing of it. */
    CaseScope scope(Actor actor, String caseCode) {
        CaseRef ref = lookup(caseCode).orElseThrow(() -> notFound(caseCode));
        CaseScope scope = scope(actor, ref);
        if (scope.access().isEmpty()) throw notFound(caseCode);
        return scope;
    }

    static NotFoundException notFound(String caseCode) {
        return new NotFoundException("There is no case " + caseCode + " that you may see.");
    }

    Optional<CaseRef> lookup(String caseCode) {
        if (caseCode == null || caseCode.length() > 20) return Optional.empty();
        return jdbc.sql("SELECT c.id, c.code, c.holding_org_id, o.code AS org_code FROM case_file c "
                        + "JOIN organisation o ON o.id = c.holding_org_id WHERE c.code = ?")
                .param(caseCode)
                .query((rs, n) -> new CaseRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .optional();
    }

    /** Live: the policy row, the sharings in force with the actor's organisation and the actor's break-glass grants. */
    CaseScope scope(Actor actor, CaseRef ref) {
        if (actor instanceof be.ariadne.shared.SystemActor) {
            return new CaseScope(ref, actor, Map.of(), null, Set.of()); // holds no role: may pass no policy check
        }
        Map<Compartment, Access> row = row(actor);
        if (row.isEmpty()) return new CaseScope(ref, actor, Map.of(), null, Set.of());
        boolean holder = actor.organisationId() == ref.holdingOrganisationId();
        Set<Compartment> shared = EnumSet.noneOf(Compartment.class);
        if (!holder) {
            jdbc.sql("SELECT sc.compartment FROM case_share s JOIN case_share_compartment sc ON sc.share_id = s.id "
                            + "WHERE s.case_id = ? AND s.partner_org_id = ? AND s.ended_at IS NULL")
                    .params(ref.id(), actor.organisationId())
                    .query(String.class).list().forEach(c -> shared.add(Compartment.valueOf(c)));
        }
        Map<Compartment, Access> normal = AccessRules.effective(row, holder, shared, false);
        Long grant = null;
        Set<Compartment> viaBreakGlass = EnumSet.noneOf(Compartment.class);
        if (!normal.keySet().containsAll(row.keySet())) {
            grant = jdbc.sql("SELECT id FROM break_glass WHERE user_id = ? AND case_id = ? AND expires_at > ? ORDER BY expires_at DESC")
                    .params(actor.userId(), ref.id(), OffsetDateTime.now(clock))
                    .query(Long.class).list().stream().findFirst().orElse(null);
        }
        Map<Compartment, Access> effective = AccessRules.effective(row, holder, shared, grant != null);
        if (grant != null) {
            for (Compartment c : effective.keySet()) if (!normal.containsKey(c)) viaBreakGlass.add(c);
            if (viaBreakGlass.isEmpty()) grant = null;
        }
        return new CaseScope(ref, actor, effective, grant, viaBreakGlass, identityParts(actor));
    }

    void auditBreakGlassRead(CaseScope scope, Set<Compartment> compartments) {
        Set<Compartment> used = EnumSet.noneOf(Compartment.class);
        for (Compartment c : compartments) if (scope.viaBreakGlass().contains(c)) used.add(c);
        if (used.isEmpty()) return;
        audit.record(scope.actor(), AuditEvent.of("BREAK_GLASS_READ", "case", scope.ref().code())
                .withDetail("grant=" + scope.breakGlassGrant() + " compartments="
                        + used.stream().map(Enum::name).collect(Collectors.joining(","))));
    }

    /**
     * The SQL condition (on {@code case_file c}) selecting the cases the actor may see, or, with
     * {@code required}, may read that compartment of: the same rule as {@link #scope(Actor, CaseRef)},
     * for lists and searches. Each source of access is included only when it can apply, so that a
     * centre's list is a plain index range scan.
     */
    Visibility visibility(Actor actor, Compartment required) {
        Map<Compartment, Access> row = row(actor);
        if (row.isEmpty() || (required != null && !row.containsKey(required))) return Visibility.NONE;
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if ("SPECIALISED_CENTRE".equals(actor.organisationType())) {
            parts.add("c.holding_org_id = ?");
            params.add(actor.organisationId());
        }
        Set<Compartment> shareable = required == null ? row.keySet() : Set.of(required);
        List<String> others = new ArrayList<>();
        List<Object> otherParams = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        // One round trip tells which sources of access can apply at all.
        boolean[] any = jdbc.sql("SELECT (SELECT COUNT(*) FROM case_share WHERE partner_org_id = ? AND ended_at IS NULL), "
                        + "(SELECT COUNT(*) FROM break_glass WHERE user_id = ? AND expires_at > ?)")
                .params(actor.organisationId(), actor.userId(), now)
                .query((rs, n) -> new boolean[] {rs.getLong(1) > 0, rs.getLong(2) > 0}).single();
        if (any[0]) {
            others.add("SELECT s.case_id FROM case_share s JOIN case_share_compartment sc ON sc.share_id = s.id "
                    + "WHERE s.partner_org_id = ? AND s.ended_at IS NULL AND sc.compartment IN ("
                    + shareable.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", ")) + ")");
            otherParams.add(actor.organisationId());
        }
        if (any[1]) {
            others.add("SELECT b.case_id FROM break_glass b WHERE b.user_id = ? AND b.expires_at > ?");
            otherParams.add(actor.userId());
            otherParams.add(now);
        }
        if (!others.isEmpty()) {
            parts.add("c.id IN (" + String.join(" UNION ", others) + ")");
            params.addAll(otherParams);
        }
        if (parts.isEmpty()) return Visibility.NONE;
        return new Visibility(parts.size() == 1 ? parts.get(0) : "(" + String.join(" OR ", parts) + ")", params);
    }

    /** A SQL condition on {@code case_file c} and its parameters. */
    record Visibility(String sql, List<Object> params) {
        static final Visibility NONE = new Visibility("1 = 0", List.of());

        boolean none() {
            return this == NONE;
        }
    }
}
