package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code screen} command: exit codes, output on the right stream, every problem on its own line. */
class ScreenCommandTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String REQUEST = """
            {"person": {"age": 30}, "situation": {"actions": ["HARBOURED"], "exploitation": ["LABOUR"]},
             "signs": ["NO_FREEDOM_OF_MOVEMENT", "FEAR_OF_PEOPLE_AROUND", "NO_PAY"]}""";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(InputStream stdin, String... args) {
        return ScreenCommand.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("request.json"), content);
    }

    @Test
    void screensAFile() throws IOException {
        assertThat(run(file(REQUEST).toString())).isZero();
        JsonNode result = MAPPER.readTree(out());
        assertThat(result.get("trafficking").get("belgium").stringValue()).isEqualTo("POSSIBLE");
        assertThat(result.get("signCount").intValue()).isEqualTo(3);
        assertThat(result.get("explanation").get(0).get("because").get(0).stringValue()).contains("(Isolation");
        assertThat(err()).isEmpty();
    }

    @Test
    void screensStandardInput() {
        assertThat(run(new ByteArrayInputStream(REQUEST.getBytes(StandardCharsets.UTF_8)), "-")).isZero();
        assertThat(MAPPER.readTree(out()).get("catalogue").stringValue()).isEqualTo("ilo-2009+signs-1");
    }

    @Test
    void screensAContractExample() throws IOException {
        JsonNode example = MAPPER.readTree(Files.readString(
                ScreeningExamplesTest.EXAMPLES.resolve("e08-danger-now.json")));
        Path request = file(MAPPER.writeValueAsString(example.get("request")));
        assertThat(run(request.toString())).isZero();
        assertThat(MAPPER.readTree(out()).get("advice")).isEqualTo(example.get("expected").get("advice"));
    }

    @Test
    void explainsInTheRequestedLanguage() throws IOException {
        Path request = file(REQUEST);
        assertThat(run("--lang", "fr", request.toString())).isZero();
        String french = out();
        assertThat(french).contains("Isolement, enfermement ou surveillance").contains("hébergé(e) (HARBOURED)");
        out.reset();
        assertThat(run("--lang=de", request.toString())).isZero();
        assertThat(out()).contains("Isolation, Einsperren oder Überwachung");
        out.reset();
        assertThat(run(request.toString(), "--lang", "nl")).isZero();
        assertThat(out()).contains("Isolement, opsluiting of bewaking");
    }

    @Test
    void badInputPrintsEveryProblemOnItsOwnLine() throws IOException {
        Path request = file("{\"person\": {\"age\": 200}, \"signs\": [\"NO_PAYY\"], \"situaton\": {}}");
        assertThat(run(request.toString())).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err().split("\n")).containsExactly(
                "situaton: unknown field (did you mean situation?)",
                "person.age: must be between 0 and 120, not 200",
                "signs[0]: unknown sign code \"NO_PAYY\" (did you mean NO_PAY?)");
    }

    @Test
    void invalidJsonOnStandardInput() {
        assertThat(run(new ByteArrayInputStream("{\"person\":".getBytes(StandardCharsets.UTF_8)), "-")).isEqualTo(2);
        assertThat(err()).startsWith("$: invalid JSON at line 1").doesNotContain("Exception").endsWith("\n");
        assertThat(err().strip()).doesNotContain("\n");
    }

    @Test
    void aMissingFile() {
        assertThat(run(dir.resolve("nowhere.json").toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("screen: no such file: " + dir.resolve("nowhere.json") + "\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void aDirectory() {
        assertThat(run(dir.toString())).isEqualTo(2);
        assertThat(err()).contains("is a directory");
    }

    @Test
    void wrongUsage() throws IOException {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("give a FILE.json, or - for standard input").contains(ScreenCommand.USAGE);
        err.reset();
        assertThat(run("a.json", "b.json")).isEqualTo(2);
        assertThat(err()).contains("only one request at a time");
        err.reset();
        assertThat(run("--verbose", "a.json")).isEqualTo(2);
        assertThat(err()).contains("unknown option '--verbose'");
        err.reset();
        assertThat(run("--lang", "es", file(REQUEST).toString())).isEqualTo(2);
        assertThat(err()).contains("unsupported language 'es' (use en, fr, nl or de)");
        err.reset();
        assertThat(run("-")).isEqualTo(2); // empty standard input: a problem with the request
        assertThat(err()).isEqualTo("$: the body is empty; expected a JSON object such as {}\n");
    }

    @Test
    void help() {
        assertThat(run("--help")).isZero();
        assertThat(out()).isEqualTo(ScreenCommand.USAGE + "\n");
    }

    @Test
    void languageOptionWithoutValue() {
        assertThat(run("--lang")).isEqualTo(2);
        assertThat(err()).contains("--lang needs a language");
    }
}
