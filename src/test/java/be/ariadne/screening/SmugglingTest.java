package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 10: smuggling of migrants, its aggravation, and its effect on protection and advice. */
class SmugglingTest {

    private final ScreeningEngine engine = ScreeningEngine.standard();

    private ScreeningResult smuggled(String citizenship, UnaryOperator<ScreeningRequest.Builder> more) {
        return engine.evaluate(more.apply(ScreeningRequest.builder().age(30).citizenship(citizenship)
                .border(true, true, true)).build());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SY", "AF", "ER", "NG", "UA", "GB", "TR", "MA", "AL"})
    void nonEuNationalsAreSmuggled(String citizenship) {
        ScreeningResult result = smuggled(citizenship, b -> b);
        assertThat(result.smuggling()).isEqualTo(Smuggling.SMUGGLING);
        assertThat(result.protectionProcedureOpen()).isFalse();
        assertThat(result.advice()).containsExactly(Advice.INFORM_OF_RIGHTS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"BE", "FR", "DE", "NL", "RO", "BG", "GR", "HR", "CY", "IS", "LI", "NO", "CH"})
    void euEeaAndSwissNationalsAreNeverSmuggled(String citizenship) {
        assertThat(smuggled(citizenship, b -> b).smuggling()).isEqualTo(Smuggling.NONE);
        // not even with aggravating facts
        assertThat(smuggled(citizenship, b -> b.age(12).lifeEndangered(true)).smuggling()).isEqualTo(Smuggling.NONE);
    }

    @ParameterizedTest(name = "unknown citizenship")
    @ValueSource(booleans = true)
    void anUnknownCitizenshipDoesNotExclude(boolean ignored) {
        assertThat(smuggled(null, b -> b).smuggling()).isEqualTo(Smuggling.SMUGGLING);
    }

    @ParameterizedTest(name = "crossed {0}, irregular {1}, facilitator paid {2} -> NONE")
    @CsvSource({
        "false, false, false",
        "true,  false, false",
        "true,  true,  false",
        "true,  false, true",
        "false, true,  true",
        "false, false, true",
    })
    void partialBorderFactsAreNotSmuggling(boolean crossed, boolean irregular, boolean paid) {
        ScreeningResult result = engine.evaluate(ScreeningRequest.builder().age(30).citizenship("SY")
                .border(crossed, irregular, paid).lifeEndangered(true).build());
        assertThat(result.smuggling()).isEqualTo(Smuggling.NONE);
    }

    static Stream<Arguments> aggravatingCauses() {
        return Stream.of(
                Arguments.of("minor by age", (UnaryOperator<ScreeningRequest.Builder>) b -> b.age(16)),
                Arguments.of("minor by maybeMinor", (UnaryOperator<ScreeningRequest.Builder>) b -> b.age(null).maybeMinor(true)),
                Arguments.of("VR positive", (UnaryOperator<ScreeningRequest.Builder>) b ->
                        b.indicators("VR_ILLEGAL_STATUS", "VR_ECONOMIC", "VR_INFORMATION")),
                Arguments.of("VD positive", (UnaryOperator<ScreeningRequest.Builder>) b ->
                        b.indicators("VD_DEPENDENCY", "VD_UNKNOWN_AREA", "VD_AUTHORITIES")),
                Arguments.of("CR_VIOLENCE", (UnaryOperator<ScreeningRequest.Builder>) b -> b.indicators("CR_VIOLENCE")),
                Arguments.of("CR_THREATS", (UnaryOperator<ScreeningRequest.Builder>) b -> b.indicators("CR_THREATS")),
                Arguments.of("CR_ABDUCTION", (UnaryOperator<ScreeningRequest.Builder>) b -> b.indicators("CR_ABDUCTION")),
                Arguments.of("CD_VIOLENCE", (UnaryOperator<ScreeningRequest.Builder>) b -> b.indicators("CD_VIOLENCE")),
                Arguments.of("CD_THREATS", (UnaryOperator<ScreeningRequest.Builder>) b -> b.indicators("CD_THREATS")),
                Arguments.of("CR_FAMILY_VIOLENCE", (UnaryOperator<ScreeningRequest.Builder>) b -> b.indicators("CR_FAMILY_VIOLENCE")),
                Arguments.of("CD_FAMILY_VIOLENCE", (UnaryOperator<ScreeningRequest.Builder>) b -> b.indicators("CD_FAMILY_VIOLENCE")),
                Arguments.of("sign SIGNS_OF_VIOLENCE", (UnaryOperator<ScreeningRequest.Builder>) b -> b.signs("SIGNS_OF_VIOLENCE")),
                Arguments.of("sign FEAR_OF_PEOPLE_AROUND (maps to CD_THREATS)",
                        (UnaryOperator<ScreeningRequest.Builder>) b -> b.signs("FEAR_OF_PEOPLE_AROUND")),
                Arguments.of("life endangered", (UnaryOperator<ScreeningRequest.Builder>) b -> b.lifeEndangered(true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aggravatingCauses(String name, UnaryOperator<ScreeningRequest.Builder> cause) {
        ScreeningResult result = smuggled("ER", cause);
        assertThat(result.smuggling()).isEqualTo(Smuggling.AGGRAVATED_SMUGGLING);
        assertThat(result.protectionProcedureOpen()).isTrue();
        assertThat(result.advice()).contains(Advice.REFER_TO_SPECIALISED_CENTRE);
    }

    @ParameterizedTest(name = "{0} alone does not aggravate")
    @ValueSource(strings = {"CR_DEBT", "CD_DEBT", "CD_DOCUMENTS", "DR_JOB_NATURE", "VR_ECONOMIC"})
    void otherIndicatorsDoNotAggravate(String indicator) {
        assertThat(smuggled("ER", b -> b.indicators(indicator)).smuggling()).isEqualTo(Smuggling.SMUGGLING);
    }
}
