package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.shared.RefusedException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Over random sequences of requests (moves, corrections, closings, reopenings, any dates): the
 * dates of accepted transitions never go back, never precede the registration nor pass today; a
 * closed case never changes stage; every move back carries a reason; a refusal changes nothing.
 */
class StageRulesProperties {
    private static final LocalDate REGISTERED = LocalDate.of(2025, 6, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    record Request(int kind, Stage to, int dayOffset, boolean withReason) {
    }

    @Property(tries = 500)
    void acceptedTransitionsKeepTheInvariants(@ForAll("requests") @Size(max = 40) List<Request> requests) {
        StageRules.State state = new StageRules.State(Stage.DETECTION, REGISTERED, REGISTERED, CaseStatus.ACTIVE);
        for (Request r : requests) {
            LocalDate date = REGISTERED.plusDays(r.dayOffset() - 30);
            String reason = r.withReason() ? "a stated reason" : null;
            StageRules.State before = state;
            try {
                StageRules.Transition t = switch (r.kind()) {
                    case 0 -> StageRules.close(state, date, reason == null ? null : "SUPPORT_COMPLETED", CaseStatus.CLOSED, TODAY);
                    case 1 -> StageRules.reopen(state, date, reason, TODAY);
                    default -> StageRules.move(state, r.to(), date, reason, TODAY);
                };
                state = t.apply(state);
                assertThat(state.stageDate()).isAfterOrEqualTo(before.stageDate()).isAfterOrEqualTo(REGISTERED).isBeforeOrEqualTo(TODAY);
                if (before.status().closed()) {
                    assertThat(t.kind()).isEqualTo(StageRules.Kind.REOPEN);
                    assertThat(state.stage()).isEqualTo(before.stage());
                }
                if (t.kind() == StageRules.Kind.CORRECTION) {
                    assertThat(t.reason()).isNotBlank();
                    assertThat(state.stage().ordinal()).isLessThan(before.stage().ordinal());
                }
                if (t.kind() == StageRules.Kind.FORWARD) assertThat(state.stage().ordinal()).isGreaterThan(before.stage().ordinal());
                if (t.kind() == StageRules.Kind.CLOSE) assertThat(state.status().closed()).isTrue();
            } catch (RefusedException refused) {
                assertThat(refused.rule()).isNotBlank();
                assertThat(state).isEqualTo(before);
            }
        }
    }

    @Property
    void everyForwardMoveWithAValidDateIsAccepted(@ForAll("stagePairs") Stage[] pair) {
        Stage from = pair[0];
        Stage to = pair[1];
        StageRules.State s = new StageRules.State(from, REGISTERED.plusDays(10), REGISTERED, CaseStatus.ACTIVE);
        if (to.ordinal() > from.ordinal()) {
            assertThat(StageRules.move(s, to, REGISTERED.plusDays(10), null, TODAY).kind()).isEqualTo(StageRules.Kind.FORWARD);
        }
    }

    @Provide
    Arbitrary<List<Request>> requests() {
        Arbitrary<Request> one = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(Stage.class),
                Arbitraries.integers().between(0, 500), Arbitraries.of(true, false)).as(Request::new);
        return one.list();
    }

    @Provide
    Arbitrary<Stage[]> stagePairs() {
        return Combinators.combine(Arbitraries.of(Stage.class), Arbitraries.of(Stage.class)).as((a, b) -> new Stage[] {a, b});
    }
}
