package be.ariadne.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable state of a case's procedure. States come only from {@link #notStarted()},
 * {@link Procedure#record} and {@link Procedure#replay}, so every state is one the rules
 * can reach.
 *
 * <p>{@code validFrom}, {@code validUntil} and {@code extensionsUsed} describe the current
 * document: {@code validFrom} is the day it was first issued (an extension or renewal keeps
 * it), {@code validUntil} its last valid day (inclusive), and {@code extensionsUsed} how many
 * times it was extended (registration certificate) or renewed (A card). A new document
 * starts again at zero.
 */
public final class ProcedureState {

    private static final ProcedureState NOT_STARTED = new ProcedureState(ProcedurePhase.NOT_STARTED, null, null,
            null, 0, Map.of(), null, List.of());

    private final ProcedurePhase phase;
    private final ResidenceDocument document;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final int extensionsUsed;
    private final Map<Condition, LocalDate> conditions;
    private final EndReason endReason;
    private final List<RecordedEvent> history;

    ProcedureState(ProcedurePhase phase, ResidenceDocument document, LocalDate validFrom, LocalDate validUntil,
                   int extensionsUsed, Map<Condition, LocalDate> conditions, EndReason endReason,
                   List<RecordedEvent> history) {
        this.phase = Objects.requireNonNull(phase, "phase");
        this.document = document;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.extensionsUsed = extensionsUsed;
        EnumMap<Condition, LocalDate> copy = new EnumMap<>(Condition.class);
        copy.putAll(conditions);
        this.conditions = Collections.unmodifiableMap(copy);
        this.endReason = endReason;
        this.history = List.copyOf(history);
    }

    /** A case where nothing has been recorded yet. */
    public static ProcedureState notStarted() {
        return NOT_STARTED;
    }

    public ProcedurePhase phase() {
        return phase;
    }

    /** The current residence document; empty before the procedure starts and once it ended. */
    public Optional<ResidenceDocument> document() {
        return Optional.ofNullable(document);
    }

    /** The day the current document was issued; empty when there is no document. */
    public Optional<LocalDate> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    /** The current document's last valid day; empty when there is no document or it is unlimited (B card). */
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    /** Extensions (registration certificate) or renewals (A card) of the current document. */
    public int extensionsUsed() {
        return extensionsUsed;
    }

    /** Each condition met, with the day it was first met, in {@link Condition} order; unmodifiable. */
    public Map<Condition, LocalDate> conditions() {
        return conditions;
    }

    public boolean isMet(Condition condition) {
        return conditions.containsKey(condition);
    }

    /** Why the status ended; empty unless the phase is {@link ProcedurePhase#ENDED}. */
    public Optional<EndReason> endReason() {
        return Optional.ofNullable(endReason);
    }

    /** Every accepted event, oldest first; unmodifiable. */
    public List<RecordedEvent> history() {
        return history;
    }

    /** The last recorded event, if any. */
    public Optional<RecordedEvent> lastEvent() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /**
     * Whether the current document has expired on {@code date}, i.e. {@code date} is after its
     * last valid day. False when there is no document or it has no end date.
     */
    public boolean isExpiredOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return validUntil != null && date.isAfter(validUntil);
    }

    ProcedureState with(ProcedurePhase newPhase, ResidenceDocument newDocument, LocalDate newValidFrom,
                        LocalDate newValidUntil, int newExtensionsUsed, Map<Condition, LocalDate> newConditions,
                        EndReason newEndReason, RecordedEvent appended) {
        List<RecordedEvent> newHistory = new ArrayList<>(history.size() + 1);
        newHistory.addAll(history);
        newHistory.add(appended);
        return new ProcedureState(newPhase, newDocument, newValidFrom, newValidUntil, newExtensionsUsed,
                newConditions, newEndReason, newHistory);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProcedureState)) {
            return false;
        }
        ProcedureState that = (ProcedureState) other;
        return phase == that.phase && document == that.document && Objects.equals(validFrom, that.validFrom)
                && Objects.equals(validUntil, that.validUntil) && extensionsUsed == that.extensionsUsed
                && conditions.equals(that.conditions) && endReason == that.endReason
                && history.equals(that.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phase, document, validFrom, validUntil, extensionsUsed, conditions, endReason, history);
    }

    @Override
    public String toString() {
        return "ProcedureState[phase=" + phase + ", document=" + document + ", validFrom=" + validFrom
                + ", validUntil=" + validUntil + ", extensionsUsed=" + extensionsUsed + ", conditions=" + conditions
                + ", endReason=" + endReason + ", history=" + history.size() + " events]";
    }
}
