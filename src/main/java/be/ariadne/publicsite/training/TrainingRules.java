package be.ariadne.publicsite.training;

import be.ariadne.shared.RefusedException;
import java.time.Instant;

/**
 * The rules of places and waiting lists, in plain Java: who gets a place, who is promoted when one
 * frees up, and which changes are refused (each refusal names its rule). The storage applies them
 * under a lock on the session, so that concurrent registrations and cancellations see one another.
 */
final class TrainingRules {
    static final int MAX_CAPACITY = 1000;

    private TrainingRules() {
    }

    /** A newcomer gets a place while places remain, else joins the waiting list. */
    static RegistrationStatus placeFor(int capacity, int registered) {
        return registered < capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
    }

    /** How many people move up from the waiting list (first come, first served) when places are free. */
    static int promotions(int capacity, int registered, int waiting) {
        return Math.max(0, Math.min(waiting, capacity - registered));
    }

    static void checkCanRegister(SessionStatus status, Instant startsAt, Instant now) {
        if (status == SessionStatus.CANCELLED) throw new RefusedException("SESSION_CANCELLED", "This session was cancelled.");
        if (!now.isBefore(startsAt)) throw new RefusedException("SESSION_STARTED", "This session has already started.");
    }

    static void checkCanCancel(RegistrationStatus status, Instant startsAt, Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new RefusedException("REGISTRATION_CANCELLED", "This registration was already cancelled.");
        }
        if (!now.isBefore(startsAt)) throw new RefusedException("SESSION_STARTED", "This session has already started.");
    }

    static void checkCanConfirm(RegistrationStatus status, SessionStatus session) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new RefusedException("REGISTRATION_CANCELLED", "This registration was cancelled.");
        }
        if (session == SessionStatus.CANCELLED) throw new RefusedException("SESSION_CANCELLED", "This session was cancelled.");
    }

    static void checkCanEdit(SessionStatus status) {
        if (status == SessionStatus.CANCELLED) {
            throw new RefusedException("SESSION_CANCELLED", "A cancelled session cannot be changed.");
        }
    }

    static void checkCapacity(int capacity, int registered) {
        if (capacity < registered) {
            throw new RefusedException("CAPACITY_BELOW_REGISTERED", "The capacity cannot be lower than the " + registered
                    + " people already registered; they would lose their place.");
        }
    }

    static void checkCanCancelSession(SessionStatus status) {
        if (status == SessionStatus.CANCELLED) {
            throw new RefusedException("SESSION_CANCELLED", "This session was already cancelled.");
        }
    }
}
