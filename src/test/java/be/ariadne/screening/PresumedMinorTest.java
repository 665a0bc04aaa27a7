package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 1: presumed minor = age under 18, or age unknown and maybeMinor. */
class PresumedMinorTest {

    private final ScreeningEngine engine = ScreeningEngine.standard();

    @ParameterizedTest(name = "age {0}, maybeMinor {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
        "0,    false, true",
        "13,   false, true",
        "17,   false, true",
        "17,   true,  true",
        "18,   false, false",
        "18,   true,  false", // a known age wins over a doubt
        "30,   true,  false",
        "120,  false, false",
        "none, true,  true",
        "none, false, false",
    })
    void presumedMinor(Integer age, boolean maybeMinor, boolean expected) {
        ScreeningResult result = engine.evaluate(ScreeningRequest.builder().age(age).maybeMinor(maybeMinor).build());
        assertThat(result.presumedMinor()).isEqualTo(expected);
        assertThat(result.ilo().lists()).containsExactly(expected ? IloList.CHILD_LABOUR : IloList.ADULT_LABOUR);
    }

    @Test
    void maybeMinorMakesMinorAnAggravatingCircumstanceAndAlertsChildProtection() {
        ScreeningResult result = engine.evaluate(ScreeningRequest.builder().maybeMinor(true)
                .actions(Action.RECRUITED).exploitation(ExploitationForm.BEGGING).thirdPartyProfits(true).build());
        assertThat(result.presumedMinor()).isTrue();
        assertThat(result.trafficking().belgium()).isEqualTo(Qualification.LIKELY);
        assertThat(result.trafficking().aggravating()).containsExactly(AggravatingCircumstance.MINOR);
        assertThat(result.advice()).containsExactly(Advice.REFER_TO_SPECIALISED_CENTRE, Advice.ALERT_CHILD_PROTECTION);
    }

    @Test
    void minorIsNotListedAsAggravatingWhenTraffickingIsUnlikely() {
        ScreeningResult result = engine.evaluate(ScreeningRequest.builder().age(12).build());
        assertThat(result.presumedMinor()).isTrue();
        assertThat(result.trafficking().belgium()).isEqualTo(Qualification.UNLIKELY);
        assertThat(result.trafficking().aggravating()).isEmpty();
        assertThat(result.advice()).containsExactly(Advice.NO_ACTION_NEEDED);
    }
}
