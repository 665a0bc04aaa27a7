package be.ariadne.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the procedure over random sequences of events (any type, in any phase, mostly
 * in date order but sometimes not, adults and minors, across a rule change on 2026-03-01 and
 * sometimes before the first rule set).
 */
class ProcedureProperties {

    /** The allowed moves between phases, written out independently of the production code. */
    private static final Map<ProcedurePhase, Set<ProcedurePhase>> GRAPH = new EnumMap<>(ProcedurePhase.class);

    static {
        GRAPH.put(ProcedurePhase.NOT_STARTED, EnumSet.of(ProcedurePhase.NOT_STARTED,
                ProcedurePhase.REFLECTION_PERIOD, ProcedurePhase.REGISTRATION_CERTIFICATE));
        GRAPH.put(ProcedurePhase.REFLECTION_PERIOD, EnumSet.of(ProcedurePhase.REFLECTION_PERIOD,
                ProcedurePhase.REGISTRATION_CERTIFICATE, ProcedurePhase.ENDED));
        GRAPH.put(ProcedurePhase.REGISTRATION_CERTIFICATE, EnumSet.of(ProcedurePhase.REGISTRATION_CERTIFICATE,
                ProcedurePhase.A_CARD, ProcedurePhase.ENDED));
        GRAPH.put(ProcedurePhase.A_CARD, EnumSet.of(ProcedurePhase.A_CARD, ProcedurePhase.PERMANENT,
                ProcedurePhase.ENDED));
        GRAPH.put(ProcedurePhase.PERMANENT, EnumSet.of(ProcedurePhase.PERMANENT, ProcedurePhase.ENDED));
        GRAPH.put(ProcedurePhase.ENDED, EnumSet.noneOf(ProcedurePhase.class));
    }

    /** One random step: an event type with its details, how many days after the last event, and the minor flag. */
    record Step(ProcedureEventType type, int daysAfterPrevious, Condition condition, EndReason reason,
                PermanentStayBasis basis, boolean minor, String note) {

        ProcedureEvent at(LocalDate date) {
            return new ProcedureEvent(type, date, type.takesCondition() ? condition : null,
                    type.takesReason() ? reason : null, type.takesBasis() ? basis : null, note);
        }
    }

    /** A start date and the steps to try from there. */
    record Scenario(LocalDate start, List<Step> steps) {
    }

    private static final List<Step> HAPPY_PATH = List.of(
            new Step(ProcedureEventType.CONDITION_MET, 0, Condition.ACCEPT_SUPPORT, null, null, false, null),
            new Step(ProcedureEventType.REFLECTION_PERIOD_GRANTED, 2, null, null, null, false, null),
            new Step(ProcedureEventType.CONDITION_MET, 10, Condition.BREAK_CONTACT, null, null, false, null),
            new Step(ProcedureEventType.STATEMENT_MADE, 30, null, null, null, false, null),
            new Step(ProcedureEventType.REGISTRATION_CERTIFICATE_EXTENDED, 80, null, null, null, false, null),
            new Step(ProcedureEventType.VICTIM_CONFIRMED, 60, null, null, null, false, null),
            new Step(ProcedureEventType.A_CARD_RENEWED, 170, null, null, null, false, null),
            new Step(ProcedureEventType.PERMANENT_STAY_GRANTED, 120, null, null, PermanentStayBasis.CONVICTION,
                    false, null));

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<ProcedureEventType> types = Arbitraries.frequency(
                Tuple.of(12, ProcedureEventType.REFLECTION_PERIOD_GRANTED),
                Tuple.of(24, ProcedureEventType.STATEMENT_MADE),
                Tuple.of(16, ProcedureEventType.REGISTRATION_CERTIFICATE_EXTENDED),
                Tuple.of(48, ProcedureEventType.CONDITION_MET),
                Tuple.of(24, ProcedureEventType.VICTIM_CONFIRMED),
                Tuple.of(20, ProcedureEventType.A_CARD_RENEWED),
                Tuple.of(12, ProcedureEventType.PERMANENT_STAY_GRANTED),
                // Rare, or most sequences would end early and test little but ALREADY_ENDED.
                Tuple.of(2, ProcedureEventType.STATUS_ENDED));
        Arbitrary<Integer> days = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.integers().between(0, 200)),
                Tuple.of(1, Arbitraries.integers().between(-60, -1)));
        Arbitrary<String> notes = Arbitraries.strings().alpha().ofMaxLength(12).injectNull(0.7);
        Arbitrary<Step> steps = Combinators.combine(types, days, Arbitraries.of(Condition.class),
                        Arbitraries.of(EndReason.class), Arbitraries.of(PermanentStayBasis.class),
                        Arbitraries.of(true, false), notes)
                .as(Step::new);
        Arbitrary<LocalDate> starts = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.integers().between(0, 5000).map(n -> LocalDate.of(2017, 5, 20).plusDays(n))),
                Tuple.of(1, Arbitraries.integers().between(1, 400).map(n -> LocalDate.of(2017, 5, 20).minusDays(n))));
        // Half the scenarios first follow some of the happy path, so the later phases get as many random events.
        Arbitrary<Integer> prefixLengths = Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(1, HAPPY_PATH.size()))
                .flatMap(max -> Arbitraries.integers().between(0, max));
        return Combinators.combine(starts, prefixLengths, Arbitraries.of(true, false), steps.list().ofMaxSize(30))
                .as((start, prefix, minor, random) -> {
                    List<Step> all = new ArrayList<>();
                    for (Step step : HAPPY_PATH.subList(0, prefix)) {
                        all.add(new Step(step.type(), step.daysAfterPrevious(), step.condition(), step.reason(),
                                step.basis(), minor, null));
                    }
                    all.addAll(random);
                    return new Scenario(start, all);
                });
    }

    /** What one step did. */
    record Outcome(ProcedureState before, Step step, ProcedureEvent event, String beforeJson, RecordResult result,
                   ProcedureState after) {
    }

    private static List<Outcome> run(Scenario scenario) {
        List<Outcome> outcomes = new ArrayList<>();
        ProcedureState state = ProcedureState.notStarted();
        for (Step step : scenario.steps()) {
            LocalDate previous = state.lastEvent().map(RecordedEvent::date).orElse(scenario.start());
            ProcedureEvent event = step.at(previous.plusDays(step.daysAfterPrevious()));
            String beforeJson = ProcedureJson.writeState(state);
            RecordResult result = Procedure.record(state, event, ProcedureFixtures.CHANGED_RULES, step.minor());
            ProcedureState after = result instanceof RecordResult.Accepted
                    ? ((RecordResult.Accepted) result).newState() : state;
            outcomes.add(new Outcome(state, step, event, beforeJson, result, after));
            Statistics.label("outcome").collect(result instanceof RecordResult.Refused
                    ? ((RecordResult.Refused) result).rule().name() : "ACCEPTED");
            state = after;
        }
        Statistics.label("final phase").collect(state.phase());
        return outcomes;
    }

    @Property
    void aRefusedEventNeverChangesTheState(@ForAll("scenarios") Scenario scenario) {
        for (Outcome outcome : run(scenario)) {
            if (outcome.result() instanceof RecordResult.Refused) {
                RecordResult.Refused refusal = (RecordResult.Refused) outcome.result();
                assertThat(outcome.after()).isSameAs(outcome.before());
                // The state object itself is untouched: the same JSON, every field.
                assertThat(ProcedureJson.writeState(outcome.before())).isEqualTo(outcome.beforeJson());
                assertThat(refusal.message()).isNotBlank();
            }
        }
        Statistics.label("outcome").coverage(checker -> {
            checker.check("ACCEPTED").percentage(p -> p > 20);
            for (RefusalRule rule : RefusalRule.values()) {
                checker.check(rule.name()).count(c -> c > 0);
            }
        });
    }

    @Property
    void validUntilIsNeverBeforeValidFrom(@ForAll("scenarios") Scenario scenario) {
        for (Outcome outcome : run(scenario)) {
            ProcedureState state = outcome.after();
            if (state.validUntil().isPresent()) {
                assertThat(state.validFrom()).isPresent();
                assertThat(state.validUntil().get()).isAfterOrEqualTo(state.validFrom().get());
            }
            // Every dated document has both ends; PERMANENT has no end; no document, no dates.
            switch (state.phase()) {
                case NOT_STARTED:
                case ENDED:
                    assertThat(state.document()).isEmpty();
                    assertThat(state.validFrom()).isEmpty();
                    assertThat(state.validUntil()).isEmpty();
                    break;
                case PERMANENT:
                    assertThat(state.validFrom()).isPresent();
                    assertThat(state.validUntil()).isEmpty();
                    break;
                default:
                    assertThat(state.validUntil()).isPresent();
            }
        }
    }

    @Property
    void replayingTheRecordedHistoryReproducesTheState(@ForAll("scenarios") Scenario scenario) {
        for (Outcome outcome : run(scenario)) {
            assertThat(Procedure.replay(outcome.after().history())).isEqualTo(outcome.after());
        }
    }

    @Property
    void phasesOnlyMoveAlongTheAllowedGraph(@ForAll("scenarios") Scenario scenario) {
        ProcedurePhase highest = ProcedurePhase.NOT_STARTED;
        for (Outcome outcome : run(scenario)) {
            if (outcome.result() instanceof RecordResult.Accepted) {
                ProcedurePhase from = outcome.before().phase();
                ProcedurePhase to = outcome.after().phase();
                assertThat(GRAPH.get(from)).as("%s -> %s by %s", from, to, outcome.event().type()).contains(to);
                assertThat(outcome.after().history()).hasSize(outcome.before().history().size() + 1);
                if (to.compareTo(highest) > 0 && to != ProcedurePhase.ENDED) {
                    highest = to;
                }
            }
        }
        Statistics.label("highest phase reached").collect(highest);
        Statistics.label("highest phase reached").coverage(checker -> {
            checker.check(ProcedurePhase.A_CARD).count(c -> c > 0);
            checker.check(ProcedurePhase.PERMANENT).count(c -> c > 0);
        });
    }

    @Property
    void extensionsAndRenewalsCountFromTheCurrentValidUntil(@ForAll("scenarios") Scenario scenario) {
        for (Outcome outcome : run(scenario)) {
            if (outcome.result() instanceof RecordResult.Accepted) {
                RecordedEvent recorded = ((RecordResult.Accepted) outcome.result()).recordedEvent();
                ProcedureEventType type = recorded.type();
                if (type == ProcedureEventType.REGISTRATION_CERTIFICATE_EXTENDED
                        || type == ProcedureEventType.A_CARD_RENEWED) {
                    DurationRuleSet set = ProcedureFixtures.CHANGED_RULES.inForceOn(recorded.date()).orElseThrow();
                    DurationKind kind = type == ProcedureEventType.A_CARD_RENEWED
                            ? DurationKind.A_CARD_RENEWAL : DurationKind.REGISTRATION_CERTIFICATE_EXTENSION;
                    assertThat(recorded.ruleSetId()).isEqualTo(set.id());
                    assertThat(recorded.validUntil()).isEqualTo(outcome.before().validUntil().orElseThrow()
                            .plus(set.durationsFor(recorded.minor()).of(kind)));
                }
                // Earlier recorded dates never change.
                assertThat(outcome.after().history().subList(0, outcome.before().history().size()))
                        .isEqualTo(outcome.before().history());
            }
        }
    }
}
