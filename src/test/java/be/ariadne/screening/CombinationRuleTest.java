package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ILO combination rules (adult: recruitment + EX + coercion; child: action + EX) and the pathways. */
class CombinationRuleTest {

    // Pairs of indicators that make one dimension positive in both the adult and the child labour list.
    private static final String[] DR = {"DR_JOB_NATURE", "DR_WAGES"};
    private static final String[] CR = {"CR_VIOLENCE", "CR_DEBT"};
    private static final String[] VR = {"VR_ECONOMIC", "VR_INFORMATION", "VR_DEPENDENCY"};
    private static final String[] EX = {"EX_EXCESSIVE_HOURS", "EX_BAD_LIVING"};
    private static final String[] CD = {"CD_DOCUMENTS", "CD_DEBT"};
    private static final String[] VD = {"VD_DEPENDENCY", "VD_ECONOMIC", "VD_UNKNOWN_AREA"};

    private final ScreeningEngine engine = ScreeningEngine.standard();

    static Stream<Arguments> combinations() {
        return Stream.of(
                // adults: a recruitment dimension, EX and a coercion dimension
                Arguments.of(30, List.<Action>of(), codes(DR, EX, CD), true, List.of(Pathway.DECEPTION)),
                Arguments.of(30, List.<Action>of(), codes(CR, EX, VD), true, List.of(Pathway.COERCION)),
                Arguments.of(30, List.<Action>of(), codes(VR, EX, CD), true, List.of(Pathway.ABUSE_OF_VULNERABILITY)),
                Arguments.of(30, List.<Action>of(), codes(DR, CR, VR, EX, VD), true,
                        List.of(Pathway.DECEPTION, Pathway.COERCION, Pathway.ABUSE_OF_VULNERABILITY)),
                Arguments.of(30, List.<Action>of(), codes(DR, EX), false, List.of()),
                Arguments.of(30, List.<Action>of(), codes(DR, CD), false, List.of()),
                Arguments.of(30, List.<Action>of(), codes(EX, CD, VD), false, List.of()),
                // an action from the facts is not a recruitment dimension: the adult rule still fails
                Arguments.of(30, List.of(Action.RECRUITED), codes(EX, CD), false, List.of()),
                // children: an action and EX suffice, no means needed
                Arguments.of(15, List.of(Action.RECRUITED), codes(EX), true, List.of()),
                Arguments.of(15, List.of(Action.CONTROL_TAKEN), codes(EX), true, List.of()),
                Arguments.of(15, List.<Action>of(), codes(DR, EX), true, List.of(Pathway.DECEPTION)),
                Arguments.of(15, List.of(Action.HARBOURED), codes(CR, EX, CD), true, List.of(Pathway.COERCION)),
                Arguments.of(15, List.<Action>of(), codes(EX, CD), false, List.of()),
                Arguments.of(15, List.of(Action.TRANSPORTED), codes(CD), false, List.of()),
                Arguments.of(15, List.of(Action.TRANSPORTED), new String[] {"EX_BAD_LIVING"}, false, List.of()));
    }

    @ParameterizedTest(name = "age {0}, actions {1}, {2} -> presumed victim {3}, {4}")
    @MethodSource
    void combinations(int age, List<Action> actions, String[] indicators, boolean presumedVictim,
                      List<Pathway> pathways) {
        ScreeningResult result = engine.evaluate(ScreeningRequest.builder().age(age)
                .actions(actions.toArray(Action[]::new)).indicators(indicators).build());
        assertThat(result.ilo().presumedVictim()).isEqualTo(presumedVictim);
        assertThat(result.ilo().pathways()).containsExactlyElementsOf(pathways);
        if (presumedVictim) {
            // the combination rule makes Palermo trafficking LIKELY
            assertThat(result.trafficking().international()).isEqualTo(Qualification.LIKELY);
            assertThat(result.trafficking().belgium()).isEqualTo(Qualification.LIKELY);
        }
    }

    private static String[] codes(String[]... groups) {
        return Stream.of(groups).flatMap(Stream::of).toArray(String[]::new);
    }
}
