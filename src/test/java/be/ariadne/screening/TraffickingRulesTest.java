package be.ariadne.screening;

import static be.ariadne.screening.Qualification.LIKELY;
import static be.ariadne.screening.Qualification.POSSIBLE;
import static be.ariadne.screening.Qualification.UNLIKELY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules 4–9: action, purpose, means, the Belgian and Palermo qualifications, aggravating circumstances. */
class TraffickingRulesTest {

    private final ScreeningEngine engine = ScreeningEngine.standard();

    private static ScreeningRequest.Builder adult() {
        return ScreeningRequest.builder().age(35);
    }

    static Stream<Arguments> qualifications() {
        return Stream.of(
                Arguments.of("nothing known", adult(), UNLIKELY, UNLIKELY, List.of()),
                Arguments.of("action alone", adult().actions(Action.RECRUITED), UNLIKELY, UNLIKELY, List.of()),
                Arguments.of("form without action", adult().exploitation(ExploitationForm.BEGGING), UNLIKELY, UNLIKELY,
                        List.of()),
                Arguments.of("form with action", adult().actions(Action.RECEIVED).exploitation(ExploitationForm.BEGGING),
                        POSSIBLE, POSSIBLE, List.of()),
                Arguments.of("2 signs", adult().signs("NO_PAY", "FEAR_OF_TALKING"), UNLIKELY, UNLIKELY, List.of()),
                Arguments.of("3 signs", adult().signs("NO_PAY", "FEAR_OF_TALKING", "ONSITE_ACCOMMODATION"),
                        POSSIBLE, POSSIBLE, List.of()),
                Arguments.of("a dimension positive", adult().indicators("VD_DEPENDENCY", "VD_ECONOMIC", "VD_FAMILY_SITUATION"),
                        POSSIBLE, POSSIBLE, List.of()),
                Arguments.of("purpose without action (EX positive)", adult().indicators("EX_EXCESSIVE_HOURS", "EX_BAD_LIVING"),
                        POSSIBLE, POSSIBLE, List.of(ExploitationForm.LABOUR)),
                Arguments.of("purpose without action (profits)",
                        adult().exploitation(ExploitationForm.SEXUAL).thirdPartyProfits(true),
                        POSSIBLE, POSSIBLE, List.of(ExploitationForm.SEXUAL)),
                Arguments.of("sexual, no one profits", adult().actions(Action.RECRUITED).exploitation(ExploitationForm.SEXUAL),
                        POSSIBLE, POSSIBLE, List.of()),
                Arguments.of("labour given but EX not positive",
                        adult().actions(Action.RECRUITED).exploitation(ExploitationForm.LABOUR).thirdPartyProfits(true),
                        POSSIBLE, POSSIBLE, List.of()),
                Arguments.of("forced crime, not against will",
                        adult().actions(Action.RECRUITED).exploitation(ExploitationForm.FORCED_CRIME).thirdPartyProfits(true),
                        POSSIBLE, POSSIBLE, List.of()),
                Arguments.of("forced crime against will",
                        adult().actions(Action.RECRUITED).exploitation(ExploitationForm.FORCED_CRIME).againstWill(true),
                        LIKELY, POSSIBLE, List.of(ExploitationForm.FORCED_CRIME)),
                Arguments.of("action + purpose, no means: Belgian law only",
                        adult().actions(Action.RECRUITED).exploitation(ExploitationForm.ORGAN_REMOVAL).thirdPartyProfits(true),
                        LIKELY, POSSIBLE, List.of(ExploitationForm.ORGAN_REMOVAL)),
                Arguments.of("action + purpose + strong coercion indicator",
                        adult().actions(Action.RECRUITED).exploitation(ExploitationForm.ORGAN_REMOVAL).thirdPartyProfits(true)
                                .indicators("CD_DOCUMENTS"),
                        LIKELY, LIKELY, List.of(ExploitationForm.ORGAN_REMOVAL)),
                Arguments.of("action + purpose + a medium coercion indicator is not a means",
                        adult().actions(Action.RECRUITED).exploitation(ExploitationForm.ORGAN_REMOVAL).thirdPartyProfits(true)
                                .indicators("CD_THREATS"),
                        LIKELY, POSSIBLE, List.of(ExploitationForm.ORGAN_REMOVAL)),
                Arguments.of("action + purpose + deception as means",
                        adult().exploitation(ExploitationForm.FORCED_MARRIAGE).thirdPartyProfits(true)
                                .indicators("DR_MARRIAGE_ADOPTION", "DR_JOB_NATURE"),
                        LIKELY, LIKELY, List.of(ExploitationForm.FORCED_MARRIAGE)),
                Arguments.of("child: action + purpose, no means needed",
                        ScreeningRequest.builder().age(9).actions(Action.TRANSFERRED)
                                .exploitation(ExploitationForm.ILLEGAL_ADOPTION).thirdPartyProfits(true),
                        LIKELY, LIKELY, List.of(ExploitationForm.ILLEGAL_ADOPTION)),
                Arguments.of("EX positive establishes profit forms and labour",
                        adult().actions(Action.HARBOURED).exploitation(ExploitationForm.SURROGACY, ExploitationForm.BEGGING)
                                .indicators("EX_EXCESSIVE_HOURS", "EX_BAD_LIVING"),
                        LIKELY, POSSIBLE, List.of(ExploitationForm.LABOUR, ExploitationForm.BEGGING,
                                ExploitationForm.SURROGACY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void qualifications(String name, ScreeningRequest.Builder request, Qualification belgium,
                        Qualification international, List<ExploitationForm> exploitation) {
        ScreeningResult result = engine.evaluate(request.build());
        assertThat(result.trafficking().belgium()).as("belgium").isEqualTo(belgium);
        assertThat(result.trafficking().international()).as("international").isEqualTo(international);
        assertThat(result.trafficking().exploitation()).containsExactlyElementsOf(exploitation);
        assertThat(result.protectionProcedureOpen()).isEqualTo(belgium != UNLIKELY);
    }

    @Test
    void aggravatingCircumstancesInCanonicalOrder() {
        ScreeningResult result = engine.evaluate(ScreeningRequest.builder().age(16).lifeEndangered(true)
                .actions(Action.RECRUITED).exploitation(ExploitationForm.LABOUR)
                .indicators("EX_EXCESSIVE_HOURS", "EX_BAD_LIVING", "VD_DEPENDENCY", "VD_ECONOMIC", "VD_UNKNOWN_AREA", "CR_THREATS")
                .build());
        assertThat(result.trafficking().aggravating()).containsExactly(AggravatingCircumstance.MINOR,
                AggravatingCircumstance.ABUSE_OF_VULNERABILITY, AggravatingCircumstance.VIOLENCE_THREATS_COERCION,
                AggravatingCircumstance.LIFE_ENDANGERED);
    }

    @Test
    void violenceThroughTheSignAloneIsAggravating() {
        ScreeningResult result = engine.evaluate(ScreeningRequest.builder().age(40).actions(Action.RECRUITED)
                .exploitation(ExploitationForm.BEGGING).thirdPartyProfits(true).signs("SIGNS_OF_VIOLENCE").build());
        assertThat(result.trafficking().aggravating()).containsExactly(AggravatingCircumstance.VIOLENCE_THREATS_COERCION);
    }

    @Test
    void noAggravatingCircumstanceWhenTraffickingIsUnlikely() {
        ScreeningResult result = engine.evaluate(ScreeningRequest.builder().age(40).lifeEndangered(true)
                .signs("SIGNS_OF_VIOLENCE").build());
        assertThat(result.trafficking().belgium()).isEqualTo(UNLIKELY);
        assertThat(result.trafficking().aggravating()).isEmpty();
    }

    @Test
    void signsMappingToTheSameIndicatorCountItOnce() {
        ScreeningResult result = engine.evaluate(ScreeningRequest.builder()
                .signs("NO_FREEDOM_OF_MOVEMENT", "LITTLE_SOCIAL_CONTACT").indicators("CD_ISOLATION").build());
        assertThat(result.signCount()).isEqualTo(2);
        assertThat(result.ilo().dimension(Dimension.CD).strong()).isEqualTo(1);
        assertThat(result.ilo().dimension(Dimension.CD).positive()).isFalse();
    }

    @Test
    void urgentFollowsImmediateDanger() {
        assertThat(engine.evaluate(ScreeningRequest.builder().immediateDanger(true).build()).urgent()).isTrue();
        assertThat(engine.evaluate(ScreeningRequest.EMPTY).urgent()).isFalse();
    }

    @Test
    void theEmptyRequestYieldsNoIndication() {
        ScreeningResult result = engine.evaluate(ScreeningRequest.EMPTY);
        assertThat(result.trafficking().belgium()).isEqualTo(UNLIKELY);
        assertThat(result.trafficking().international()).isEqualTo(UNLIKELY);
        assertThat(result.smuggling()).isEqualTo(Smuggling.NONE);
        assertThat(result.protectionProcedureOpen()).isFalse();
        assertThat(result.advice()).containsExactly(Advice.NO_ACTION_NEEDED);
        assertThat(result.explanation()).isEmpty();
        assertThat(result.catalogue()).isEqualTo("ilo-2009+signs-1");
    }

    @Test
    void unknownCodesInAProgrammaticRequestAreRefusedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        engine.evaluate(ScreeningRequest.builder().signs("NOT_A_SIGN").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOT_A_SIGN");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        engine.evaluate(ScreeningRequest.builder().indicators("NO_PAY").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_PAY");
    }
}
