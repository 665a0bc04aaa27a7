package be.ariadne.protection;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One reminder that a document expires: due {@code offset} before its last valid day.
 *
 * @param caseCode   the case's pseudonymous code
 * @param document   the document that expires
 * @param validUntil its last valid day
 * @param offset     how long before {@code validUntil} the reminder falls
 * @param dueOn      {@code validUntil - offset}
 */
public record Reminder(String caseCode, ResidenceDocument document, LocalDate validUntil, Period offset,
                       LocalDate dueOn) {

    public Reminder {
        Objects.requireNonNull(caseCode, "caseCode");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /**
     * Identifies this reminder for "send exactly once": {@code case|document|validUntil|offset},
     * e.g. {@code C-0042|REGISTRATION_CERTIFICATE|2026-06-02|P14D}. An extension or renewal
     * changes {@code validUntil}, so the new expiry gets new reminders.
     */
    public String key() {
        return caseCode + "|" + document + "|" + validUntil + "|" + offset;
    }
}
