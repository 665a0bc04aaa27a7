package be.ariadne.protection;

import java.util.Objects;

/** What {@link Procedure#record} decided: the event is either accepted or refused by a named rule. */
public sealed interface RecordResult permits RecordResult.Accepted, RecordResult.Refused {

    /** The event is accepted: {@code newState} has it appended to its history as {@code recordedEvent}. */
    record Accepted(ProcedureState newState, RecordedEvent recordedEvent) implements RecordResult {
        public Accepted {
            Objects.requireNonNull(newState, "newState");
            Objects.requireNonNull(recordedEvent, "recordedEvent");
        }
    }

    /** The event is refused; the state is unchanged. {@code message} is English, naming the phase or condition. */
    record Refused(RefusalRule rule, String message) implements RecordResult {
        public Refused {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }
}
