package be.ariadne.screening;

import static be.ariadne.screening.ExploitationForm.BEGGING;
import static be.ariadne.screening.ExploitationForm.FORCED_CRIME;
import static be.ariadne.screening.ExploitationForm.LABOUR;
import static be.ariadne.screening.ExploitationForm.SEXUAL;
import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.ScreeningResult.DimensionScore;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule 3: which ILO list(s) apply, and a dimension positive in either list. */
class ListSelectionTest {

    private final ScreeningEngine engine = ScreeningEngine.standard();

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of(30, false, List.of(), List.of(IloList.ADULT_LABOUR)),
                Arguments.of(30, false, List.of(LABOUR), List.of(IloList.ADULT_LABOUR)),
                Arguments.of(30, false, List.of(BEGGING), List.of(IloList.ADULT_LABOUR)),
                Arguments.of(30, false, List.of(SEXUAL), List.of(IloList.ADULT_SEXUAL)),
                Arguments.of(30, false, List.of(SEXUAL, BEGGING), List.of(IloList.ADULT_LABOUR, IloList.ADULT_SEXUAL)),
                Arguments.of(18, false, List.of(SEXUAL, LABOUR), List.of(IloList.ADULT_LABOUR, IloList.ADULT_SEXUAL)),
                Arguments.of(17, false, List.of(), List.of(IloList.CHILD_LABOUR)),
                Arguments.of(17, false, List.of(FORCED_CRIME), List.of(IloList.CHILD_LABOUR)),
                Arguments.of(16, false, List.of(SEXUAL), List.of(IloList.CHILD_SEXUAL)),
                Arguments.of(null, true, List.of(SEXUAL, LABOUR), List.of(IloList.CHILD_LABOUR, IloList.CHILD_SEXUAL)),
                Arguments.of(null, false, List.of(SEXUAL), List.of(IloList.ADULT_SEXUAL)));
    }

    @ParameterizedTest(name = "age {0}, maybeMinor {1}, forms {2} -> {3}")
    @MethodSource
    void lists(Integer age, boolean maybeMinor, List<ExploitationForm> forms, List<IloList> expected) {
        ScreeningResult result = engine.evaluate(ScreeningRequest.builder().age(age).maybeMinor(maybeMinor)
                .exploitation(forms.toArray(ExploitationForm[]::new)).build());
        assertThat(result.ilo().lists()).containsExactlyElementsOf(expected);
    }

    @Test
    void aDimensionPositiveOnlyInTheSexualListCountsWhenBothApply() {
        // CR_ISOLATION and CR_DEBT: medium for labour (2M fails), strong for sexual exploitation (2S passes).
        String[] indicators = {"CR_ISOLATION", "CR_DEBT"};
        DimensionScore labourOnly = engine.evaluate(ScreeningRequest.builder().age(30).exploitation(LABOUR)
                .indicators(indicators).build()).ilo().dimension(Dimension.CR);
        DimensionScore both = engine.evaluate(ScreeningRequest.builder().age(30).exploitation(LABOUR, SEXUAL)
                .indicators(indicators).build()).ilo().dimension(Dimension.CR);

        assertThat(labourOnly).isEqualTo(new DimensionScore(false, 0, 2, 0));
        assertThat(both).isEqualTo(new DimensionScore(true, 2, 0, 0));
    }

    @Test
    void aDimensionPositiveOnlyInTheLabourListCountsWhenBothApply() {
        // EX_EXCESSIVE_HOURS is strong for labour, medium for sexual exploitation.
        String[] indicators = {"EX_EXCESSIVE_HOURS", "EX_BAD_LIVING"};
        DimensionScore sexualOnly = engine.evaluate(ScreeningRequest.builder().age(30).exploitation(SEXUAL)
                .indicators(indicators).build()).ilo().dimension(Dimension.EX);
        DimensionScore both = engine.evaluate(ScreeningRequest.builder().age(30).exploitation(SEXUAL, BEGGING)
                .indicators(indicators).build()).ilo().dimension(Dimension.EX);

        assertThat(sexualOnly).isEqualTo(new DimensionScore(false, 0, 2, 0));
        assertThat(both).isEqualTo(new DimensionScore(true, 1, 1, 0));
    }

    @Test
    void anIndicatorOutsideTheChildListIsNotCountedForAChild() {
        String[] indicators = {"VR_FALSE_LAW_INFO", "VR_ECONOMIC", "VR_INFORMATION"};
        DimensionScore adult = engine.evaluate(ScreeningRequest.builder().age(30).indicators(indicators).build())
                .ilo().dimension(Dimension.VR);
        DimensionScore child = engine.evaluate(ScreeningRequest.builder().age(12).indicators(indicators).build())
                .ilo().dimension(Dimension.VR);

        assertThat(adult).isEqualTo(new DimensionScore(true, 0, 3, 0));
        assertThat(child).isEqualTo(new DimensionScore(false, 0, 2, 0));
    }

    @Test
    void childListsHaveNoWeakRatings() {
        // VR_BELIEFS and VR_GENERAL_CONTEXT are weak for adults (never enough), medium for children.
        String[] indicators = {"VR_BELIEFS", "VR_GENERAL_CONTEXT", "VR_ECONOMIC"};
        assertThat(engine.evaluate(ScreeningRequest.builder().age(40).indicators(indicators).build())
                .ilo().dimension(Dimension.VR)).isEqualTo(new DimensionScore(false, 0, 1, 2));
        assertThat(engine.evaluate(ScreeningRequest.builder().age(10).indicators(indicators).build())
                .ilo().dimension(Dimension.VR)).isEqualTo(new DimensionScore(true, 0, 3, 0));
    }

    @Test
    void provisionalChildSexualListHasHazardousWorkStrong() {
        String[] indicators = {"EX_HAZARDOUS_WORK", "EX_BAD_LIVING"};
        assertThat(engine.evaluate(ScreeningRequest.builder().age(15).exploitation(SEXUAL).indicators(indicators)
                .build()).ilo().dimension(Dimension.EX)).isEqualTo(new DimensionScore(true, 1, 1, 0));
        assertThat(engine.evaluate(ScreeningRequest.builder().age(15).exploitation(LABOUR).indicators(indicators)
                .build()).ilo().dimension(Dimension.EX)).isEqualTo(new DimensionScore(false, 0, 2, 0));
        assertThat(Arrays.asList(IloList.values())).allSatisfy(list ->
                assertThat(IndicatorCatalogue.standard().list(list).verified()).isFalse());
    }
}
