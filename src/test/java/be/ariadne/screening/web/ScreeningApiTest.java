package be.ariadne.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.ExploitationForm;
import be.ariadne.screening.ScreeningLabels;
import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/screenings/evaluate as the contract says: the examples field for field, labels in the caller's language, every bad input named. */
@IntegrationTest
class ScreeningApiTest {
    static final String EVALUATE = "/api/v1/screenings/evaluate";
    static final Path EXAMPLES = Path.of("src/test/resources/contracts/screening-examples");

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    Api api;
    String token;

    @BeforeEach
    void signIn() {
        api = new Api(port);
        token = api.token("frontline", "demo");
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(sorted).hasSize(8);
            return sorted.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyContractExampleGivesEveryExpectedFieldOverHttp(Path example) throws IOException {
        JsonNode file = Api.JSON.readTree(Files.readString(example));
        long signalsBefore = signals();
        Api.Answer answer = api.post(EVALUATE, token, Api.JSON.writeValueAsString(file.get("request")));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        List<String> differences = new ArrayList<>();
        compare("", file.get("expected"), answer.json(), differences);
        assertThat(differences).as("fields of expected that differ in %s", example.getFileName()).isEmpty();
        assertThat(answer.json().path("catalogue").asString()).isEqualTo("ilo-2009+signs-1");
        assertThat(answer.json().path("explanation").isArray()).isTrue();
        assertThat(signals()).as("evaluating stores nothing").isEqualTo(signalsBefore);
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                differences.add(path + ": expected an object, got " + actual);
                return;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                compare(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    @ParameterizedTest
    @CsvSource({"fr-BE, fr", "nl-BE;q=0.9, nl", "de-DE, de", "en-GB, en", "es-ES, en"})
    void theExplanationIsInTheAcceptLanguageLanguage(String acceptLanguage, String language) {
        String body = "{\"situation\": {\"actions\": [\"RECRUITED\"], \"exploitation\": [\"LABOUR\"]},"
                + " \"indicators\": [\"EX_EXCESSIVE_HOURS\", \"EX_BAD_LIVING\"]}";
        Api.Answer answer = api.post(EVALUATE, token, body, Map.of("Accept-Language", acceptLanguage));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Language")).isEqualTo(language);
        String explanation = answer.json().path("explanation").toString();
        Locale locale = Locale.forLanguageTag(language);
        assertThat(explanation).contains(ScreeningLabels.label(ExploitationForm.LABOUR, locale) + " (LABOUR)");
        // Codes stay codes, whatever the language.
        assertThat(answer.json().path("trafficking").path("belgium").asString()).isEqualTo("LIKELY");
        assertThat(explanation).contains("\"conclusion\":\"trafficking.belgium=LIKELY\"");
    }

    @Test
    void frenchDutchAndGermanLabelsAreReallyTranslated() {
        String body = "{\"situation\": {\"actions\": [\"RECRUITED\"], \"exploitation\": [\"LABOUR\"]}, \"indicators\": [\"EX_EXCESSIVE_HOURS\", \"EX_BAD_LIVING\"]}";
        assertThat(api.post(EVALUATE, token, body, Map.of("Accept-Language", "fr")).body()).contains("recruté(e) (RECRUITED)");
        assertThat(api.post(EVALUATE, token, body, Map.of("Accept-Language", "nl")).body()).contains("(RECRUITED)").doesNotContain("recruited (RECRUITED)");
        assertThat(api.post(EVALUATE, token, body, Map.of("Accept-Language", "de")).body()).contains("(RECRUITED)").doesNotContain("recruited (RECRUITED)");
        assertThat(api.post(EVALUATE, token, body).body()).contains("recruited (RECRUITED)");
    }

    @Test
    void theEmptyRequestIsValidAndNeedsNoAction() {
        Api.Answer answer = api.post(EVALUATE, token, "{}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("advice").toString()).isEqualTo("[\"NO_ACTION_NEEDED\"]");
        assertThat(answer.json().path("trafficking").path("belgium").asString()).isEqualTo("UNLIKELY");
    }

    @Test
    void everyProblemOfABadRequestIsNamed() {
        long before = signals();
        String body = "{\"person\": {\"age\": 130, \"citizenship\": \"ng\", \"gender\": \"F\"},"
                + " \"situation\": {\"immediateDanger\": \"yes\", \"actions\": [\"KIDNAPPED\"], \"exploitation\": \"LABOUR\"},"
                + " \"signs\": [\"NO_PAY\", \"NO_PAYY\", 7], \"indicators\": [\"DR_JOB_NATUR\"], \"extra\": 1}";
        Api.Answer answer = api.post(EVALUATE, token, body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("title").asString()).isNotBlank();
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("extra", "person.gender", "person.age", "person.citizenship",
                "situation.immediateDanger", "situation.actions[0]", "situation.exploitation", "signs[1]", "signs[2]",
                "indicators[0]");
        String errors = problem.path("errors").toString();
        assertThat(errors).contains("must be between 0 and 120, not 130")
                .contains("codes are in capitals: \\\"NG\\\"")
                .contains("unknown field")
                .contains("did you mean NO_PAY?")
                .contains("did you mean DR_JOB_NATURE?")
                .doesNotContain("Exception");
        assertThat(problem.path("detail").asString()).contains("10 problems");
        assertThat(signals()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"person\": {\"age\": 17.5}}|person.age|must be a whole number of years",
            "{\"person\": {\"age\": -1}}|person.age|must be between 0 and 120",
            "{\"person\": {\"age\": \"seventeen\"}}|person.age|must be a whole number of years",
            "{\"signs\": [\"NOT_A_SIGN\"]}|signs[0]|unknown sign code",
            "{\"situation\": {\"border\": {\"crossed\": true, \"paid\": true}}}|situation.border.paid|unknown field",
            "{\"person\": {\"age\": 17}|body|invalid JSON",
            "not json at all|body|invalid JSON",
            "[]|body|must be a JSON object",
            "|body|the body is empty"})
    void eachKindOfBadInputIsA400NamingTheField(String body, String field, String message) {
        Api.Answer answer = api.post(EVALUATE, token, body == null ? "" : body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo(field);
        assertThat(error.path("message").asString()).contains(message);
    }

    @Test
    void aBodyOverSixtyFourKilobytesIsRefusedNamingTheBody() {
        StringBuilder big = new StringBuilder("{\"signs\": [");
        while (big.length() < 70_000) big.append("\"NO_PAY\",");
        big.append("\"NO_PAY\"]}");
        Api.Answer answer = api.post(EVALUATE, token, big.toString());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("body");
        assertThat(answer.json().path("errors").get(0).path("message").asString()).contains("larger than 65536 bytes");
    }

    @Test
    void withoutATokenTheAnswerIs401AndAnyRoleMayEvaluate() {
        Api.Answer anonymous = api.post(EVALUATE, null, "{}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        Api.Answer badToken = api.post(EVALUATE, "not-a-token", "{}");
        assertThat(badToken.status()).isEqualTo(401);
        for (String user : List.of("analyst", "admin", "caseworker", "police", "prosecutor", "immigration")) {
            assertThat(api.post(EVALUATE, api.token(user, "demo"), "{}").status()).as(user).isEqualTo(200);
        }
    }

    @Test
    void theOperationIsDocumentedInOpenApi() {
        Api.Answer docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode op = docs.json().path("paths").path(EVALUATE).path("post");
        assertThat(op.path("summary").asString()).contains("Evaluate a screening");
        assertThat(op.path("requestBody").path("content").has("application/json")).isTrue();
        assertThat(op.path("responses").has("400")).isTrue();
    }

    private long signals() {
        return jdbc.sql("SELECT COUNT(*) FROM screening_signal").query(Long.class).single();
    }
}
