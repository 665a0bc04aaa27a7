package be.ariadne.protection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An accepted event as it is stored in the history. It carries what was decided when it was
 * recorded, so replaying the history never recomputes (and never changes) a date, whatever
 * the duration rules say today.
 *
 * @param event      the event
 * @param minor      whether the case was treated as a presumed unaccompanied minor for this event
 * @param ruleSetId  id of the duration rule set used to compute {@code validUntil}, or {@code null}
 *                   when the event computed no duration (conditions, permanent stay, end)
 * @param validUntil the document's last valid day after this event, or {@code null} when there is
 *                   no document or it has no end date
 */
public record RecordedEvent(ProcedureEvent event, boolean minor, String ruleSetId, LocalDate validUntil) {

    public RecordedEvent {
        Objects.requireNonNull(event, "event");
    }

    public ProcedureEventType type() {
        return event.type();
    }

    public LocalDate date() {
        return event.date();
    }
}
