package be.ariadne.protection;

import static be.ariadne.protection.ProcedureFixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationRulesLoaderTest {

    private static final String ADULT = "{ \"reflectionPeriod\": \"P45D\", \"registrationCertificate\": \"P3M\","
            + " \"registrationCertificateExtension\": \"P3M\", \"aCard\": \"P6M\", \"aCardRenewal\": \"P6M\" }";
    private static final String MINOR = ADULT.replace("P45D", "P3M");

    private static String ruleSet(String id, String effectiveFrom) {
        return "{ \"id\": \"" + id + "\", \"effectiveFrom\": \"" + effectiveFrom + "\", \"adult\": " + ADULT
                + ", \"minor\": " + MINOR + " }";
    }

    private static String file(String... ruleSets) {
        return "{ \"schemaVersion\": 1, \"reminderOffsets\": [\"P14D\", \"P3D\"], \"ruleSets\": ["
                + String.join(",", ruleSets) + "] }";
    }

    private static List<String> problemsOf(String json) {
        InvalidDurationRulesException e = catchThrowableOfType(InvalidDurationRulesException.class,
                () -> DurationRules.fromJson(json, "test.json"));
        assertThat(e).as("expected the file to be refused").isNotNull();
        assertThat(e.getMessage()).startsWith("invalid duration rules in test.json: ");
        return e.problems();
    }

    @Test
    void theDefaultFileHoldsTheDurationsOfTheLaw() {
        DurationRules rules = DurationRules.loadDefault();

        assertThat(rules.ruleSets()).hasSize(1);
        DurationRuleSet set = rules.ruleSets().get(0);
        assertThat(set.id()).isEqualTo("BE-2017-05-20");
        assertThat(set.effectiveFrom()).isEqualTo(d("2017-05-20"));
        Durations adult = set.adult();
        assertThat(adult.of(DurationKind.REFLECTION_PERIOD)).isEqualTo(Period.ofDays(45));
        assertThat(adult.of(DurationKind.REGISTRATION_CERTIFICATE)).isEqualTo(Period.ofMonths(3));
        assertThat(adult.of(DurationKind.REGISTRATION_CERTIFICATE_EXTENSION)).isEqualTo(Period.ofMonths(3));
        assertThat(adult.of(DurationKind.A_CARD)).isEqualTo(Period.ofMonths(6));
        assertThat(adult.of(DurationKind.A_CARD_RENEWAL)).isEqualTo(Period.ofMonths(6));
        assertThat(set.minor().of(DurationKind.REFLECTION_PERIOD)).isEqualTo(Period.ofMonths(3));
        assertThat(rules.reminderOffsets()).containsExactly(Period.ofDays(14), Period.ofDays(3));
        // The uncertainty about minors is stated in the data file itself.
        assertThat(rules.note()).contains("UNCERTAIN").contains("minor");
    }

    @Test
    void theRuleSetInForceIsTheLatestEffectiveOnOrBeforeTheDate() {
        DurationRules rules = DurationRules.fromJson(file(ruleSet("B", "2026-03-01"), ruleSet("A", "2017-05-20")),
                "test.json");

        assertThat(rules.ruleSets()).extracting(DurationRuleSet::id).containsExactly("A", "B");
        assertThat(rules.inForceOn(d("2017-05-19"))).isEmpty();
        assertThat(rules.inForceOn(d("2017-05-20")).map(DurationRuleSet::id)).contains("A");
        assertThat(rules.inForceOn(d("2026-02-28")).map(DurationRuleSet::id)).contains("A");
        assertThat(rules.inForceOn(d("2026-03-01")).map(DurationRuleSet::id)).contains("B");
        assertThat(rules.inForceOn(d("2099-01-01")).map(DurationRuleSet::id)).contains("B");
    }

    @Test
    void unknownKeysAreNamedWhereTheyAre() {
        String json = file(ruleSet("A", "2017-05-20").replace("\"aCard\"", "\"bCard\": \"P6M\", \"aCard\""))
                .replace("\"schemaVersion\"", "\"colour\": 1, \"schemaVersion\"");

        assertThat(problemsOf(json)).containsExactly(
                "colour: unknown key (allowed: note, reminderOffsets, ruleSets, schemaVersion)",
                "ruleSets[0].adult.bCard: unknown key (allowed: aCard, aCardRenewal, reflectionPeriod,"
                        + " registrationCertificate, registrationCertificateExtension)",
                "ruleSets[0].minor.bCard: unknown key (allowed: aCard, aCardRenewal, reflectionPeriod,"
                        + " registrationCertificate, registrationCertificateExtension)");
    }

    @Test
    void missingDurationsAreNamed() {
        String json = file(ruleSet("A", "2017-05-20"),
                ruleSet("B", "2026-03-01").replace(", \"aCardRenewal\": \"P6M\"", ""));

        assertThat(problemsOf(json)).containsExactly("ruleSets[1].adult.aCardRenewal: missing",
                "ruleSets[1].minor.aCardRenewal: missing");
    }

    @Test
    void aMissingGroupOfDurationsIsNamed() {
        String json = file("{ \"id\": \"A\", \"effectiveFrom\": \"2017-05-20\", \"adult\": " + ADULT + " }");

        assertThat(problemsOf(json)).containsExactly("ruleSets[0].minor: missing");
    }

    @Test
    void rulesSetsTakingEffectTheSameDayOverlap() {
        String json = file(ruleSet("A", "2017-05-20"), ruleSet("B", "2026-03-01"), ruleSet("C", "2026-03-01"));

        assertThat(problemsOf(json)).containsExactly(
                "ruleSets[2].effectiveFrom: overlaps ruleSets[1], which also takes effect on 2026-03-01");
    }

    @Test
    void idsAreUnique() {
        assertThat(problemsOf(file(ruleSet("A", "2017-05-20"), ruleSet("A", "2026-03-01"))))
                .containsExactly("ruleSets[1].id: \"A\" is already the id of ruleSets[0]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "P45D   | P45 | ruleSets[0].adult.reflectionPeriod: \"P45\" is not an ISO-8601 period of years, months, weeks or days such as \"P45D\" or \"P3M\"",
            "P45D   | PT24H | ruleSets[0].adult.reflectionPeriod: \"PT24H\" is not an ISO-8601 period of years, months, weeks or days such as \"P45D\" or \"P3M\"",
            "P45D   | P0D | ruleSets[0].adult.reflectionPeriod: must be a positive duration, was P0D",
            "P45D   | P-45D | ruleSets[0].adult.reflectionPeriod: must be a positive duration, was P-45D",
            "P45D   | P1M-5D | ruleSets[0].adult.reflectionPeriod: must be a positive duration, was P1M-5D",
    })
    void durationsMustBePositiveIsoPeriods(String original, String replacement, String problem) {
        String json = file("{ \"id\": \"A\", \"effectiveFrom\": \"2017-05-20\", \"adult\": "
                + ADULT.replace(original, replacement) + ", \"minor\": " + MINOR + " }");

        assertThat(problemsOf(json)).containsExactly(problem);
    }

    @Test
    void aDurationMustBeAString() {
        String json = file("{ \"id\": \"A\", \"effectiveFrom\": \"2017-05-20\", \"adult\": "
                + ADULT.replace("\"P45D\"", "45") + ", \"minor\": " + MINOR + " }");

        assertThat(problemsOf(json)).containsExactly(
                "ruleSets[0].adult.reflectionPeriod: must be an ISO-8601 period string such as \"P45D\" or \"P3M\"");
    }

    @Test
    void effectiveDatesAndIdsAreChecked() {
        String json = file(ruleSet("A B", "2017-02-30"), ruleSet("C", "20 May 2017"),
                "{ \"effectiveFrom\": \"2020-01-01\", \"adult\": " + ADULT + ", \"minor\": " + MINOR + " }");

        assertThat(problemsOf(json)).containsExactly(
                "ruleSets[0].id: \"A B\" must be 1 to 64 letters, digits, '.', '_' or '-'",
                "ruleSets[0].effectiveFrom: \"2017-02-30\" is not a valid date",
                "ruleSets[1].effectiveFrom: must be a date written YYYY-MM-DD, was \"20 May 2017\"",
                "ruleSets[2].id: missing");
    }

    @Test
    void theFileAsAWholeIsChecked() {
        assertThat(problemsOf("{ \"ruleSets\": [] }")).containsExactly("schemaVersion: missing",
                "reminderOffsets: missing (use [] for no reminders)", "ruleSets: must be a non-empty array");
        assertThat(problemsOf("{ \"schemaVersion\": 2, \"reminderOffsets\": [], \"ruleSets\": ["
                + ruleSet("A", "2017-05-20") + "] }")).containsExactly("schemaVersion: must be 1, was 2");
        assertThat(problemsOf("[]")).containsExactly("(file): must be a JSON object");
        assertThat(problemsOf("")).containsExactly("(file): must be a JSON object");
    }

    @Test
    void invalidJsonIsReportedWithItsPosition() {
        List<String> problems = problemsOf("{ \"schemaVersion\": 1,\n  \"ruleSets\": [ }");

        assertThat(problems).singleElement().asString().startsWith("(file): not valid JSON at line 2, column");
    }

    @Test
    void aKeyGivenTwiceIsInvalidJson() {
        assertThat(problemsOf("{ \"schemaVersion\": 1, \"schemaVersion\": 1 }")).singleElement().asString()
                .startsWith("(file): not valid JSON").contains("schemaVersion");
    }

    @Test
    void reminderOffsetsAreChecked() {
        String json = file(ruleSet("A", "2017-05-20"))
                .replace("[\"P14D\", \"P3D\"]", "[\"P14D\", \"P2W\", \"P-1D\", \"soon\", \"P0D\"]");

        assertThat(problemsOf(json)).containsExactly("reminderOffsets[1]: duplicate offset P14D",
                "reminderOffsets[2]: must not be negative, was P-1D",
                "reminderOffsets[3]: \"soon\" is not an ISO-8601 period of years, months, weeks or days such as"
                        + " \"P45D\" or \"P3M\"");
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        String json = file(ruleSet("A", "2017-05-20").replace("P6M", "6 months"), ruleSet("A", "2017-05-20"));

        assertThat(problemsOf(json)).hasSize(4 + 2);
    }
}
