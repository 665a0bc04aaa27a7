package be.ariadne.screening.signals;

import be.ariadne.access.Organisation;
import be.ariadne.access.Organisations;
import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.crypto.Binding;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.screening.IndicatorCatalogue;
import be.ariadne.screening.NewSignal;
import be.ariadne.screening.Qualification;
import be.ariadne.screening.ScreeningEngine;
import be.ariadne.screening.ScreeningJson;
import be.ariadne.screening.ScreeningResult;
import be.ariadne.screening.SignalSaved;
import be.ariadne.screening.SignalSource;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signals in table {@code screening_signal}; see {@link Signals} for who may do what. */
@Service
class JdbcSignals implements Signals {
    static final String TABLE = "screening_signal";
    /** Dates are Belgian dates: "today" is today in Brussels. */
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private final JdbcClient jdbc;
    private final FieldEncryption crypto;
    private final AuditLog audit;
    private final Organisations organisations;
    private final ScreeningEngine engine;
    private final ScreeningJson json;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    JdbcSignals(JdbcClient jdbc, FieldEncryption crypto, AuditLog audit, Organisations organisations,
                ScreeningEngine engine, ScreeningJson json, ApplicationEventPublisher events, MessageSource messages,
                Clock clock) {
        this.jdbc = jdbc;
        this.crypto = crypto;
        this.audit = audit;
        this.organisations = organisations;
        this.engine = engine;
        this.json = json;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long save(NewSignal signal) {
        Actor actor = currentActor();
        if (actor == null || actor instanceof SystemActor || !mayUseSignals(actor)) {
            throw new AccessDeniedException("your role does not allow saving signals");
        }
        check(signal, SignalSource.SCREENING);
        return insert(actor.organisationCode(), SignalSource.SCREENING, actor.username(), signal);
    }

    @Override
    @Transactional
    public long saveFromSystem(String organisationCode, SignalSource source, NewSignal signal) {
        if (source == null) throw new InvalidInputException("source", "is required");
        Organisation organisation = organisations.byCode(organisationCode).filter(Organisation::active)
                .orElseThrow(() -> new InvalidInputException("organisation", "no active organisation " + organisationCode));
        check(signal, source);
        Actor actor = currentActor();
        return insert(organisation.code(), source, actor == null ? "system" : actor.username(), signal);
    }

    private void check(NewSignal signal, SignalSource source) {
        if (signal == null) throw new InvalidInputException("signal", "is required");
        List<FieldProblem> problems = SignalDetailsRules.check(signal, source, today()).stream()
                .map(p -> p.worded(messages, Locale.ENGLISH)).toList();
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    private long insert(String organisationCode, SignalSource source, String createdBy, NewSignal signal) {
        ScreeningResult result = engine.evaluate(signal.request(), signal.language());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO screening_signal (organisation_code, source, status, created_by, created_at, observed_on,
                    postal_code, municipality, request_json, result_json, result_language, catalogue_version,
                    presumed_minor, urgent, belgium)
                VALUES (?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationCode, source.name(), createdBy, now(),
                        signal.observedOn() == null ? today() : signal.observedOn(),
                        signal.postalCode(), signal.municipality(), json.writeRequest(signal.request()), json.write(result),
                        IndicatorCatalogue.language(signal.language()), result.catalogue(), result.presumedMinor(),
                        result.urgent(), result.trafficking().belgium().name())
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.sql("UPDATE screening_signal SET notes_enc = ?, other_sign_enc = ? WHERE id = ?")
                .params(crypto.encrypt(signal.notes(), binding("notes", id)),
                        crypto.encrypt(signal.otherSign(), binding("other_sign", id)), id)
                .update();
        audit.record(AuditEvent.of("SIGNAL_SAVED", "signal", id).withDetail("organisation=" + organisationCode
                + " source=" + source + " catalogue=" + result.catalogue() + " belgium=" + result.trafficking().belgium()
                + (result.urgent() ? " urgent" : "") + (result.presumedMinor() ? " minor" : "")));
        events.publishEvent(new SignalSaved(id, organisationCode));
        return id;
    }

    @Override
    @Transactional
    public Optional<SignalView> find(long id) {
        Actor actor = currentActor();
        Optional<Row> row = jdbc.sql("SELECT * FROM screening_signal WHERE id = ?").param(id).query(JdbcSignals::row).optional();
        if (row.isEmpty() || !maySee(actor, row.get().organisationCode())) {
            audit.record(AuditEvent.of("SIGNAL_READ", "signal", id).withOutcome(AuditEvent.Outcome.DENIED));
            return Optional.empty();
        }
        audit.record(AuditEvent.of("SIGNAL_READ", "signal", id));
        return Optional.of(view(row.get()));
    }

    @Override
    @Transactional
    public List<SignalView> ofOrganisation(String organisationCode, int offset, int limit) {
        Actor actor = currentActor();
        if (!maySee(actor, organisationCode)) {
            audit.record(AuditEvent.of("SIGNALS_LISTED", "organisation", organisationCode).withOutcome(AuditEvent.Outcome.DENIED));
            throw new AccessDeniedException("you may not read the signals of " + organisationCode);
        }
        List<Row> rows = jdbc.sql("SELECT * FROM screening_signal WHERE organisation_code = ? ORDER BY created_at DESC, id DESC"
                        + " LIMIT " + Math.max(1, Math.min(limit, 100)) + " OFFSET " + Math.max(0, offset))
                .param(organisationCode).query(JdbcSignals::row).list();
        audit.record(AuditEvent.of("SIGNALS_LISTED", "organisation", organisationCode)
                .withDetail("signals " + rows.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(","))));
        return rows.stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public void changeStatus(long id, SignalStatus newStatus) {
        Actor actor = currentActor();
        record Current(String organisationCode, SignalStatus status) {
        }
        Current current = jdbc.sql("SELECT organisation_code, status FROM screening_signal WHERE id = ?").param(id)
                .query((rs, n) -> new Current(rs.getString(1), SignalStatus.valueOf(rs.getString(2)))).optional()
                .filter(c -> maySee(actor, c.organisationCode()))
                .orElseThrow(() -> new NotFoundException("no signal " + id));
        if (!current.status().canChangeTo(newStatus)) {
            throw new RefusedException("SIGNAL_STATUS_TRANSITION",
                    "A signal that is " + current.status() + " cannot become " + newStatus
                            + (current.status() == SignalStatus.CLOSED ? " (a closed signal can only be reopened: OPEN)" : ""));
        }
        // Compare-and-set on the status read: a change made meanwhile by someone else is not overwritten.
        int updated = jdbc.sql("UPDATE screening_signal SET status = ?, status_changed_at = ?, status_changed_by = ? WHERE id = ? AND status = ?")
                .params(newStatus.name(), now(), actor == null ? "system" : actor.username(), id, current.status().name())
                .update();
        if (updated == 0) throw new StaleVersionException("Signal " + id);
        audit.record(AuditEvent.of("SIGNAL_STATUS_CHANGED", "signal", id).withDetail(current.status() + "->" + newStatus));
    }

    /** Users of the organisation with a signal role, and the application itself. */
    private static boolean maySee(Actor actor, String organisationCode) {
        if (actor instanceof SystemActor) return true;
        return actor != null && mayUseSignals(actor) && organisationCode != null
                && organisationCode.equals(actor.organisationCode());
    }

    private static boolean mayUseSignals(Actor actor) {
        for (String role : actor.roles()) if (ROLES.contains(role)) return true;
        return false;
    }

    private static Actor currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Actor a ? a : null;
    }

    private SignalView view(Row r) {
        return new SignalView(r.id(), r.organisationCode(), r.createdBy(), r.createdAt().toInstant(), r.observedOn(),
                r.postalCode(), r.municipality(), r.requestJson(), r.resultJson(), r.catalogueVersion(), r.presumedMinor(),
                r.urgent(), crypto.decrypt(r.notes(), binding("notes", r.id())), r.status(), r.source(),
                crypto.decrypt(r.otherSign(), binding("other_sign", r.id())), r.resultLanguage(), r.belgium());
    }

    static Binding binding(String field, long id) {
        return Binding.of(TABLE, field, id);
    }

    private OffsetDateTime now() {
        // Microseconds: what both databases keep.
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BELGIUM));
    }

    private record Row(long id, String organisationCode, SignalSource source, SignalStatus status, String createdBy,
                       OffsetDateTime createdAt, LocalDate observedOn, String postalCode, String municipality,
                       String requestJson, String resultJson, String resultLanguage, String catalogueVersion,
                       boolean presumedMinor, boolean urgent, Qualification belgium, byte[] notes, byte[] otherSign) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("organisation_code"), SignalSource.valueOf(rs.getString("source")),
                SignalStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("observed_on", LocalDate.class),
                rs.getString("postal_code"), rs.getString("municipality"), rs.getString("request_json"),
                rs.getString("result_json"), rs.getString("result_language"), rs.getString("catalogue_version"),
                rs.getBoolean("presumed_minor"), rs.getBoolean("urgent"), Qualification.valueOf(rs.getString("belgium")),
                rs.getBytes("notes_enc"), rs.getBytes("other_sign_enc"));
    }
}
