package be.ariadne.protection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event someone asks to record. The detail fields are {@code null} unless the type takes
 * them (see {@link ProcedureEventType}); a malformed combination cannot be built, so the
 * JSON layer reports those problems per field before an event exists.
 *
 * @param type      what happened
 * @param date      the day it happened (not the day it was typed in)
 * @param condition the condition met, only for {@link ProcedureEventType#CONDITION_MET}
 * @param reason    why the status ended, only for {@link ProcedureEventType#STATUS_ENDED}
 * @param basis     the ground for unlimited stay, only for {@link ProcedureEventType#PERMANENT_STAY_GRANTED}
 * @param note      free text, at most {@link #MAX_NOTE_LENGTH} characters; blank becomes {@code null}
 */
public record ProcedureEvent(ProcedureEventType type, LocalDate date, Condition condition, EndReason reason,
                             PermanentStayBasis basis, String note) {

    /** Longest note, in characters (Unicode code points, as a database {@code VARCHAR(2000)} counts them). */
    public static final int MAX_NOTE_LENGTH = 2000;

    public ProcedureEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        requirePresentIff(condition, type.takesCondition(), "condition", type);
        requirePresentIff(reason, type.takesReason(), "reason", type);
        requirePresentIff(basis, type.takesBasis(), "basis", type);
        if (note != null && note.isBlank()) {
            note = null;
        }
        if (note != null && noteLength(note) > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("note is " + noteLength(note) + " characters long; at most "
                    + MAX_NOTE_LENGTH + " are allowed");
        }
    }

    /** An event of a type that takes no extra detail. */
    public static ProcedureEvent of(ProcedureEventType type, LocalDate date) {
        return new ProcedureEvent(type, date, null, null, null, null);
    }

    public static ProcedureEvent reflectionPeriodGranted(LocalDate date) {
        return of(ProcedureEventType.REFLECTION_PERIOD_GRANTED, date);
    }

    public static ProcedureEvent statementMade(LocalDate date) {
        return of(ProcedureEventType.STATEMENT_MADE, date);
    }

    public static ProcedureEvent registrationCertificateExtended(LocalDate date) {
        return of(ProcedureEventType.REGISTRATION_CERTIFICATE_EXTENDED, date);
    }

    public static ProcedureEvent conditionMet(LocalDate date, Condition condition) {
        return new ProcedureEvent(ProcedureEventType.CONDITION_MET, date, condition, null, null, null);
    }

    public static ProcedureEvent victimConfirmed(LocalDate date) {
        return of(ProcedureEventType.VICTIM_CONFIRMED, date);
    }

    public static ProcedureEvent aCardRenewed(LocalDate date) {
        return of(ProcedureEventType.A_CARD_RENEWED, date);
    }

    public static ProcedureEvent permanentStayGranted(LocalDate date, PermanentStayBasis basis) {
        return new ProcedureEvent(ProcedureEventType.PERMANENT_STAY_GRANTED, date, null, null, basis, null);
    }

    public static ProcedureEvent statusEnded(LocalDate date, EndReason reason) {
        return new ProcedureEvent(ProcedureEventType.STATUS_ENDED, date, null, reason, null, null);
    }

    /** The same event with this note. */
    public ProcedureEvent withNote(String newNote) {
        return new ProcedureEvent(type, date, condition, reason, basis, newNote);
    }

    /** Length as users and the database count it: code points, so an emoji counts once. */
    static int noteLength(String note) {
        return note.codePointCount(0, note.length());
    }

    private static void requirePresentIff(Object value, boolean required, String field, ProcedureEventType type) {
        if (required && value == null) {
            throw new IllegalArgumentException(field + " is required for " + type);
        }
        if (!required && value != null) {
            throw new IllegalArgumentException(field + " is not allowed for " + type);
        }
    }
}
