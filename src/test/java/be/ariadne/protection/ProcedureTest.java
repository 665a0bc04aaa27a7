package be.ariadne.protection;

import static be.ariadne.protection.ProcedureFixtures.CHANGED_RULES;
import static be.ariadne.protection.ProcedureFixtures.DEFAULT_RULES;
import static be.ariadne.protection.ProcedureFixtures.accepted;
import static be.ariadne.protection.ProcedureFixtures.d;
import static be.ariadne.protection.ProcedureFixtures.play;
import static be.ariadne.protection.ProcedureFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcedureTest {

    private static RecordResult record(ProcedureState state, ProcedureEvent event) {
        return Procedure.record(state, event, DEFAULT_RULES, false);
    }

    @Nested
    class Validity {

        @Test
        void reflectionPeriodLasts45CalendarDays() {
            ProcedureState state = play(ProcedureEvent.reflectionPeriodGranted(d("2026-01-10")));

            assertThat(state.phase()).isEqualTo(ProcedurePhase.REFLECTION_PERIOD);
            assertThat(state.document()).contains(ResidenceDocument.ANNEX_15);
            assertThat(state.validFrom()).contains(d("2026-01-10"));
            assertThat(state.validUntil()).contains(d("2026-02-24"));
        }

        @Test
        void registrationCertificateLastsThreeCalendarMonthsClampedToTheMonthEnd() {
            ProcedureState state = play(ProcedureEvent.statementMade(d("2026-01-31")));

            assertThat(state.document()).contains(ResidenceDocument.REGISTRATION_CERTIFICATE);
            assertThat(state.validFrom()).contains(d("2026-01-31"));
            assertThat(state.validUntil()).contains(d("2026-04-30"));
        }

        @Test
        void extensionCountsFromTheCurrentValidUntilNotFromItsOwnDate() {
            ProcedureState state = play(ProcedureEvent.statementMade(d("2026-01-31")),
                    ProcedureEvent.registrationCertificateExtended(d("2026-04-20")));

            // 2026-04-30 + 3 months, not 2026-04-20 + 3 months
            assertThat(state.validUntil()).contains(d("2026-07-30"));
            assertThat(state.validFrom()).contains(d("2026-01-31"));
            assertThat(state.extensionsUsed()).isEqualTo(1);
        }

        @Test
        void aCardLastsSixMonthsAndEachRenewalAddsSixMonthsToTheCurrentValidUntil() {
            ProcedureState confirmed = play(ProcedureEvent.statementMade(d("2026-01-05")),
                    ProcedureEvent.conditionMet(d("2026-01-05"), Condition.BREAK_CONTACT),
                    ProcedureEvent.conditionMet(d("2026-01-05"), Condition.ACCEPT_SUPPORT),
                    ProcedureEvent.victimConfirmed(d("2026-03-31")));
            assertThat(confirmed.validUntil()).contains(d("2026-09-30"));

            ProcedureState renewedOnce = play(confirmed, DEFAULT_RULES, false,
                    ProcedureEvent.aCardRenewed(d("2026-09-15")));
            assertThat(renewedOnce.validUntil()).contains(d("2027-03-30"));
            assertThat(renewedOnce.extensionsUsed()).isEqualTo(1);

            ProcedureState renewedTwice = play(renewedOnce, DEFAULT_RULES, false,
                    ProcedureEvent.aCardRenewed(d("2027-03-01")));
            assertThat(renewedTwice.validUntil()).contains(d("2027-09-30"));
            assertThat(renewedTwice.extensionsUsed()).isEqualTo(2);
            assertThat(renewedTwice.validFrom()).contains(d("2026-03-31"));
        }

        @ParameterizedTest
        @CsvSource({
                "2026-02-23, false",
                "2026-02-24, false",
                "2026-02-25, true",
        })
        void aDocumentIsExpiredOnlyAfterItsLastValidDay(LocalDate on, boolean expired) {
            ProcedureState state = play(ProcedureEvent.reflectionPeriodGranted(d("2026-01-10")));

            assertThat(state.isExpiredOn(on)).isEqualTo(expired);
        }

        @Test
        void withoutADocumentOrWithAnUnlimitedOneNothingExpires() {
            ProcedureState permanent = ProcedureTransitionTableTest.stateIn(ProcedurePhase.PERMANENT);
            ProcedureState ended = ProcedureTransitionTableTest.stateIn(ProcedurePhase.ENDED);

            assertThat(ProcedureState.notStarted().isExpiredOn(d("2030-01-01"))).isFalse();
            assertThat(permanent.isExpiredOn(d("2099-01-01"))).isFalse();
            assertThat(permanent.validUntil()).isEmpty();
            assertThat(ended.isExpiredOn(d("2099-01-01"))).isFalse();
            assertThat(ended.validUntil()).isEmpty();
            assertThat(ended.validFrom()).isEmpty();
            assertThat(ended.document()).isEmpty();
        }
    }

    @Test
    void theContractsExampleState() {
        ProcedureState state = play(ProcedureEvent.reflectionPeriodGranted(d("2026-02-20")),
                ProcedureEvent.conditionMet(d("2026-02-20"), Condition.BREAK_CONTACT),
                ProcedureEvent.conditionMet(d("2026-02-20"), Condition.ACCEPT_SUPPORT),
                ProcedureEvent.statementMade(d("2026-03-02")).withNote("statement to the federal police"));

        assertThat(state.phase()).isEqualTo(ProcedurePhase.REGISTRATION_CERTIFICATE);
        assertThat(state.document()).contains(ResidenceDocument.REGISTRATION_CERTIFICATE);
        assertThat(state.validFrom()).contains(d("2026-03-02"));
        assertThat(state.validUntil()).contains(d("2026-06-02"));
        assertThat(state.extensionsUsed()).isZero();
        assertThat(state.conditions()).containsExactly(
                Map.entry(Condition.BREAK_CONTACT, d("2026-02-20")),
                Map.entry(Condition.ACCEPT_SUPPORT, d("2026-02-20")),
                Map.entry(Condition.COOPERATE, d("2026-03-02")));
        assertThat(state.endReason()).isEmpty();
    }

    @Test
    void aFullHappyPathToUnlimitedStay() {
        ProcedureState state = ProcedureState.notStarted();
        List<ProcedureEvent> path = List.of(
                ProcedureEvent.conditionMet(d("2026-01-08"), Condition.ACCEPT_SUPPORT),
                ProcedureEvent.reflectionPeriodGranted(d("2026-01-10")),
                ProcedureEvent.conditionMet(d("2026-01-20"), Condition.BREAK_CONTACT),
                ProcedureEvent.statementMade(d("2026-02-15")),
                ProcedureEvent.registrationCertificateExtended(d("2026-05-01")),
                ProcedureEvent.victimConfirmed(d("2026-06-10")),
                ProcedureEvent.aCardRenewed(d("2026-12-01")),
                ProcedureEvent.permanentStayGranted(d("2027-04-02"), PermanentStayBasis.CONVICTION));
        List<String> seen = new ArrayList<>();
        for (ProcedureEvent event : path) {
            state = accepted(record(state, event)).newState();
            seen.add(state.phase() + " " + state.document().map(Enum::name).orElse("-") + " "
                    + state.validFrom().map(LocalDate::toString).orElse("-") + ".."
                    + state.validUntil().map(LocalDate::toString).orElse("-") + " x" + state.extensionsUsed());
        }

        assertThat(seen).containsExactly(
                "NOT_STARTED - -..- x0",
                "REFLECTION_PERIOD ANNEX_15 2026-01-10..2026-02-24 x0",
                "REFLECTION_PERIOD ANNEX_15 2026-01-10..2026-02-24 x0",
                "REGISTRATION_CERTIFICATE REGISTRATION_CERTIFICATE 2026-02-15..2026-05-15 x0",
                "REGISTRATION_CERTIFICATE REGISTRATION_CERTIFICATE 2026-02-15..2026-08-15 x1",
                "A_CARD A_CARD 2026-06-10..2026-12-10 x0",
                "A_CARD A_CARD 2026-06-10..2027-06-10 x1",
                "PERMANENT B_CARD 2027-04-02..- x0");
        assertThat(state.conditions()).containsExactly(
                Map.entry(Condition.BREAK_CONTACT, d("2026-01-20")),
                Map.entry(Condition.ACCEPT_SUPPORT, d("2026-01-08")),
                Map.entry(Condition.COOPERATE, d("2026-02-15")));
        assertThat(state.history()).extracting(RecordedEvent::event).containsExactlyElementsOf(path);
        assertThat(state.history()).extracting(RecordedEvent::ruleSetId).containsExactly(
                null, "BE-2017-05-20", null, "BE-2017-05-20", "BE-2017-05-20", "BE-2017-05-20", "BE-2017-05-20",
                null);
    }

    @Test
    void theRegistrationCertificateCanBeExtendedOnlyOnce() {
        ProcedureState extended = play(ProcedureEvent.statementMade(d("2026-03-02")),
                ProcedureEvent.registrationCertificateExtended(d("2026-05-25")));

        RecordResult.Refused refusal = refused(record(extended,
                ProcedureEvent.registrationCertificateExtended(d("2026-08-25"))));

        assertThat(refusal.rule()).isEqualTo(RefusalRule.SECOND_EXTENSION);
        assertThat(refusal.message()).contains("REGISTRATION_CERTIFICATE").contains("only once");
        assertThat(extended.validUntil()).contains(d("2026-09-02"));
        assertThat(extended.extensionsUsed()).isEqualTo(1);
    }

    @Test
    void theExtensionCounterBelongsToTheCurrentDocument() {
        ProcedureState extended = play(ProcedureEvent.statementMade(d("2026-03-02")),
                ProcedureEvent.conditionMet(d("2026-03-02"), Condition.BREAK_CONTACT),
                ProcedureEvent.conditionMet(d("2026-03-02"), Condition.ACCEPT_SUPPORT),
                ProcedureEvent.registrationCertificateExtended(d("2026-05-25")));
        assertThat(extended.extensionsUsed()).isEqualTo(1);

        ProcedureState aCard = play(extended, DEFAULT_RULES, false, ProcedureEvent.victimConfirmed(d("2026-07-01")));

        assertThat(aCard.extensionsUsed()).isZero();
        assertThat(aCard.validFrom()).contains(d("2026-07-01"));
        assertThat(aCard.validUntil()).contains(d("2027-01-01"));
    }

    @ParameterizedTest(name = "met before confirmation: [{0}]")
    @CsvSource({
            "'', BREAK_CONTACT ACCEPT_SUPPORT",
            "BREAK_CONTACT, ACCEPT_SUPPORT",
            "ACCEPT_SUPPORT, BREAK_CONTACT",
    })
    void confirmationNeedsAllThreeConditions(String metBefore, String missing) {
        // STATEMENT_MADE always marks COOPERATE, so the registration certificate phase lacks only the other two.
        ProcedureState state = play(ProcedureEvent.statementMade(d("2026-03-02")));
        for (String condition : metBefore.split(" ")) {
            if (!condition.isBlank()) {
                state = play(state, DEFAULT_RULES, false,
                        ProcedureEvent.conditionMet(d("2026-03-05"), Condition.valueOf(condition)));
            }
        }

        RecordResult.Refused refusal = refused(record(state, ProcedureEvent.victimConfirmed(d("2026-04-01"))));

        assertThat(refusal.rule()).isEqualTo(RefusalRule.CONDITIONS_NOT_MET);
        assertThat(refusal.message()).endsWith("not met yet: " + missing.replace(" ", ", ") + ".");
        assertThat(state.phase()).isEqualTo(ProcedurePhase.REGISTRATION_CERTIFICATE);
    }

    @Test
    void confirmationIsAcceptedOnceTheLastConditionIsMetTheSameDay() {
        ProcedureState state = play(ProcedureEvent.statementMade(d("2026-03-02")),
                ProcedureEvent.conditionMet(d("2026-03-05"), Condition.BREAK_CONTACT),
                ProcedureEvent.conditionMet(d("2026-04-01"), Condition.ACCEPT_SUPPORT));

        ProcedureState confirmed = accepted(record(state, ProcedureEvent.victimConfirmed(d("2026-04-01")))).newState();

        assertThat(confirmed.phase()).isEqualTo(ProcedurePhase.A_CARD);
        assertThat(confirmed.validUntil()).contains(d("2026-10-01"));
    }

    @Nested
    class Conditions {

        @Test
        void theFirstDateAConditionWasMetIsKept() {
            ProcedureState state = play(ProcedureEvent.conditionMet(d("2026-02-01"), Condition.BREAK_CONTACT),
                    ProcedureEvent.conditionMet(d("2026-02-10"), Condition.BREAK_CONTACT));

            assertThat(state.conditions()).containsExactly(Map.entry(Condition.BREAK_CONTACT, d("2026-02-01")));
            assertThat(state.history()).hasSize(2);
        }

        @Test
        void aStatementMarksCooperationMetUnlessItWasMetEarlier() {
            ProcedureState direct = play(ProcedureEvent.statementMade(d("2026-03-02")));
            ProcedureState earlier = play(ProcedureEvent.conditionMet(d("2026-02-14"), Condition.COOPERATE),
                    ProcedureEvent.statementMade(d("2026-03-02")));

            assertThat(direct.conditions()).containsExactly(Map.entry(Condition.COOPERATE, d("2026-03-02")));
            assertThat(earlier.conditions()).containsExactly(Map.entry(Condition.COOPERATE, d("2026-02-14")));
        }

        @Test
        void conditionsSurviveTheEndOfTheStatus() {
            ProcedureState ended = play(ProcedureEvent.statementMade(d("2026-03-02")),
                    ProcedureEvent.statusEnded(d("2026-04-02"), EndReason.WITHDRAWN_BY_VICTIM));

            assertThat(ended.phase()).isEqualTo(ProcedurePhase.ENDED);
            assertThat(ended.endReason()).contains(EndReason.WITHDRAWN_BY_VICTIM);
            assertThat(ended.conditions()).containsKey(Condition.COOPERATE);
        }
    }

    @Nested
    class Order {

        @Test
        void anEventDatedBeforeThePreviousOneIsRefused() {
            ProcedureState state = play(ProcedureEvent.reflectionPeriodGranted(d("2026-02-20")),
                    ProcedureEvent.conditionMet(d("2026-02-25"), Condition.BREAK_CONTACT));

            RecordResult.Refused refusal = refused(record(state, ProcedureEvent.statementMade(d("2026-02-24"))));

            assertThat(refusal.rule()).isEqualTo(RefusalRule.EVENT_BEFORE_PREVIOUS);
            assertThat(refusal.message()).contains("2026-02-24").contains("CONDITION_MET on 2026-02-25");
        }

        @Test
        void eventsOnTheSameDayAreInOrder() {
            ProcedureState state = play(ProcedureEvent.reflectionPeriodGranted(d("2026-02-20")),
                    ProcedureEvent.statementMade(d("2026-02-20")));

            assertThat(state.phase()).isEqualTo(ProcedurePhase.REGISTRATION_CERTIFICATE);
        }

        @Test
        void anEndedProcedureRefusesEvenAnEarlierDatedEventAsEnded() {
            ProcedureState ended = ProcedureTransitionTableTest.stateIn(ProcedurePhase.ENDED);

            RecordResult.Refused refusal = refused(record(ended,
                    ProcedureEvent.conditionMet(d("2020-01-01"), Condition.COOPERATE)));

            assertThat(refusal.rule()).isEqualTo(RefusalRule.ALREADY_ENDED);
            assertThat(refusal.message()).contains("PUBLIC_ORDER").contains("2026-02-01");
        }
    }

    @Nested
    class Refusals {

        @Test
        void aRefusedEventChangesNothing() {
            ProcedureState state = play(ProcedureEvent.statementMade(d("2026-03-02")));
            String before = state.toString();
            List<RecordedEvent> historyBefore = List.copyOf(state.history());

            refused(record(state, ProcedureEvent.reflectionPeriodGranted(d("2026-03-03"))));
            refused(record(state, ProcedureEvent.victimConfirmed(d("2026-03-03"))));
            refused(record(state, ProcedureEvent.statementMade(d("2026-03-01"))));

            assertThat(state.toString()).isEqualTo(before);
            assertThat(state.history()).isEqualTo(historyBefore);
        }

        @Test
        void theStateCannotBeChangedFromOutside() {
            ProcedureState state = play(ProcedureEvent.statementMade(d("2026-03-02")));

            assertThatThrownBy(() -> state.conditions().put(Condition.BREAK_CONTACT, d("2026-03-03")))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> state.history().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void anEventBeforeTheFirstRuleSetThatNeedsADurationIsRefused() {
            RecordResult.Refused refusal = refused(record(ProcedureState.notStarted(),
                    ProcedureEvent.reflectionPeriodGranted(d("2016-06-01"))));

            assertThat(refusal.rule()).isEqualTo(RefusalRule.NO_RULE_SET_IN_FORCE);
            assertThat(refusal.message()).contains("2016-06-01").contains("2017-05-20");
            // An event that computes no duration needs no rule set.
            accepted(record(ProcedureState.notStarted(),
                    ProcedureEvent.conditionMet(d("2016-06-01"), Condition.ACCEPT_SUPPORT)));
        }
    }

    @Nested
    class Minors {

        @Test
        void aPresumedMinorGetsTheMinorsReflectionPeriod() {
            RecordResult.Accepted result = accepted(Procedure.record(ProcedureState.notStarted(),
                    ProcedureEvent.reflectionPeriodGranted(d("2026-01-10")), DEFAULT_RULES, true));

            assertThat(result.newState().validUntil()).contains(d("2026-04-10"));
            assertThat(result.newState().document()).contains(ResidenceDocument.ANNEX_15);
            assertThat(result.recordedEvent().minor()).isTrue();
        }

        @Test
        void theMinorFlagIsDecidedPerEvent() {
            // Presumed minor when the reflection period starts, 18 by the time of the statement.
            LocalDate birth = d("2008-02-01");
            LocalDate reflection = d("2026-01-10");
            LocalDate statement = d("2026-03-10");
            ProcedureState state = play(ProcedureState.notStarted(), DEFAULT_RULES,
                    MinorPresumption.appliesOn(reflection, birth, false, true),
                    ProcedureEvent.reflectionPeriodGranted(reflection));
            state = play(state, DEFAULT_RULES, MinorPresumption.appliesOn(statement, birth, false, true),
                    ProcedureEvent.statementMade(statement));

            assertThat(state.history()).extracting(RecordedEvent::minor).containsExactly(true, false);
            assertThat(state.history().get(0).validUntil()).isEqualTo(d("2026-04-10"));
            assertThat(state.validUntil()).contains(d("2026-06-10"));
        }

        @Test
        void minorsDurationsComeFromTheDataFile() {
            DurationRuleSet set = DEFAULT_RULES.inForceOn(d("2026-01-10")).orElseThrow();

            assertThat(set.durationsFor(true).of(DurationKind.REFLECTION_PERIOD)).hasToString("P3M");
            assertThat(set.durationsFor(false).of(DurationKind.REFLECTION_PERIOD)).hasToString("P45D");
        }
    }

    @Nested
    class RuleChange {

        @Test
        void aNewRuleSetAppliesOnlyToEventsFromItsEffectiveDate() {
            ProcedureState state = play(ProcedureState.notStarted(), CHANGED_RULES, false,
                    ProcedureEvent.reflectionPeriodGranted(d("2026-02-20")),
                    ProcedureEvent.statementMade(d("2026-03-02")));

            RecordedEvent reflection = state.history().get(0);
            RecordedEvent statement = state.history().get(1);
            assertThat(reflection.ruleSetId()).isEqualTo("BE-2017-05-20");
            assertThat(reflection.validUntil()).isEqualTo(d("2026-04-06"));
            assertThat(statement.ruleSetId()).isEqualTo("TEST-2026-03-01");
            assertThat(statement.validUntil()).isEqualTo(d("2026-07-02"));
        }

        @Test
        void historyRecordedUnderTheOldRulesKeepsItsDatesWhenTheRulesChange() {
            // Recorded while only the 2017 rules existed...
            ProcedureState before = play(ProcedureState.notStarted(), DEFAULT_RULES, false,
                    ProcedureEvent.statementMade(d("2026-03-05")));
            assertThat(before.validUntil()).contains(d("2026-06-05"));

            // ...then a rule set effective 2026-03-01 is added: the stored history replays unchanged,
            ProcedureState replayed = Procedure.replay(before.history());
            assertThat(replayed).isEqualTo(before);
            assertThat(replayed.validUntil()).contains(d("2026-06-05"));

            // and only the next event uses the new durations (extension P2M from the current validUntil).
            ProcedureState extended = play(replayed, CHANGED_RULES, false,
                    ProcedureEvent.registrationCertificateExtended(d("2026-05-20")));
            assertThat(extended.validUntil()).contains(d("2026-08-05"));
            assertThat(extended.history().get(0).validUntil()).isEqualTo(d("2026-06-05"));
            assertThat(extended.history().get(0).ruleSetId()).isEqualTo("BE-2017-05-20");
            assertThat(extended.history().get(1).ruleSetId()).isEqualTo("TEST-2026-03-01");
        }
    }

    @Nested
    class Replay {

        @Test
        void replayingTheHistoryGivesTheSameState() {
            ProcedureState state = ProcedureTransitionTableTest.stateIn(ProcedurePhase.PERMANENT);

            assertThat(Procedure.replay(state.history())).isEqualTo(state);
            assertThat(Procedure.replay(List.of())).isEqualTo(ProcedureState.notStarted());
        }

        @Test
        void replayUsesTheRecordedValidUntilEvenIfTheRulesWouldNowSayOtherwise() {
            RecordedEvent stored = new RecordedEvent(ProcedureEvent.reflectionPeriodGranted(d("2026-01-10")),
                    false, "OLD-RULES", d("2026-03-01"));

            ProcedureState state = Procedure.replay(List.of(stored));

            assertThat(state.validUntil()).contains(d("2026-03-01"));
        }

        @Test
        void aHistoryThatBreaksARuleIsRejectedNamingTheEvent() {
            ProcedureState state = play(ProcedureEvent.reflectionPeriodGranted(d("2026-02-20")),
                    ProcedureEvent.statementMade(d("2026-03-02")));
            List<RecordedEvent> swapped = List.of(state.history().get(1), state.history().get(0));

            assertThatThrownBy(() -> Procedure.replay(swapped))
                    .isInstanceOf(InconsistentHistoryException.class)
                    .hasMessageContaining("#1")
                    .hasMessageContaining("REFLECTION_PERIOD_GRANTED on 2026-02-20")
                    .hasMessageContaining("EVENT_BEFORE_PREVIOUS")
                    .satisfies(e -> assertThat(((InconsistentHistoryException) e).index()).isEqualTo(1));
        }

        @Test
        void aHistoryWithAnImpossibleValidityIsRejected() {
            RecordedEvent noEnd = new RecordedEvent(ProcedureEvent.statementMade(d("2026-03-02")), false,
                    "BE-2017-05-20", null);
            RecordedEvent endsBeforeItStarts = new RecordedEvent(ProcedureEvent.statementMade(d("2026-03-02")),
                    false, "BE-2017-05-20", d("2026-03-01"));
            RecordedEvent conditionChangingValidity = new RecordedEvent(
                    ProcedureEvent.conditionMet(d("2026-03-02"), Condition.BREAK_CONTACT), false, null,
                    d("2026-12-31"));

            assertThatThrownBy(() -> Procedure.replay(List.of(noEnd)))
                    .isInstanceOf(InconsistentHistoryException.class).hasMessageContaining("validUntil is missing");
            assertThatThrownBy(() -> Procedure.replay(List.of(endsBeforeItStarts)))
                    .isInstanceOf(InconsistentHistoryException.class).hasMessageContaining("not after 2026-03-02");
            assertThatThrownBy(() -> Procedure.replay(List.of(conditionChangingValidity)))
                    .isInstanceOf(InconsistentHistoryException.class).hasMessageContaining("leaves it null");
        }
    }

    @Nested
    class Events {

        @Test
        void anEventCarriesExactlyTheDetailItsTypeTakes() {
            assertThatThrownBy(() -> ProcedureEvent.of(ProcedureEventType.CONDITION_MET, d("2026-03-02")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("condition is required for CONDITION_MET");
            assertThatThrownBy(() -> new ProcedureEvent(ProcedureEventType.STATEMENT_MADE, d("2026-03-02"), null,
                    EndReason.FRAUDULENT, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("reason is not allowed for STATEMENT_MADE");
            assertThatThrownBy(() -> ProcedureEvent.of(ProcedureEventType.PERMANENT_STAY_GRANTED, d("2026-03-02")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("basis is required for PERMANENT_STAY_GRANTED");
        }

        @Test
        void aNoteIsAtMost2000CharactersCountedAsUsersCountThem() {
            String emoji = "\uD83D\uDE42";
            ProcedureEvent event = ProcedureEvent.statementMade(d("2026-03-02"));

            assertThat(event.withNote(emoji.repeat(2000)).note()).hasSize(4000);
            assertThatThrownBy(() -> event.withNote("x".repeat(2001)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2001");
            assertThat(event.withNote("   ").note()).isNull();
        }
    }
}
