package be.ariadne.protection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document's last valid day, for the deadlines list. The first four components are the
 * contract's {@code case}, {@code phase}, {@code document}, {@code validUntil}; {@code overdue}
 * is true only in {@link Deadlines#overdue} and {@link Deadlines#overdueAndWithin} results
 * (the contract's list never holds overdue documents).
 *
 * @param caseCode   the case's pseudonymous code
 * @param phase      the case's phase
 * @param document   the document that expires
 * @param validUntil its last valid day
 * @param overdue    {@code validUntil} is before today: the document expired and nothing was recorded since
 */
public record Deadline(String caseCode, ProcedurePhase phase, ResidenceDocument document, LocalDate validUntil,
                       boolean overdue) {

    public Deadline {
        Objects.requireNonNull(caseCode, "caseCode");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(validUntil, "validUntil");
    }
}
