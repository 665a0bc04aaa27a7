package be.ariadne.referral;

import be.ariadne.access.Organisation;
import be.ariadne.access.OrganisationType;
import be.ariadne.access.Organisations;
import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.casefile.Assessment;
import be.ariadne.crypto.Binding;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.casefile.CaseFiles;
import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.Gender;
import be.ariadne.casefile.NewCase;
import be.ariadne.referral.IntakeRules.Status;
import be.ariadne.referral.IntakeRules.Step;
import be.ariadne.referral.Referral.Consent;
import be.ariadne.referral.Referral.StepKind;
import be.ariadne.screening.ReferredScreening;
import be.ariadne.screening.ReferredScreenings;
import be.ariadne.screening.SignalStatus;
import be.ariadne.screening.SignalView;
import be.ariadne.screening.Signals;
import be.ariadne.shared.Actor;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.RefusedException;
import be.ariadne.shared.StaleVersionException;
import be.ariadne.shared.SystemActor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referrals of screening signals to a specialised centre, and the centre's intake. Who sees what:
 * the users of the referring organisation (with a role that screens) see their referrals' status,
 * centre and dates — nothing of the case; the case workers of the centre the referral is at now
 * see all of it, its whole history and the screening. Anyone else: 404, as if it did not exist.
 * Every step is audited; decisions carry the version read (optimistic locking).
 */
@Service
class Referrals {
    /** Roles that may refer a signal of their organisation. */
    static final Set<String> REFERRER_ROLES = Set.of("FIRST_LINE", "INVESTIGATOR");
    static final String CENTRE_ROLE = "CASE_WORKER";
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TEXT = 1000;

    private final JdbcClient jdbc;
    private final Directory centres;
    private final DeclineReasons reasons;
    private final Signals signals;
    private final ReferredScreenings screenings;
    private final CaseFiles cases;
    private final Organisations organisations;
    private final AuditLog audit;
    private final FieldEncryption crypto;
    private final Clock clock;

    Referrals(JdbcClient jdbc, Directory centres, DeclineReasons reasons, Signals signals, ReferredScreenings screenings,
              CaseFiles cases, Organisations organisations, AuditLog audit, FieldEncryption crypto, Clock clock) {
        this.jdbc = jdbc;
        this.centres = centres;
        this.reasons = reasons;
        this.signals = signals;
        this.screenings = screenings;
        this.cases = cases;
        this.organisations = organisations;
        this.audit = audit;
        this.crypto = crypto;
        this.clock = clock;
    }

    /** What the referrer gives. {@code presumedMinor}/{@code urgent}: null means as the screening says (a screening's "yes" stays yes). */
    record ReferInput(Long signalId, String centre, String reason, String consent, String consentNote, Boolean urgent,
                      Boolean presumedMinor, String gender) {
    }

    /** Who the caller is for a referral. */
    enum Audience { REFERRER, CENTRE }

    // ---- referring ------------------------------------------------------------------------------

    /** The suggestion for a signal the caller may read, for the referral form. */
    Routing.Suggestion suggest(SignalView signal, boolean presumedMinor, Routing.Gender gender) {
        return Routing.suggest(centres.all(), signal.postalCode(), new Routing.Profile(presumedMinor, gender));
    }

    /** The caller's signal, for the referral form: 404 when they may not read it, 403 when they may not refer. */
    SignalView signalToRefer(long signalId) {
        requireReferrer(actor());
        return signals.find(signalId).orElseThrow(() -> new NotFoundException("no signal " + signalId));
    }

    Optional<Referral> ofSignal(long signalId) {
        return jdbc.sql("SELECT * FROM referral WHERE signal_id = ?").param(signalId).query(this::map).optional().map(this::withSteps);
    }

    /**
     * Refers the signal's person to a centre; a signal whose referral was declined is sent again
     * (same referral, one more step, history kept).
     */
    @Transactional
    Referral refer(ReferInput in) {
        Actor actor = actor();
        requireReferrer(actor);
        List<FieldProblem> problems = new ArrayList<>();
        if (in == null) throw new InvalidInputException("body", "is required");
        if (in.signalId() == null) problems.add(new FieldProblem("signal", "is required"));
        String centreCode = clean(in.centre());
        if (centreCode == null) problems.add(new FieldProblem("centre", "is required: choose the centre to refer to"));
        Consent consent = parse(Consent.class, in.consent(), "consent", problems, true);
        String consentNote = clean(in.consentNote());
        if (consent != null && consent != Consent.GIVEN && consentNote == null) {
            problems.add(new FieldProblem("consentNote", "is required when consent is " + consent + ": say why"));
        }
        Routing.Gender gender = parse(Routing.Gender.class, in.gender(), "gender", problems, false);
        String reason = clean(in.reason());
        length(reason, "reason", problems);
        length(consentNote, "consentNote", problems);
        if (in.signalId() == null) throw new InvalidInputException(problems);

        SignalView signal = signals.find(in.signalId()).orElseThrow(() -> new NotFoundException("no signal " + in.signalId()));
        Optional<Centre> chosen = centreCode == null ? Optional.empty() : centres.byCode(centreCode);
        if (centreCode != null && chosen.isEmpty()) {
            problems.add(new FieldProblem("centre", "'" + centreCode + "' is not a centre of the directory"));
        }
        boolean minor = signal.presumedMinor() || Boolean.TRUE.equals(in.presumedMinor());
        boolean urgent = signal.urgent() || Boolean.TRUE.equals(in.urgent());
        Routing.Gender g = gender == null ? Routing.Gender.UNKNOWN : gender;
        Routing.Suggestion suggestion = suggest(signal, minor, g);
        if (centreCode != null && !centreCode.equals(suggestion.centreCode()) && reason == null) {
            problems.add(new FieldProblem("reason", suggestion.centreCode() == null
                    ? "is required: there is no suggested centre for this place and profile, say why you chose " + centreCode
                    : "is required when the centre differs from the suggested one (" + suggestion.centreCode() + ")"));
        }
        // A deactivated (or not receiving) centre is the reason to give first: no other input makes it possible.
        if (chosen.isPresent()) requireReceiving(chosen.get());
        if (!problems.isEmpty()) throw new InvalidInputException(problems);

        Optional<Referral> existing = ofSignal(signal.id());
        long id;
        if (existing.isEmpty()) {
            KeyHolder key = new GeneratedKeyHolder();
            try {
            jdbc.sql("""
                            INSERT INTO referral (signal_id, referrer_org, referred_by, sent_at, sent_on, centre_code, suggested_centre,
                              status, urgent, presumed_minor, child_alert, gender, postal_code, consent,
                              status_changed_at, version)
                            VALUES (?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(signal.id(), actor.organisationCode(), actor.username(), now(), today(), centreCode,
                            suggestion.centreCode(), urgent, minor, suggestion.childProtectionAlert(), g.name(),
                            signal.postalCode(), consent.name(), now())
                    .update(key, "id");
            } catch (DuplicateKeyException sameTime) {
                throw new RefusedException("ALREADY_PENDING", "The signal was referred by someone else at the same time.");
            }
            id = key.getKey().longValue();
            jdbc.sql("UPDATE referral SET consent_note_enc = ? WHERE id = ?")
                    .params(crypto.encrypt(consentNote, consentBinding(id)), id).update();
            step(id, StepKind.SENT, null, centreCode, null, reason, actor);
        } else {
            Referral r = existing.get();
            IntakeRules.check(r.status(), Step.SEND_AGAIN, r.centreCode(), centreCode, r.declinedBy()).ifPresent(Referrals::refuse);
            int n = jdbc.sql("""
                            UPDATE referral SET centre_code = ?, suggested_centre = ?, status = 'SENT', urgent = ?, presumed_minor = ?,
                              child_alert = ?, gender = ?, consent = ?, consent_note_enc = ?, status_changed_at = ?, version = version + 1
                            WHERE id = ? AND version = ?""")
                    .params(centreCode, suggestion.centreCode(), urgent, minor, suggestion.childProtectionAlert() || r.childProtectionAlert(),
                            g.name(), consent.name(), crypto.encrypt(consentNote, consentBinding(r.id())), now(), r.id(), r.version())
                    .update();
            if (n == 0) throw new StaleVersionException("Referral " + r.id());
            id = r.id();
            step(id, StepKind.SENT_AGAIN, r.centreCode(), centreCode, null, reason, actor);
        }
        if (signal.status() != SignalStatus.REFERRED) signals.changeStatus(signal.id(), SignalStatus.REFERRED);
        audit.record(AuditEvent.of(existing.isEmpty() ? "REFERRAL_SENT" : "REFERRAL_SENT_AGAIN", "referral", id)
                .withDetail("signal=" + signal.id() + " centre=" + centreCode + " suggested=" + suggestion.centreCode()
                        + " consent=" + consent + (urgent ? " urgent" : "") + (minor ? " minor" : "")));
        if (suggestion.childProtectionAlert()) {
            audit.record(AuditEvent.of("CHILD_PROTECTION_ALERT", "referral", id).withDetail("presumed minor referred to " + centreCode));
        }
        return require(id);
    }

    // ---- intake ---------------------------------------------------------------------------------

    /** Accepts: opens a case held by the centre with the screening as its first assessment. */
    @Transactional
    Referral accept(long id, Integer version) {
        Actor actor = actor();
        Referral r = forCentre(id, actor);
        checkVersion(r, version);
        IntakeRules.check(r.status(), Step.ACCEPT, r.centreCode(), null, r.declinedBy()).ifPresent(Referrals::refuse);
        ReferredScreening s = screenings.forReferral(r.signalId(), r.id())
                .orElseThrow(() -> new NotFoundException("the signal of referral " + id + " no longer exists"));
        CaseRef ref = cases.open(newCase(r, s), r.centreCode());
        update(r, Status.ACCEPTED, r.centreCode(), "case_code = ?, accepted_on = ?, ", ref.code(), today());
        step(r.id(), StepKind.ACCEPTED, null, r.centreCode(), null, null, actor);
        audit.record(AuditEvent.of("REFERRAL_ACCEPTED", "referral", id).withDetail("case=" + ref.code()));
        return require(id);
    }

    @Transactional
    Referral decline(long id, String reasonCode, String note, Integer version) {
        Actor actor = actor();
        Referral r = forCentre(id, actor);
        List<FieldProblem> problems = new ArrayList<>();
        String code = clean(reasonCode);
        String text = clean(note);
        if (code == null) problems.add(new FieldProblem("reason", "is required: one of " + reasons.codes()));
        else if (!reasons.contains(code)) problems.add(new FieldProblem("reason", "'" + code + "' is not one of " + reasons.codes()));
        if (DeclineReasons.OTHER.equals(code) && text == null) problems.add(new FieldProblem("note", "is required when the reason is OTHER"));
        length(text, "note", problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        checkVersion(r, version);
        IntakeRules.check(r.status(), Step.DECLINE, r.centreCode(), null, r.declinedBy()).ifPresent(Referrals::refuse);
        update(r, Status.DECLINED, r.centreCode(), "", null, null);
        step(r.id(), StepKind.DECLINED, null, r.centreCode(), code, text, actor);
        // The signal is the referrer's again, to refer elsewhere.
        new SystemActor("referral").run(() -> signals.find(r.signalId())
                .filter(sig -> sig.status() == SignalStatus.REFERRED) // a signal the referrer closed meanwhile stays closed
                .ifPresent(sig -> signals.changeStatus(sig.id(), SignalStatus.OPEN)));
        audit.record(AuditEvent.of("REFERRAL_DECLINED", "referral", id).withDetail("centre=" + r.centreCode() + " reason=" + code));
        return require(id);
    }

    @Transactional
    Referral redirect(long id, String toCentre, String note, Integer version) {
        Actor actor = actor();
        Referral r = forCentre(id, actor);
        List<FieldProblem> problems = new ArrayList<>();
        String to = clean(toCentre);
        String text = clean(note);
        if (to == null) problems.add(new FieldProblem("centre", "is required: choose the centre to redirect to"));
        if (text == null) problems.add(new FieldProblem("reason", "is required: say why the referral goes to another centre"));
        length(text, "reason", problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Centre target = centres.byCode(to).orElseThrow(() -> new InvalidInputException("centre", "'" + to + "' is not a centre of the directory"));
        checkVersion(r, version);
        IntakeRules.check(r.status(), Step.REDIRECT, r.centreCode(), to, r.declinedBy()).ifPresent(Referrals::refuse);
        requireReceiving(target);
        update(r, Status.REDIRECTED, to, "", null, null);
        step(r.id(), StepKind.REDIRECTED, r.centreCode(), to, null, text, actor);
        audit.record(AuditEvent.of("REFERRAL_REDIRECTED", "referral", id).withDetail(r.centreCode() + "->" + to));
        return require(id);
    }

    // ---- reading --------------------------------------------------------------------------------

    record Seen(Referral referral, Audience audience) {
    }

    /** A referral as the caller may see it; 404 when they may not. Audited. */
    @Transactional
    Seen read(long id) {
        Actor actor = actor();
        Optional<Referral> found = find(id);
        Audience audience = found.map(r -> audience(actor, r)).orElse(null);
        if (audience == null) {
            audit.record(AuditEvent.of("REFERRAL_READ", "referral", id).withOutcome(AuditEvent.Outcome.DENIED));
            throw new NotFoundException("no referral " + id);
        }
        audit.record(AuditEvent.of("REFERRAL_READ", "referral", id).withDetail("as " + audience));
        return new Seen(found.get(), audience);
    }

    /** The screening of a referral the caller's centre holds (audited by the screening module). */
    ReferredScreening screening(Referral r) {
        return screenings.forReferral(r.signalId(), r.id()).orElse(null);
    }

    /** The referrals waiting at the caller's centre: urgent first, then the oldest. */
    @Transactional
    List<Referral> queue() {
        Actor actor = actor();
        requireCentre(actor);
        if (!"SPECIALISED_CENTRE".equals(actor.organisationType())) return List.of(); // e.g. a guardian: no intake
        List<Referral> list = jdbc.sql("SELECT * FROM referral WHERE centre_code = ? AND status IN ('SENT', 'REDIRECTED') "
                        + "ORDER BY urgent DESC, status_changed_at, id LIMIT 500")
                .param(actor.organisationCode()).query(this::map).list();
        list = withSteps(list);
        audit.record(AuditEvent.of("REFERRAL_QUEUE_LISTED", "organisation", actor.organisationCode())
                .withDetail("referrals " + list.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(","))));
        return list;
    }

    /** How many referrals wait at a centre. */
    long waiting(String centreCode) {
        return jdbc.sql("SELECT COUNT(*) FROM referral WHERE centre_code = ? AND status IN ('SENT', 'REDIRECTED')")
                .param(centreCode).query(Long.class).single();
    }

    /** The referrals the caller's organisation made, newest first. */
    @Transactional
    List<Referral> mine(int offset, int limit) {
        Actor actor = actor();
        requireReferrer(actor);
        List<Referral> list = jdbc.sql("SELECT * FROM referral WHERE referrer_org = ? ORDER BY sent_at DESC, id DESC LIMIT "
                        + Math.max(1, Math.min(limit, 200)) + " OFFSET " + Math.max(0, offset))
                .param(actor.organisationCode()).query(this::map).list();
        list = withSteps(list);
        audit.record(AuditEvent.of("REFERRALS_LISTED", "organisation", actor.organisationCode()).withDetail("as referrer, " + list.size()));
        return list;
    }

    static Audience audience(Actor actor, Referral r) {
        if (actor == null) return null;
        if (actor.hasRole(CENTRE_ROLE) && r.centreCode().equals(actor.organisationCode())) return Audience.CENTRE;
        if (r.referrerOrg().equals(actor.organisationCode()) && actor.roles().stream().anyMatch(Signals.ROLES::contains)) {
            return Audience.REFERRER;
        }
        return null;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Referral forCentre(long id, Actor actor) {
        Optional<Referral> r = find(id);
        if (r.isEmpty() || audience(actor, r.get()) != Audience.CENTRE) {
            if (r.isPresent() && audience(actor, r.get()) == Audience.REFERRER) {
                throw new AccessDeniedException("only the centre the referral is at decides on it");
            }
            throw new NotFoundException("no referral " + id);
        }
        return r.get();
    }

    private NewCase newCase(Referral r, ReferredScreening s) {
        JsonNode person = JSON.readTree(s.requestJson()).path("person");
        NewCase.Builder b = NewCase.builder().registrationDate(today()).referralId(r.id()).signalId(r.signalId())
                .presumedMinor(r.presumedMinor())
                .gender(switch (r.gender()) {
                    case WOMAN -> Gender.FEMININE;
                    case MAN -> Gender.MASCULINE;
                    case OTHER, UNKNOWN -> Gender.UNKNOWN;
                })
                .assessment(new Assessment("SCREENING", s.catalogueVersion(), s.signs(), s.indicators(), s.resultJson(), s.observedOn()));
        String citizenship = person.path("citizenship").asString(null);
        if (citizenship != null && Set.of(Locale.getISOCountries()).contains(citizenship)) b.citizenships(List.of(citizenship));
        if (person.path("age").isInt()) b.ageAtRegistration(person.path("age").asInt());
        return b.build();
    }

    private void update(Referral r, Status status, String centre, String extraSet, Object extra1, Object extra2) {
        List<Object> params = new ArrayList<>();
        params.add(status.name());
        params.add(centre);
        if (!extraSet.isEmpty()) {
            params.add(extra1);
            params.add(extra2);
        }
        params.add(now());
        params.add(r.id());
        params.add(r.version());
        int n = jdbc.sql("UPDATE referral SET status = ?, centre_code = ?, " + extraSet + "status_changed_at = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?").params(params).update();
        if (n == 0) throw new StaleVersionException("Referral " + r.id());
    }

    private void step(long referralId, StepKind kind, String from, String centre, String reasonCode, String reasonText, Actor actor) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO referral_step (referral_id, kind, from_centre, centre_code, reason_code, actor, actor_org, happened_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(referralId, kind.name(), from, centre, reasonCode, actor.username(), actor.organisationCode(), now())
                .update(key, "id");
        long stepId = key.getKey().longValue();
        if (reasonText != null) {
            jdbc.sql("UPDATE referral_step SET reason_text_enc = ? WHERE id = ?")
                    .params(crypto.encrypt(reasonText, stepBinding(stepId)), stepId).update();
        }
    }

    private void checkVersion(Referral r, Integer version) {
        if (version == null) throw new InvalidInputException("version", "is required (the version of the referral you read)");
        if (version != r.version()) throw new StaleVersionException("Referral " + r.id());
    }

    private void requireReceiving(Centre centre) {
        if (!centre.active()) {
            throw new RefusedException("CENTRE_DEACTIVATED", centre.name() + " is deactivated in the directory: choose another centre.");
        }
        Optional<Organisation> org = organisations.byCode(centre.code());
        if (org.isEmpty() || !org.get().active() || org.get().type() != OrganisationType.SPECIALISED_CENTRE) {
            throw new RefusedException("CENTRE_NOT_RECEIVING", centre.name() + " has no active organisation in Ariadne to receive referrals.");
        }
    }

    private static void requireReferrer(Actor actor) {
        if (actor == null || actor.roles().stream().noneMatch(REFERRER_ROLES::contains)) {
            throw new AccessDeniedException("your role does not allow referring");
        }
    }

    private static void requireCentre(Actor actor) {
        if (actor == null || !actor.hasRole(CENTRE_ROLE)) {
            throw new AccessDeniedException("only a centre's case workers have an intake queue");
        }
    }

    private static void refuse(IntakeRules.Refusal r) {
        throw new RefusedException(r.rule(), r.message());
    }

    Referral require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no referral " + id));
    }

    private Optional<Referral> find(long id) {
        return jdbc.sql("SELECT * FROM referral WHERE id = ?").param(id).query(this::map).optional().map(this::withSteps);
    }

    private Referral withSteps(Referral r) {
        return withSteps(List.of(r)).get(0);
    }

    /** The referrals with their steps, read in one query. */
    private List<Referral> withSteps(List<Referral> referrals) {
        if (referrals.isEmpty()) return referrals;
        String ids = referrals.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(","));
        record StepRow(long referralId, Referral.Step step) {
        }
        java.util.Map<Long, List<Referral.Step>> byReferral = jdbc.sql("SELECT * FROM referral_step WHERE referral_id IN (" + ids + ") ORDER BY id")
                .query((rs, n) -> new StepRow(rs.getLong("referral_id"), new Referral.Step(rs.getLong("id"),
                        StepKind.valueOf(rs.getString("kind")), rs.getString("from_centre"), rs.getString("centre_code"),
                        rs.getString("reason_code"), crypto.decrypt(rs.getBytes("reason_text_enc"), stepBinding(rs.getLong("id"))),
                        rs.getString("actor"), rs.getString("actor_org"), rs.getObject("happened_at", OffsetDateTime.class).toInstant())))
                .list().stream()
                .collect(Collectors.groupingBy(StepRow::referralId, Collectors.mapping(StepRow::step, Collectors.toList())));
        return referrals.stream().map(r -> with(r, byReferral.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Referral with(Referral r, List<Referral.Step> steps) {
        return new Referral(r.id(), r.signalId(), r.referrerOrg(), r.referredBy(), r.sentAt(), r.sentOn(), r.centreCode(),
                r.suggestedCentre(), r.status(), r.urgent(), r.presumedMinor(), r.childProtectionAlert(), r.gender(), r.postalCode(),
                r.consent(), r.consentNote(), r.caseCode(), r.acceptedOn(), r.statusChangedAt(), r.version(), steps);
    }

    private Referral map(ResultSet rs, int n) throws SQLException {
        return new Referral(rs.getLong("id"), rs.getLong("signal_id"), rs.getString("referrer_org"), rs.getString("referred_by"),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant(), rs.getObject("sent_on", LocalDate.class),
                rs.getString("centre_code"), rs.getString("suggested_centre"), Status.valueOf(rs.getString("status")),
                rs.getBoolean("urgent"), rs.getBoolean("presumed_minor"), rs.getBoolean("child_alert"),
                Routing.Gender.valueOf(rs.getString("gender")), rs.getString("postal_code"), Consent.valueOf(rs.getString("consent")),
                crypto.decrypt(rs.getBytes("consent_note_enc"), consentBinding(rs.getLong("id"))), rs.getString("case_code"), rs.getObject("accepted_on", LocalDate.class),
                rs.getObject("status_changed_at", OffsetDateTime.class).toInstant(), rs.getInt("version"), List.of());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldProblem> problems, boolean required) {
        String v = clean(value);
        if (v == null) {
            if (required) problems.add(new FieldProblem(field, "is required: one of " + List.of(type.getEnumConstants())));
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "'" + v + "' is not one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    private static void length(String text, String field, List<FieldProblem> problems) {
        if (text != null && text.length() > MAX_TEXT) problems.add(new FieldProblem(field, "must be at most " + MAX_TEXT + " characters"));
    }

    static String clean(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static Binding consentBinding(long referralId) {
        return Binding.of("referral", "consent_note", referralId);
    }

    static Binding stepBinding(long stepId) {
        return Binding.of("referral_step", "reason_text", stepId);
    }

    static Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Actor a ? a : null;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(BELGIUM));
    }
}
