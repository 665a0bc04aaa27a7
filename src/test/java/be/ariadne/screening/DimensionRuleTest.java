package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.ScreeningResult.DimensionScore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The ILO dimension rule: 2S, 1S+1M, 1S+1W, 3M, 2M+1W pass; 1S, 2M, 1M+2W and weak alone fail. */
class DimensionRuleTest {

    private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();
    private final ScreeningEngine engine = ScreeningEngine.standard();

    @ParameterizedTest(name = "{0}S {1}M {2}W -> {3}")
    @CsvSource({
        // the combinations that pass
        "2, 0, 0, true",
        "1, 1, 0, true",
        "1, 0, 1, true",
        "0, 3, 0, true",
        "0, 2, 1, true",
        // more of anything still passes
        "3, 0, 0, true",
        "1, 2, 2, true",
        "0, 4, 0, true",
        "0, 2, 3, true",
        // the combinations that fail
        "0, 0, 0, false",
        "1, 0, 0, false",
        "0, 2, 0, false",
        "0, 1, 2, false",
        "0, 1, 0, false",
        "0, 1, 1, false",
        // weak alone never suffices, whatever the number
        "0, 0, 1, false",
        "0, 0, 2, false",
        "0, 0, 3, false",
        "0, 0, 10, false",
        "0, 1, 10, false",
    })
    void rule(int strong, int medium, int weak, boolean positive) {
        assertThat(ScreeningEngine.dimensionRule(strong, medium, weak)).isEqualTo(positive);
    }

    /** The same table through the engine, with real indicators of a dimension and list that has enough of them. */
    static Stream<Arguments> throughTheEngine() {
        return Stream.of(
                Arguments.of(2, 0, 0, true), Arguments.of(1, 1, 0, true), Arguments.of(1, 0, 1, true),
                Arguments.of(0, 3, 0, true), Arguments.of(0, 2, 1, true),
                Arguments.of(1, 0, 0, false), Arguments.of(0, 2, 0, false), Arguments.of(0, 1, 2, false),
                Arguments.of(0, 0, 1, false), Arguments.of(0, 0, 2, false), Arguments.of(0, 0, 3, false));
    }

    @ParameterizedTest(name = "{0}S {1}M {2}W -> {3}")
    @MethodSource
    void throughTheEngine(int strong, int medium, int weak, boolean positive) {
        for (IloList list : new IloList[] {IloList.ADULT_LABOUR, IloList.ADULT_SEXUAL}) {
            for (Dimension d : Dimension.values()) {
                List<String> codes = pick(d, list, Strength.STRONG, strong);
                List<String> medium_ = pick(d, list, Strength.MEDIUM, medium);
                List<String> weak_ = pick(d, list, Strength.WEAK, weak);
                if (codes == null || medium_ == null || weak_ == null) {
                    continue; // this dimension has too few indicators of some strength in this list
                }
                codes.addAll(medium_);
                codes.addAll(weak_);
                ScreeningRequest.Builder request = ScreeningRequest.builder().age(30)
                        .indicators(codes.toArray(String[]::new));
                if (list == IloList.ADULT_SEXUAL) {
                    request.exploitation(ExploitationForm.SEXUAL);
                }
                ScreeningResult result = engine.evaluate(request.build());
                assertThat(result.ilo().lists()).containsExactly(list);
                assertThat(result.ilo().dimension(d))
                        .as("%s in %s with %s", d, list, codes)
                        .isEqualTo(new DimensionScore(positive, strong, medium, weak));
                return;
            }
        }
        throw new AssertionError("no dimension with " + strong + "S " + medium + "M " + weak + "W in the catalogue");
    }

    private List<String> pick(Dimension d, IloList list, Strength strength, int count) {
        List<String> codes = new ArrayList<>();
        for (IndicatorCatalogue.Indicator indicator : catalogue.indicators(d, list)) {
            if (codes.size() < count && indicator.strengths().get(list) == strength) {
                codes.add(indicator.code());
            }
        }
        return codes.size() == count ? codes : null;
    }
}
