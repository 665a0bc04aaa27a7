package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parsing requests (every problem, by field) and writing results (contract names and order). */
class ScreeningJsonTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final ScreeningJson json = ScreeningJson.standard();

    private List<RequestProblem> problems(String body) {
        ScreeningJson.Parsed parsed = json.parse(body);
        assertThat(parsed.valid()).as("expected problems for %s", body).isFalse();
        assertThat(parsed.request()).isNull();
        return parsed.problems();
    }

    private RequestProblem onlyProblem(String body) {
        List<RequestProblem> problems = problems(body);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void theEmptyObjectIsTheEmptyRequest() {
        ScreeningJson.Parsed parsed = json.parse("{}");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.request()).isEqualTo(ScreeningRequest.EMPTY);
    }

    @Test
    void theContractsRequestExample() {
        ScreeningJson.Parsed parsed = json.parse("""
                {
                  "person": { "age": 17, "maybeMinor": false, "citizenship": "NG" },
                  "situation": {
                    "immediateDanger": false,
                    "actions": ["RECRUITED", "TRANSPORTED"],
                    "border": { "crossed": true, "irregular": true, "facilitatorPaid": true },
                    "exploitation": ["LABOUR"],
                    "thirdPartyProfits": true,
                    "againstWill": false,
                    "lifeEndangered": false
                  },
                  "signs": ["NO_PAY", "DEBT_TO_PAY_OFF"],
                  "indicators": ["DR_JOB_NATURE", "EX_EXCESSIVE_HOURS"]
                }""");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.request()).isEqualTo(ScreeningRequest.builder().age(17).citizenship("NG")
                .actions(Action.RECRUITED, Action.TRANSPORTED).border(true, true, true)
                .exploitation(ExploitationForm.LABOUR).thirdPartyProfits(true)
                .signs("NO_PAY", "DEBT_TO_PAY_OFF").indicators("DR_JOB_NATURE", "EX_EXCESSIVE_HOURS").build());
    }

    @Test
    void nullMeansAbsentAndRepeatedCodesCountOnce() {
        ScreeningJson.Parsed parsed = json.parse("""
                {"person": {"age": null, "citizenship": null}, "situation": {"border": null, "actions": null},
                 "signs": ["NO_PAY", "NO_PAY", "FEAR_OF_TALKING", "NO_PAY"], "indicators": null}""");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.request().signs()).containsExactlyInAnyOrder("NO_PAY", "FEAR_OF_TALKING");
        assertThat(parsed.request().person()).isEqualTo(ScreeningRequest.Person.UNKNOWN);
        assertThat(ScreeningEngine.standard().evaluate(parsed.request()).signCount()).isEqualTo(2);
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        RequestProblem problem = onlyProblem("{\n  \"person\": {\n    \"age\": 17,\n  },\n}");
        assertThat(problem.field()).isEqualTo("$");
        assertThat(problem.message()).startsWith("invalid JSON at line 4, column ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "''                    | the body is empty",
        "'   '                 | the body is empty",
        "[]                    | must be a JSON object, not an array",
        "'\"hello\"'           | must be a JSON object, not a string",
        "'{} {}'               | invalid JSON",
        "'{\"signs\": [] , \"signs\": []}' | invalid JSON",
        "'{\"person\": {'      | invalid JSON at line 1",
    })
    void bodyLevelProblems(String body, String message) {
        RequestProblem problem = onlyProblem(body);
        assertThat(problem.field()).isEqualTo("$");
        assertThat(problem.message()).contains(message);
    }

    @Test
    void unknownFieldsAtEveryLevel() {
        List<RequestProblem> problems = problems("""
                {"persn": {}, "person": {"agee": 3, "nationality": "NG"},
                 "situation": {"action": ["RECRUITED"], "border": {"crossed": true, "paid": true}},
                 "signs": [], "comment": "x"}""");
        assertThat(problems).extracting(RequestProblem::field).containsExactly(
                "persn", "comment", "person.agee", "person.nationality", "situation.action", "situation.border.paid");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("unknown field"));
        assertThat(problems.get(0).message()).contains("did you mean person?");
        assertThat(problems.get(2).message()).contains("did you mean age?");
        assertThat(problems.get(4).message()).contains("did you mean actions?");
        assertThat(problems.get(5).message()).contains("crossed, irregular, facilitatorPaid");
    }

    @Test
    void wrongTypes() {
        List<RequestProblem> problems = problems("""
                {"person": {"age": "17", "maybeMinor": "yes", "citizenship": 56},
                 "situation": {"immediateDanger": 1, "actions": "RECRUITED", "border": true,
                               "exploitation": [["LABOUR"]], "thirdPartyProfits": null, "againstWill": "false",
                               "lifeEndangered": {}},
                 "signs": {"NO_PAY": true}, "indicators": [12, null, "CD_DEBT"]}""");
        assertThat(problems).extracting(RequestProblem::toString).containsExactly(
                "person.age: must be a whole number of years, not a string (\"17\")",
                "person.maybeMinor: must be true or false, not a string (\"yes\")",
                "person.citizenship: must be an ISO 3166-1 alpha-2 country code (a string such as \"NG\"), not a number (56)",
                "situation.immediateDanger: must be true or false, not a number (1)",
                "situation.actions: must be an array of codes, not a string (\"RECRUITED\")",
                "situation.border: must be an object, not true",
                "situation.exploitation[0]: must be a code (a string), not an array",
                "situation.againstWill: must be true or false, not a string (\"false\")",
                "situation.lifeEndangered: must be true or false, not an object",
                "signs: must be an array of codes, not an object",
                "indicators[0]: must be a code (a string), not a number (12)",
                "indicators[1]: must be a code (a string), not null");
        assertThat(json.parse("{\"person\": \"Jane\"}").problems()).extracting(RequestProblem::toString)
                .containsExactly("person: must be an object, not a string (\"Jane\")");
        assertThat(json.parse("{\"situation\": []}").problems()).extracting(RequestProblem::toString)
                .containsExactly("situation: must be an object, not an array");
    }

    @ParameterizedTest(name = "age {0}")
    @CsvSource(delimiter = '|', value = {
        "-1           | must be between 0 and 120, not -1",
        "121          | must be between 0 and 120, not 121",
        "99999999999  | must be between 0 and 120, not 99999999999",
        "17.5         | must be a whole number of years, not a number (17.5)",
        "1e1          | must be a whole number of years",
        "true         | must be a whole number of years, not true",
    })
    void ageOutOfRangeOrNotWhole(String age, String message) {
        RequestProblem problem = onlyProblem("{\"person\": {\"age\": " + age + "}}");
        assertThat(problem.field()).isEqualTo("person.age");
        assertThat(problem.message()).startsWith(message.strip());
    }

    @ParameterizedTest(name = "age {0}")
    @CsvSource({"0", "17", "18", "120"})
    void agesInRange(int age) {
        assertThat(json.parse("{\"person\": {\"age\": " + age + "}}").request().person().age()).isEqualTo(age);
    }

    @ParameterizedTest(name = "citizenship {0}")
    @CsvSource(delimiter = '|', value = {
        "XX   | \"XX\" is not an ISO 3166-1 alpha-2 country code",
        "NGA  | \"NGA\" is not an ISO 3166-1 alpha-2 country code",
        "ng   | \"ng\" is not an ISO 3166-1 alpha-2 country code (codes are in capitals: \"NG\")",
        "UK   | \"UK\" is not an ISO 3166-1 alpha-2 country code",
        "EL   | \"EL\" is not an ISO 3166-1 alpha-2 country code",
    })
    void citizenshipMustBeAnIsoAlpha2Code(String citizenship, String message) {
        RequestProblem problem = onlyProblem("{\"person\": {\"citizenship\": \"" + citizenship + "\"}}");
        assertThat(problem).isEqualTo(new RequestProblem("person.citizenship", message.strip()));
    }

    @Test
    void unknownCodesAreNamedWithTheirPosition() {
        List<RequestProblem> problems = problems("""
                {"situation": {"actions": ["RECRUITED", "KIDNAPPED"], "exploitation": ["labour", "SLAVERY"]},
                 "signs": ["NO_PAY", "NO_PAYY", "CD_DEBT"], "indicators": ["DR_JOB_NATURE", "NO_PAY", "X"]}""");
        assertThat(problems).extracting(RequestProblem::toString).containsExactly(
                "situation.actions[1]: unknown action \"KIDNAPPED\" (expected one of: RECRUITED, TRANSPORTED,"
                        + " TRANSFERRED, HARBOURED, RECEIVED, CONTROL_TAKEN)",
                "situation.exploitation[0]: unknown exploitation form \"labour\" (did you mean LABOUR?)",
                "situation.exploitation[1]: unknown exploitation form \"SLAVERY\" (expected one of: SEXUAL, LABOUR,"
                        + " BEGGING, ORGAN_REMOVAL, FORCED_CRIME, FORCED_MARRIAGE, ILLEGAL_ADOPTION, SURROGACY)",
                "signs[1]: unknown sign code \"NO_PAYY\" (did you mean NO_PAY?)",
                "signs[2]: unknown sign code \"CD_DEBT\" (CD_DEBT is an indicator: list it under indicators)",
                "indicators[1]: unknown indicator code \"NO_PAY\" (NO_PAY is a sign: list it under signs)",
                "indicators[2]: unknown indicator code \"X\"");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        List<RequestProblem> problems = problems("""
                {"person": {"age": 130, "citizenship": "ZZ", "sex": "F"},
                 "situation": {"immediateDanger": "no", "border": {"crossed": "yes"}},
                 "signs": ["NOPE"], "indicators": ["NOPE_TOO"]}""");
        assertThat(problems).extracting(RequestProblem::field).containsExactly("person.sex", "person.age",
                "person.citizenship", "situation.immediateDanger", "situation.border.crossed", "signs[0]",
                "indicators[0]");
    }

    @Test
    void messagesStayOnOneLine() {
        RequestProblem problem = onlyProblem("{\"signs\": [\"A\\nB\\u0000\\\"\"]}");
        assertThat(problem.message()).doesNotContain("\n").contains("\"A\\u000aB\\u0000\\\"\"");
    }

    @Test
    void aBodyOver64KbIsRefused() {
        String padding = " ".repeat(ScreeningJson.MAX_BODY_BYTES);
        String tooLarge = "{}" + padding;
        assertThat(onlyProblem(tooLarge)).isEqualTo(
                new RequestProblem("$", "the request is larger than 64 KB (65536 bytes)"));
        assertThat(json.parse(new ByteArrayInputStream(tooLarge.getBytes(StandardCharsets.UTF_8))).problems())
                .extracting(RequestProblem::field).containsExactly("$");
        // multi-byte characters count as bytes
        String accents = "{\"x\": \"" + "é".repeat(ScreeningJson.MAX_BODY_BYTES / 2) + "\"}";
        assertThat(onlyProblem(accents).message()).contains("64 KB");
    }

    @Test
    void aBodyOfExactly64KbIsRead() {
        String body = "{}" + " ".repeat(ScreeningJson.MAX_BODY_BYTES - 2);
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(ScreeningJson.MAX_BODY_BYTES);
        assertThat(json.parse(body).valid()).isTrue();
        assertThat(json.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).valid()).isTrue();
    }

    @Test
    void writesTheContractFieldsInTheContractOrder() {
        ScreeningResult result = ScreeningEngine.standard().evaluate(ScreeningRequest.builder().age(16)
                .citizenship("NG").immediateDanger(true).actions(Action.RECRUITED).border(true, true, true)
                .exploitation(ExploitationForm.LABOUR).signs("NO_PAY", "DEBT_TO_PAY_OFF", "SIGNS_OF_VIOLENCE")
                .indicators("DR_JOB_NATURE", "DR_EDUCATION", "EX_EXCESSIVE_HOURS").build());
        for (String written : List.of(json.write(result), json.writePretty(result))) {
            JsonNode tree = MAPPER.readTree(written);
            assertThat(names(tree)).containsExactly("urgent", "presumedMinor", "signCount", "ilo", "trafficking",
                    "smuggling", "protectionProcedureOpen", "advice", "explanation", "catalogue");
            assertThat(names(tree.get("ilo"))).containsExactly("lists", "dimensions", "presumedVictim", "pathways");
            assertThat(names(tree.get("ilo").get("dimensions"))).containsExactly("DR", "CR", "VR", "EX", "CD", "VD");
            assertThat(names(tree.get("ilo").get("dimensions").get("EX")))
                    .containsExactly("positive", "strong", "medium", "weak");
            assertThat(names(tree.get("trafficking")))
                    .containsExactly("belgium", "international", "exploitation", "aggravating");
            assertThat(names(tree.get("explanation").get(0))).containsExactly("conclusion", "because");
            assertThat(tree.get("urgent").booleanValue()).isTrue();
            assertThat(tree.get("signCount").intValue()).isEqualTo(3);
            assertThat(tree.get("smuggling").stringValue()).isEqualTo("AGGRAVATED_SMUGGLING");
            assertThat(tree.get("advice").toString())
                    .isEqualTo("[\"CALL_112\",\"REFER_TO_SPECIALISED_CENTRE\",\"ALERT_CHILD_PROTECTION\"]");
            assertThat(tree.get("trafficking").get("aggravating").toString())
                    .isEqualTo("[\"MINOR\",\"VIOLENCE_THREATS_COERCION\"]");
            assertThat(tree.get("ilo").get("pathways").toString()).isEqualTo("[\"DECEPTION\"]");
            assertThat(tree.get("catalogue").stringValue()).isEqualTo("ilo-2009+signs-1");
        }
        assertThat(json.write(result)).doesNotContain("\n");
        assertThat(MAPPER.readTree(json.write(result))).isEqualTo(MAPPER.readTree(json.writePretty(result)));
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    @Test
    void parsedRequestsAreIndependentOfTheOrderOfCodes() {
        ScreeningRequest a = json.parse("{\"signs\": [\"NO_PAY\", \"FEAR_OF_TALKING\"], \"situation\": "
                + "{\"actions\": [\"HARBOURED\", \"RECRUITED\"]}}").request();
        ScreeningRequest b = json.parse("{\"situation\": {\"actions\": [\"RECRUITED\", \"HARBOURED\", \"RECRUITED\"]},"
                + " \"signs\": [\"FEAR_OF_TALKING\", \"NO_PAY\"]}").request();
        assertThat(a).isEqualTo(b);
        assertThat(a.situation().actions()).isEqualTo(Set.of(Action.RECRUITED, Action.HARBOURED));
    }
}
