package be.ariadne.screening;

import static be.ariadne.screening.Advice.ALERT_CHILD_PROTECTION;
import static be.ariadne.screening.Advice.CALL_112;
import static be.ariadne.screening.Advice.CONSULT_SPECIALISED_CENTRE;
import static be.ariadne.screening.Advice.INFORM_OF_RIGHTS;
import static be.ariadne.screening.Advice.NO_ACTION_NEEDED;
import static be.ariadne.screening.Advice.REFER_TO_SPECIALISED_CENTRE;
import static be.ariadne.screening.Advice.STAY_ALERT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule 12: which advice, and always in the contract's order. */
class AdviceTest {

    private final ScreeningEngine engine = ScreeningEngine.standard();

    private static ScreeningRequest.Builder adult() {
        return ScreeningRequest.builder().age(30);
    }

    private static ScreeningRequest.Builder child() {
        return ScreeningRequest.builder().age(14);
    }

    /** Facts that make Belgian trafficking LIKELY. */
    private static ScreeningRequest.Builder likely(ScreeningRequest.Builder b) {
        return b.actions(Action.RECRUITED).exploitation(ExploitationForm.BEGGING).thirdPartyProfits(true);
    }

    /** Three signs that make it POSSIBLE and nothing more. */
    private static ScreeningRequest.Builder possible(ScreeningRequest.Builder b) {
        return b.signs("LITTLE_SOCIAL_CONTACT", "DISTRUST_OF_AUTHORITIES", "ONSITE_ACCOMMODATION");
    }

    static Stream<Arguments> advice() {
        return Stream.of(
                Arguments.of("nothing", adult(), List.of(NO_ACTION_NEEDED)),
                Arguments.of("one sign", adult().signs("NO_PAY"), List.of(STAY_ALERT)),
                Arguments.of("one indicator", adult().indicators("VD_PAST_DIFFICULTIES"), List.of(STAY_ALERT)),
                Arguments.of("urgent", adult().immediateDanger(true), List.of(CALL_112)),
                Arguments.of("urgent with a sign", adult().immediateDanger(true).signs("NO_PAY"), List.of(CALL_112)),
                Arguments.of("likely", likely(adult()), List.of(REFER_TO_SPECIALISED_CENTRE)),
                Arguments.of("urgent and likely", likely(adult()).immediateDanger(true),
                        List.of(CALL_112, REFER_TO_SPECIALISED_CENTRE)),
                Arguments.of("possible", possible(adult()), List.of(CONSULT_SPECIALISED_CENTRE)),
                Arguments.of("possible, child", possible(child()), List.of(CONSULT_SPECIALISED_CENTRE, ALERT_CHILD_PROTECTION)),
                Arguments.of("likely, child, urgent", likely(child()).immediateDanger(true),
                        List.of(CALL_112, REFER_TO_SPECIALISED_CENTRE, ALERT_CHILD_PROTECTION)),
                Arguments.of("child, nothing else", child(), List.of(NO_ACTION_NEEDED)),
                Arguments.of("smuggling", adult().citizenship("SY").border(true, true, true), List.of(INFORM_OF_RIGHTS)),
                Arguments.of("smuggling with a sign", adult().citizenship("SY").border(true, true, true).signs("NO_PAY"),
                        List.of(INFORM_OF_RIGHTS)),
                Arguments.of("smuggling, urgent", adult().citizenship("SY").border(true, true, true).immediateDanger(true),
                        List.of(CALL_112)),
                Arguments.of("smuggling, possible", possible(adult()).citizenship("SY").border(true, true, true),
                        List.of(CONSULT_SPECIALISED_CENTRE)),
                Arguments.of("aggravated smuggling, adult", adult().citizenship("SY").border(true, true, true)
                        .lifeEndangered(true), List.of(REFER_TO_SPECIALISED_CENTRE)),
                Arguments.of("aggravated smuggling, child", child().citizenship("SY").border(true, true, true),
                        List.of(REFER_TO_SPECIALISED_CENTRE, ALERT_CHILD_PROTECTION)),
                Arguments.of("aggravated smuggling, possible", possible(adult()).citizenship("SY")
                        .border(true, true, true).lifeEndangered(true), List.of(REFER_TO_SPECIALISED_CENTRE)),
                Arguments.of("everything", likely(child()).immediateDanger(true).citizenship("SY").border(true, true, true),
                        List.of(CALL_112, REFER_TO_SPECIALISED_CENTRE, ALERT_CHILD_PROTECTION)));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource
    void advice(String name, ScreeningRequest.Builder request, List<Advice> expected) {
        assertThat(engine.evaluate(request.build()).advice()).containsExactlyElementsOf(expected);
    }
}
