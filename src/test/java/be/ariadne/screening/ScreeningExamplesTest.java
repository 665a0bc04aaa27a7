package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract's examples (copied from {@code shared/contracts/screening-examples}): each request,
 * run through the JSON adapter and the engine, must give every field of {@code expected}.
 */
class ScreeningExamplesTest {

    static final Path EXAMPLES = Path.of("src/test/resources/contracts/screening-examples");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(sorted).hasSize(8);
            return sorted.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void resultHasEveryExpectedField(Path example) throws IOException {
        JsonNode file = MAPPER.readTree(Files.readString(example));
        ScreeningJson json = ScreeningJson.standard();

        ScreeningJson.Parsed parsed = json.parse(MAPPER.writeValueAsString(file.get("request")));
        assertThat(parsed.problems()).isEmpty();
        ScreeningResult result = ScreeningEngine.standard().evaluate(parsed.request());
        JsonNode actual = MAPPER.readTree(json.write(result));

        List<String> differences = new ArrayList<>();
        compare("", file.get("expected"), actual, differences);
        assertThat(differences).as("fields of expected that differ in %s", example.getFileName()).isEmpty();
        assertThat(actual.get("catalogue").stringValue()).isEqualTo("ilo-2009+signs-1");
    }

    /** Every field present in expected must be in actual with an equal JSON value (objects recursively). */
    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                differences.add(path + ": expected an object, got " + actual);
                return;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                compare(child, field.getValue(), actual.get(field.getKey()), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    /** The copies must not drift from the contract when the shared folder is next to the project. */
    @Test
    void copiesAreIdenticalToTheSharedContract() throws IOException {
        Path shared = Stream.of(Path.of("../shared/contracts/screening-examples"),
                        Path.of("../../shared/contracts/screening-examples"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(shared != null, "shared contracts not next to the project");
        List<String> sharedNames;
        try (Stream<Path> files = Files.list(shared)) {
            sharedNames = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        List<String> copyNames;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            copyNames = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertThat(copyNames).isEqualTo(sharedNames);
        for (String name : sharedNames) {
            assertThat(Files.readAllBytes(EXAMPLES.resolve(name)))
                    .as(name).isEqualTo(Files.readAllBytes(shared.resolve(name)));
        }
    }
}
