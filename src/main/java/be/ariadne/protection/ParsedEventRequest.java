package be.ariadne.protection;

import java.util.List;
import java.util.Objects;

/** The outcome of reading an event request body: an event, or every problem found (answer 400). */
public sealed interface ParsedEventRequest permits ParsedEventRequest.Valid, ParsedEventRequest.Invalid {

    record Valid(ProcedureEvent event) implements ParsedEventRequest {
        public Valid {
            Objects.requireNonNull(event, "event");
        }
    }

    record Invalid(List<EventRequestProblem> problems) implements ParsedEventRequest {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid request has at least one problem");
            }
        }
    }
}
