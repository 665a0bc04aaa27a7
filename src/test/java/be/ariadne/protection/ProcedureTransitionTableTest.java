package be.ariadne.protection;

import static be.ariadne.protection.ProcedureFixtures.accepted;
import static be.ariadne.protection.ProcedureFixtures.d;
import static be.ariadne.protection.ProcedureFixtures.play;
import static be.ariadne.protection.ProcedureFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every event type in every phase: accepted (and where it leads) or refused (and by which rule). */
class ProcedureTransitionTableTest {

    private static final LocalDate EVENT_DATE = d("2026-05-01");

    /** A state in the given phase, all events before {@link #EVENT_DATE}; in REGISTRATION_CERTIFICATE all conditions are met. */
    static ProcedureState stateIn(ProcedurePhase phase) {
        switch (phase) {
            case NOT_STARTED:
                return ProcedureState.notStarted();
            case REFLECTION_PERIOD:
                return play(ProcedureEvent.reflectionPeriodGranted(d("2026-04-20")));
            case REGISTRATION_CERTIFICATE:
                return play(ProcedureEvent.reflectionPeriodGranted(d("2026-01-10")),
                        ProcedureEvent.conditionMet(d("2026-01-10"), Condition.BREAK_CONTACT),
                        ProcedureEvent.conditionMet(d("2026-01-10"), Condition.ACCEPT_SUPPORT),
                        ProcedureEvent.statementMade(d("2026-02-01")));
            case A_CARD:
                return play(ProcedureEvent.reflectionPeriodGranted(d("2026-01-10")),
                        ProcedureEvent.conditionMet(d("2026-01-10"), Condition.BREAK_CONTACT),
                        ProcedureEvent.conditionMet(d("2026-01-10"), Condition.ACCEPT_SUPPORT),
                        ProcedureEvent.statementMade(d("2026-02-01")),
                        ProcedureEvent.victimConfirmed(d("2026-03-01")));
            case PERMANENT:
                return play(ProcedureEvent.reflectionPeriodGranted(d("2026-01-10")),
                        ProcedureEvent.conditionMet(d("2026-01-10"), Condition.BREAK_CONTACT),
                        ProcedureEvent.conditionMet(d("2026-01-10"), Condition.ACCEPT_SUPPORT),
                        ProcedureEvent.statementMade(d("2026-02-01")),
                        ProcedureEvent.victimConfirmed(d("2026-03-01")),
                        ProcedureEvent.permanentStayGranted(d("2026-04-01"), PermanentStayBasis.CONVICTION));
            case ENDED:
                return play(ProcedureEvent.reflectionPeriodGranted(d("2026-01-10")),
                        ProcedureEvent.statusEnded(d("2026-02-01"), EndReason.PUBLIC_ORDER));
            default:
                throw new IllegalArgumentException(phase.name());
        }
    }

    static ProcedureEvent eventOf(ProcedureEventType type) {
        switch (type) {
            case CONDITION_MET:
                return ProcedureEvent.conditionMet(EVENT_DATE, Condition.BREAK_CONTACT);
            case PERMANENT_STAY_GRANTED:
                return ProcedureEvent.permanentStayGranted(EVENT_DATE, PermanentStayBasis.PROSECUTION_REQUESTED_CONVICTION);
            case STATUS_ENDED:
                return ProcedureEvent.statusEnded(EVENT_DATE, EndReason.STOPPED_COOPERATING);
            default:
                return ProcedureEvent.of(type, EVENT_DATE);
        }
    }

    @Test
    void fixtureStatesAreInTheirPhase() {
        for (ProcedurePhase phase : ProcedurePhase.values()) {
            assertThat(stateIn(phase).phase()).isEqualTo(phase);
        }
    }

    /** expected: the resulting phase when accepted, or "refused:RULE". */
    @ParameterizedTest(name = "{1} in {0} -> {2}")
    @CsvSource({
            "NOT_STARTED, REFLECTION_PERIOD_GRANTED, REFLECTION_PERIOD, ANNEX_15",
            "NOT_STARTED, STATEMENT_MADE, REGISTRATION_CERTIFICATE, REGISTRATION_CERTIFICATE",
            "NOT_STARTED, REGISTRATION_CERTIFICATE_EXTENDED, refused:WRONG_PHASE,",
            "NOT_STARTED, CONDITION_MET, NOT_STARTED,",
            "NOT_STARTED, VICTIM_CONFIRMED, refused:WRONG_PHASE,",
            "NOT_STARTED, A_CARD_RENEWED, refused:WRONG_PHASE,",
            "NOT_STARTED, PERMANENT_STAY_GRANTED, refused:WRONG_PHASE,",
            "NOT_STARTED, STATUS_ENDED, refused:WRONG_PHASE,",

            "REFLECTION_PERIOD, REFLECTION_PERIOD_GRANTED, refused:WRONG_PHASE,",
            "REFLECTION_PERIOD, STATEMENT_MADE, REGISTRATION_CERTIFICATE, REGISTRATION_CERTIFICATE",
            "REFLECTION_PERIOD, REGISTRATION_CERTIFICATE_EXTENDED, refused:WRONG_PHASE,",
            "REFLECTION_PERIOD, CONDITION_MET, REFLECTION_PERIOD, ANNEX_15",
            "REFLECTION_PERIOD, VICTIM_CONFIRMED, refused:WRONG_PHASE,",
            "REFLECTION_PERIOD, A_CARD_RENEWED, refused:WRONG_PHASE,",
            "REFLECTION_PERIOD, PERMANENT_STAY_GRANTED, refused:WRONG_PHASE,",
            "REFLECTION_PERIOD, STATUS_ENDED, ENDED,",

            "REGISTRATION_CERTIFICATE, REFLECTION_PERIOD_GRANTED, refused:WRONG_PHASE,",
            "REGISTRATION_CERTIFICATE, STATEMENT_MADE, refused:WRONG_PHASE,",
            "REGISTRATION_CERTIFICATE, REGISTRATION_CERTIFICATE_EXTENDED, REGISTRATION_CERTIFICATE, REGISTRATION_CERTIFICATE",
            "REGISTRATION_CERTIFICATE, CONDITION_MET, REGISTRATION_CERTIFICATE, REGISTRATION_CERTIFICATE",
            "REGISTRATION_CERTIFICATE, VICTIM_CONFIRMED, A_CARD, A_CARD",
            "REGISTRATION_CERTIFICATE, A_CARD_RENEWED, refused:WRONG_PHASE,",
            "REGISTRATION_CERTIFICATE, PERMANENT_STAY_GRANTED, refused:WRONG_PHASE,",
            "REGISTRATION_CERTIFICATE, STATUS_ENDED, ENDED,",

            "A_CARD, REFLECTION_PERIOD_GRANTED, refused:WRONG_PHASE,",
            "A_CARD, STATEMENT_MADE, refused:WRONG_PHASE,",
            "A_CARD, REGISTRATION_CERTIFICATE_EXTENDED, refused:WRONG_PHASE,",
            "A_CARD, CONDITION_MET, A_CARD, A_CARD",
            "A_CARD, VICTIM_CONFIRMED, refused:WRONG_PHASE,",
            "A_CARD, A_CARD_RENEWED, A_CARD, A_CARD",
            "A_CARD, PERMANENT_STAY_GRANTED, PERMANENT, B_CARD",
            "A_CARD, STATUS_ENDED, ENDED,",

            "PERMANENT, REFLECTION_PERIOD_GRANTED, refused:WRONG_PHASE,",
            "PERMANENT, STATEMENT_MADE, refused:WRONG_PHASE,",
            "PERMANENT, REGISTRATION_CERTIFICATE_EXTENDED, refused:WRONG_PHASE,",
            "PERMANENT, CONDITION_MET, PERMANENT, B_CARD",
            "PERMANENT, VICTIM_CONFIRMED, refused:WRONG_PHASE,",
            "PERMANENT, A_CARD_RENEWED, refused:WRONG_PHASE,",
            "PERMANENT, PERMANENT_STAY_GRANTED, refused:WRONG_PHASE,",
            "PERMANENT, STATUS_ENDED, ENDED,",

            "ENDED, REFLECTION_PERIOD_GRANTED, refused:ALREADY_ENDED,",
            "ENDED, STATEMENT_MADE, refused:ALREADY_ENDED,",
            "ENDED, REGISTRATION_CERTIFICATE_EXTENDED, refused:ALREADY_ENDED,",
            "ENDED, CONDITION_MET, refused:ALREADY_ENDED,",
            "ENDED, VICTIM_CONFIRMED, refused:ALREADY_ENDED,",
            "ENDED, A_CARD_RENEWED, refused:ALREADY_ENDED,",
            "ENDED, PERMANENT_STAY_GRANTED, refused:ALREADY_ENDED,",
            "ENDED, STATUS_ENDED, refused:ALREADY_ENDED,",
    })
    void eventInPhase(ProcedurePhase phase, ProcedureEventType type, String expected, ResidenceDocument document) {
        ProcedureState before = stateIn(phase);
        ProcedureEvent event = eventOf(type);
        RecordResult result = Procedure.record(before, event, ProcedureFixtures.DEFAULT_RULES, false);

        if (expected.startsWith("refused:")) {
            RecordResult.Refused refusal = refused(result);
            assertThat(refusal.rule().code()).isEqualTo(expected.substring("refused:".length()));
            // The message names the phase the event was refused in and the event itself.
            assertThat(refusal.message()).contains(phase.name()).contains(type.name());
            assertThat(before).isEqualTo(stateIn(phase));
        } else {
            RecordResult.Accepted acceptance = accepted(result);
            ProcedureState after = acceptance.newState();
            assertThat(after.phase()).isEqualTo(ProcedurePhase.valueOf(expected));
            assertThat(after.document().orElse(null)).isEqualTo(document);
            assertThat(after.history()).hasSize(before.history().size() + 1);
            assertThat(after.history().get(after.history().size() - 1)).isEqualTo(acceptance.recordedEvent());
            assertThat(acceptance.recordedEvent().event()).isEqualTo(event);
            assertThat(acceptance.recordedEvent().validUntil()).isEqualTo(after.validUntil().orElse(null));
        }
    }

    @Test
    void theTableCoversEveryTypeInEveryPhase() throws Exception {
        CsvSource table = getClass().getDeclaredMethod("eventInPhase", ProcedurePhase.class,
                ProcedureEventType.class, String.class, ResidenceDocument.class).getAnnotation(CsvSource.class);
        Set<String> rows = Stream.of(table.value())
                .map(row -> row.split(",")[0].trim() + "/" + row.split(",")[1].trim())
                .collect(Collectors.toSet());
        assertThat(rows).hasSize(ProcedurePhase.values().length * ProcedureEventType.values().length);
    }

    @ParameterizedTest
    @CsvSource({
            "NOT_STARTED, REFLECTION_PERIOD_GRANTED STATEMENT_MADE CONDITION_MET",
            "REFLECTION_PERIOD, STATEMENT_MADE CONDITION_MET STATUS_ENDED",
            "REGISTRATION_CERTIFICATE, REGISTRATION_CERTIFICATE_EXTENDED CONDITION_MET VICTIM_CONFIRMED STATUS_ENDED",
            "A_CARD, CONDITION_MET A_CARD_RENEWED PERMANENT_STAY_GRANTED STATUS_ENDED",
            "PERMANENT, CONDITION_MET STATUS_ENDED",
            "ENDED, ''",
    })
    void eventsAllowedInAPhase(ProcedurePhase phase, String types) {
        Set<ProcedureEventType> expected = EnumSet.noneOf(ProcedureEventType.class);
        for (String type : types.split(" ")) {
            if (!type.isBlank()) {
                expected.add(ProcedureEventType.valueOf(type));
            }
        }
        assertThat(Procedure.eventsAllowedIn(phase)).isEqualTo(expected);
    }
}
