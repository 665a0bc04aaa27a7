package be.ariadne.publicsite.training;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.publicsite.guard.Secrets;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Training sessions and their registrations. Every change of places (registering, cancelling,
 * raising the capacity) runs in one transaction holding the session's row lock, so concurrent
 * registrations never overbook and a freed place goes to the first on the waiting list. E-mails
 * go out after the transaction commits.
 */
@Service
class Training {
    private final TrainingStore store;
    private final AuditLog audit;
    private final TrainingMails mails;
    private final TransactionTemplate tx;
    private final Clock clock;

    Training(TrainingStore store, AuditLog audit, TrainingMails mails, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.mails = mails;
        this.tx = tx;
        this.clock = clock;
    }

    /** The outcome of a registration: the registration, its place in the waiting list (0 with a place), whether it existed, and whether it was e-mailed. */
    record Registered(Registration registration, int waitingPosition, boolean alreadyRegistered, boolean mailed) {
    }

    /** A registration cancelled, and who took the freed place (if anyone). */
    record Cancelled(Registration registration, List<Registration> promoted) {
    }

    List<TrainingSession> upcoming() {
        return store.upcoming(now());
    }

    List<TrainingSession> all() {
        return store.all();
    }

    TrainingSession session(long id) {
        return store.session(id).orElseThrow(() -> new NotFoundException("There is no training session " + id));
    }

    /** An open session (the public may register): not cancelled, not started. */
    TrainingSession openSession(long id) {
        TrainingSession s = session(id);
        TrainingRules.checkCanRegister(s.status(), s.startsAt(), now());
        return s;
    }

    long create(TrainingChecks.ValidSession s) {
        return tx.execute(t -> {
            long id = store.insertSession(s, now());
            audit.record(AuditEvent.of("TRAINING_SESSION_CREATED", "training_session", id));
            return id;
        });
    }

    /** Changes a session; a higher capacity moves people up from the waiting list. */
    void update(long id, int version, TrainingChecks.ValidSession s) {
        List<Registration> promoted = tx.execute(t -> {
            TrainingStore.LockedSession locked = store.lock(id).orElseThrow(() -> new NotFoundException("There is no training session " + id));
            TrainingRules.checkCanEdit(locked.status());
            int registered = store.count(id, RegistrationStatus.REGISTERED);
            TrainingRules.checkCapacity(s.capacity(), registered);
            if (store.updateSession(id, version, s, now()) == 0) throw new StaleVersionException("The session");
            audit.record(AuditEvent.of("TRAINING_SESSION_CHANGED", "training_session", id));
            return promote(id, s.capacity(), registered);
        });
        TrainingSession session = session(id);
        promoted.forEach(r -> mails.promoted(r, session));
    }

    void cancelSession(long id, int version) {
        List<Registration> concerned = tx.execute(t -> {
            TrainingStore.LockedSession locked = store.lock(id).orElseThrow(() -> new NotFoundException("There is no training session " + id));
            TrainingRules.checkCanCancelSession(locked.status());
            if (store.cancelSession(id, version, now()) == 0) throw new StaleVersionException("The session");
            audit.record(AuditEvent.of("TRAINING_SESSION_CANCELLED", "training_session", id));
            return store.registrations(id).stream().filter(r -> r.status() != RegistrationStatus.CANCELLED).toList();
        });
        TrainingSession session = session(id);
        concerned.forEach(r -> mails.sessionCancelled(r, session));
    }

    /**
     * Registers for a session: a place while places remain, else the waiting list. The form's
     * submission key makes a form sent twice register once; {@code personalToken} is the secret of
     * the personal link (only its hash is stored).
     */
    Registered register(long sessionId, TrainingChecks.ValidRegistration input, String personalToken, String submissionKey,
                        String language, String personalLink) {
        Optional<Registration> existing = store.bySubmission(submissionKey);
        if (existing.isPresent()) return describe(existing.get(), true, false);
        Registration r;
        try {
            r = tx.execute(t -> {
                TrainingStore.LockedSession s = store.lock(sessionId)
                        .orElseThrow(() -> new NotFoundException("There is no training session " + sessionId));
                Instant now = now();
                TrainingRules.checkCanRegister(s.status(), s.startsAt(), now);
                RegistrationStatus status = TrainingRules.placeFor(s.capacity(), store.count(sessionId, RegistrationStatus.REGISTERED));
                long id = store.insertRegistration(sessionId, status, Secrets.sha256(personalToken), submissionKey, input, language, now);
                audit.record(AuditEvent.of("TRAINING_REGISTERED", "training_registration", id)
                        .withDetail("session " + sessionId + " " + status));
                return store.registration(id).orElseThrow();
            });
        } catch (DuplicateKeyException sameFormAtTheSameTime) {
            return describe(store.bySubmission(submissionKey).orElseThrow(() -> sameFormAtTheSameTime), true, false);
        }
        boolean mailed = mails.registered(r, session(sessionId), personalLink, r.status() == RegistrationStatus.WAITING ? store.waitingPosition(r) : 0);
        return describe(r, false, mailed);
    }

    Optional<Registration> byToken(String personalToken) {
        if (!Secrets.looksLikeToken(personalToken)) return Optional.empty();
        return store.byToken(Secrets.sha256(personalToken));
    }

    int waitingPosition(Registration r) {
        return r.status() == RegistrationStatus.WAITING ? store.waitingPosition(r) : 0;
    }

    void confirm(Registration r) {
        tx.executeWithoutResult(t -> {
            TrainingStore.LockedSession s = store.lock(r.sessionId()).orElseThrow();
            Registration now = store.registration(r.id()).orElseThrow();
            TrainingRules.checkCanConfirm(now.status(), s.status());
            if (now.confirmed()) return;
            store.confirm(r.id(), now());
            audit.record(AuditEvent.of("TRAINING_REGISTRATION_CONFIRMED", "training_registration", r.id()));
        });
    }

    /** Cancels the registration; a freed place goes to the first on the waiting list, in the same transaction. */
    Cancelled cancel(Registration r) {
        Cancelled c = tx.execute(t -> {
            TrainingStore.LockedSession s = store.lock(r.sessionId()).orElseThrow();
            Registration current = store.registration(r.id()).orElseThrow();
            TrainingRules.checkCanCancel(current.status(), s.startsAt(), now());
            store.cancel(r.id(), now());
            audit.record(AuditEvent.of("TRAINING_REGISTRATION_CANCELLED", "training_registration", r.id())
                    .withDetail("was " + current.status()));
            List<Registration> promoted = s.status() == SessionStatus.CANCELLED ? List.of()
                    : promote(r.sessionId(), s.capacity(), store.count(r.sessionId(), RegistrationStatus.REGISTERED));
            return new Cancelled(store.registration(r.id()).orElseThrow(), promoted);
        });
        if (!c.promoted().isEmpty()) {
            TrainingSession session = session(r.sessionId());
            c.promoted().forEach(p -> mails.promoted(p, session));
        }
        return c;
    }

    /** The registrants of a session, for the organiser: a read of personal data, audited. */
    List<Registration> registrants(long sessionId) {
        return tx.execute(t -> {
            List<Registration> list = store.registrations(sessionId);
            audit.record(AuditEvent.of("TRAINING_REGISTRANTS_READ", "training_session", sessionId).withDetail(list.size() + " registrations"));
            return list;
        });
    }

    /** The registrants for an export: audited as an export. */
    List<Registration> export(long sessionId) {
        session(sessionId);
        return tx.execute(t -> {
            List<Registration> list = store.registrations(sessionId);
            audit.record(AuditEvent.of("TRAINING_REGISTRANTS_EXPORTED", "training_session", sessionId)
                    .withPurpose("organising the training session").withDetail(list.size() + " registrations, CSV"));
            return list;
        });
    }

    /** Under the session's lock: moves the first on the waiting list up while places are free. */
    private List<Registration> promote(long sessionId, int capacity, int registered) {
        int waiting = store.count(sessionId, RegistrationStatus.WAITING);
        List<Registration> promoted = new ArrayList<>();
        for (Long id : store.firstWaiting(sessionId, TrainingRules.promotions(capacity, registered, waiting))) {
            store.promote(id, now());
            audit.record(AuditEvent.of("TRAINING_REGISTRATION_PROMOTED", "training_registration", id));
            promoted.add(store.registration(id).orElseThrow());
        }
        return promoted;
    }

    private Registered describe(Registration r, boolean existed, boolean mailed) {
        return new Registered(r, waitingPosition(r), existed, mailed);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
