package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.ScreeningResult.Explanation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rule 13: an explanation per non-default conclusion, naming facts and indicators, in the asked language. */
class ExplanationTest {

    private final ScreeningEngine engine = ScreeningEngine.standard();

    /** The seasonal farm worker of example e01, plus a sign. */
    private final ScreeningRequest farmWorker = ScreeningRequest.builder().age(41).citizenship("UA")
            .actions(Action.RECRUITED, Action.TRANSPORTED, Action.HARBOURED).exploitation(ExploitationForm.LABOUR)
            .thirdPartyProfits(true).signs("NO_PAY")
            .indicators("DR_WAGES", "DR_HOUSING", "EX_EXCESSIVE_HOURS", "EX_WAGE_MANIPULATION", "EX_BAD_LIVING",
                    "CD_DOCUMENTS").build();

    private static Map<String, List<String>> byConclusion(ScreeningResult result) {
        return result.explanation().stream().collect(Collectors.toMap(Explanation::conclusion, Explanation::because,
                (a, b) -> { throw new AssertionError("conclusion explained twice"); }, java.util.LinkedHashMap::new));
    }

    @Test
    void oneEntryPerNonDefaultConclusionInResultOrder() {
        Map<String, List<String>> explained = byConclusion(engine.evaluate(farmWorker));
        assertThat(explained.keySet()).containsExactly(
                "ilo.dimensions.EX.positive=true",
                "trafficking.belgium=LIKELY",
                "trafficking.international=LIKELY",
                "trafficking.exploitation=LABOUR",
                "protectionProcedureOpen=true",
                "advice=REFER_TO_SPECIALISED_CENTRE");
    }

    @Test
    void namesTheFactsAndIndicators() {
        Map<String, List<String>> explained = byConclusion(engine.evaluate(farmWorker));
        assertThat(explained.get("ilo.dimensions.EX.positive=true")).containsExactly(
                "EX_EXCESSIVE_HOURS (Excessive working days or hours): strong",
                "EX_BAD_LIVING (Bad living conditions): medium",
                "EX_LOW_OR_NO_SALARY (Low or no salary): medium, from the sign NO_PAY (No or almost no remuneration)",
                "EX_WAGE_MANIPULATION (Wage manipulation): medium",
                "in the list adults, labour exploitation (ADULT_LABOUR): 1 strong, 3 medium, 0 weak, which meets the"
                        + " ILO rule (2 strong, 1 strong and 1 other, 3 medium, or 2 medium and 1 weak)");
        assertThat(explained.get("trafficking.belgium=LIKELY")).containsExactly(
                "action: recruited (RECRUITED), transported (TRANSPORTED), harboured (HARBOURED)",
                "purpose established: labour exploitation (LABOUR)");
        assertThat(explained.get("trafficking.international=LIKELY")).containsExactly(
                "action: recruited (RECRUITED), transported (TRANSPORTED), harboured (HARBOURED)",
                "purpose established: labour exploitation (LABOUR)",
                "means: strong indicator CD_DOCUMENTS (Confiscation of documents)");
        assertThat(explained.get("trafficking.exploitation=LABOUR")).containsExactly(
                "form labour exploitation (LABOUR) given",
                "dimension EX (Exploitative conditions of work) positive");
    }

    @Test
    void localisedLabelsCodesStayCodes() {
        Map<String, List<String>> french = byConclusion(engine.evaluate(farmWorker, Locale.FRENCH));
        assertThat(french.get("trafficking.belgium=LIKELY")).containsExactly(
                "action : recruté(e) (RECRUITED), transporté(e) (TRANSPORTED), hébergé(e) (HARBOURED)",
                "finalité établie : exploitation économique (par le travail) (LABOUR)");
        assertThat(french.get("ilo.dimensions.EX.positive=true").get(0))
                .isEqualTo("EX_EXCESSIVE_HOURS (Journées ou heures de travail excessives) : fort");

        Map<String, List<String>> dutch = byConclusion(engine.evaluate(farmWorker, Locale.forLanguageTag("nl-BE")));
        assertThat(dutch.get("trafficking.international=LIKELY"))
                .contains("middel: sterke indicator CD_DOCUMENTS (Afnemen van documenten)");

        Map<String, List<String>> german = byConclusion(engine.evaluate(farmWorker, Locale.forLanguageTag("de-BE")));
        assertThat(german.get("advice=REFER_TO_SPECIALISED_CENTRE"))
                .containsExactly("Menschenhandel nach belgischem Recht: wahrscheinlich (LIKELY)");

        // conclusions themselves are codes, identical in every language
        assertThat(french.keySet()).isEqualTo(byConclusion(engine.evaluate(farmWorker)).keySet());
    }

    @Test
    void englishForUnsupportedLanguagesWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(engine.evaluate(farmWorker, Locale.forLanguageTag("es")))
                    .isEqualTo(engine.evaluate(farmWorker, Locale.ENGLISH));
            assertThat(engine.evaluate(farmWorker)).isEqualTo(engine.evaluate(farmWorker, Locale.ENGLISH));
            assertThat(byConclusion(engine.evaluate(farmWorker)).get("trafficking.belgium=LIKELY").get(0))
                    .startsWith("action: recruited");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void explainsTheChildRuleSmugglingAndAdvice() {
        ScreeningResult result = engine.evaluate(ScreeningRequest.builder().maybeMinor(true).citizenship("AF")
                .border(true, true, true).immediateDanger(true).actions(Action.TRANSPORTED)
                .exploitation(ExploitationForm.SEXUAL).indicators("EX_HAZARDOUS_WORK", "EX_BAD_LIVING")
                .signs("SIGNS_OF_VIOLENCE").build());
        Map<String, List<String>> explained = byConclusion(result);
        assertThat(explained.keySet()).containsExactly(
                "urgent=true", "presumedMinor=true", "ilo.lists=CHILD_SEXUAL", "ilo.dimensions.EX.positive=true",
                "ilo.presumedVictim=true", "trafficking.belgium=LIKELY", "trafficking.international=LIKELY",
                "trafficking.exploitation=SEXUAL", "trafficking.exploitation=LABOUR",
                "trafficking.aggravating=MINOR", "trafficking.aggravating=VIOLENCE_THREATS_COERCION",
                "smuggling=AGGRAVATED_SMUGGLING", "protectionProcedureOpen=true", "advice=CALL_112",
                "advice=REFER_TO_SPECIALISED_CENTRE", "advice=ALERT_CHILD_PROTECTION");
        assertThat(explained.get("presumedMinor=true"))
                .containsExactly("age unknown or disputed, and there are reasons to believe the person is under 18");
        assertThat(explained.get("ilo.presumedVictim=true")).startsWith(
                "ILO combination rule for children: an action and exploitation (EX) suffice, no means are needed");
        assertThat(explained.get("smuggling=AGGRAVATED_SMUGGLING")).containsExactly(
                "a border was crossed irregularly, and someone was paid or gained to make it happen",
                "citizenship AF: not an EU or EEA state or Switzerland",
                "aggravating: the victim is a minor (MINOR)",
                "aggravating: violence, threats or coercion (VIOLENCE_THREATS_COERCION)");
        assertThat(explained.get("trafficking.aggravating=VIOLENCE_THREATS_COERCION")).containsExactly(
                "indicator CD_VIOLENCE (Violence on victims)",
                "sign SIGNS_OF_VIOLENCE (Signs of physical or mental violence)");
        assertThat(explained.get("advice=CALL_112")).containsExactly("the person is in immediate danger now");
    }

    @Test
    void possibleAndStayAlertSayWhy() {
        Map<String, List<String>> possible = byConclusion(engine.evaluate(ScreeningRequest.builder()
                .signs("FEAR_OF_TALKING", "NO_PAY", "NO_FREEDOM_OF_MOVEMENT").build()));
        assertThat(possible.get("trafficking.belgium=POSSIBLE")).containsExactly(
                "3 warning signs: 3 or more can point to trafficking",
                "dimension CD (Coercion at destination) positive");
        assertThat(possible.get("trafficking.international=POSSIBLE"))
                .containsExactly("trafficking under Belgian law: possible (POSSIBLE)");

        Map<String, List<String>> alert = byConclusion(engine.evaluate(ScreeningRequest.builder()
                .signs("FEAR_OF_PEOPLE_AROUND").build()));
        assertThat(alert).containsOnlyKeys("advice=STAY_ALERT");
        assertThat(alert.get("advice=STAY_ALERT")).containsExactly("1 sign(s) and 0 indicator(s) given, below every threshold");
    }

    @Test
    void noExplanationForDefaults() {
        assertThat(engine.evaluate(ScreeningRequest.EMPTY).explanation()).isEmpty();
        assertThat(engine.evaluate(ScreeningRequest.builder().age(40).citizenship("BE").build()).explanation()).isEmpty();
    }
}
