package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Properties of the JSON adapter: unknown codes never pass, and are always named. */
class ScreeningJsonProperties {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> KNOWN = ScreeningArbitraries.allKnownCodes();
    private final ScreeningJson json = ScreeningJson.standard();

    @Provide
    Arbitrary<String> unknownCodes() {
        Arbitrary<String> invented = Arbitraries.strings().alpha().numeric().withChars('_', '-', ' ', 'é', 'ß', '.')
                .ofMinLength(0).ofMaxLength(30);
        Arbitrary<String> misspelt = Arbitraries.of(List.copyOf(KNOWN)).flatMap(code -> Arbitraries.of(
                code.toLowerCase(), code + "S", code.substring(1), " " + code, code.replace('_', '-')));
        return Arbitraries.oneOf(invented, misspelt).filter(code -> !KNOWN.contains(code));
    }

    /** Where a code can go, as the path of its array. */
    @Provide
    Arbitrary<String> codeFields() {
        return Arbitraries.of("signs", "indicators", "situation.actions", "situation.exploitation");
    }

    /** A code of the wrong kind for the field (a sign among the indicators, an action among the signs…). */
    @Provide
    Arbitrary<String> anyKnownCode() {
        return Arbitraries.of(List.copyOf(KNOWN));
    }

    private static String body(String field, List<String> codes) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = field.startsWith("situation.")
                ? root.putObject("situation").putArray(field.substring("situation.".length()))
                : root.putArray(field);
        codes.forEach(array::add);
        return MAPPER.writeValueAsString(root);
    }

    private static List<String> validFor(String field) {
        switch (field) {
            case "signs":
                return List.of("NO_PAY", "SIGNS_OF_VIOLENCE");
            case "indicators":
                return List.of("CD_DEBT", "EX_HAZARDOUS_WORK");
            case "situation.actions":
                return List.of("RECRUITED", "HARBOURED");
            default:
                return List.of("LABOUR", "BEGGING");
        }
    }

    @Property(tries = 1000)
    void anUnknownCodeIsAlwaysRejectedAndNamed(@ForAll("unknownCodes") String code, @ForAll("codeFields") String field) {
        List<String> valid = validFor(field);
        ScreeningJson.Parsed parsed = json.parse(body(field, List.of(valid.get(0), code, valid.get(1))));
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.problems()).hasSize(1);
        RequestProblem problem = parsed.problems().get(0);
        assertThat(problem.field()).isEqualTo(field + "[1]");
        assertThat(problem.message()).startsWith("unknown ").contains("\"" + code + "\"");
    }

    @Property(tries = 500)
    void aKnownCodeInTheWrongListIsRejected(@ForAll("anyKnownCode") String code, @ForAll("codeFields") String field) {
        boolean belongs = switch (field) {
            case "signs" -> ScreeningArbitraries.SIGNS.contains(code);
            case "indicators" -> ScreeningArbitraries.INDICATORS.contains(code);
            case "situation.actions" -> List.of(Action.values()).stream().anyMatch(a -> a.name().equals(code));
            default -> List.of(ExploitationForm.values()).stream().anyMatch(f -> f.name().equals(code));
        };
        ScreeningJson.Parsed parsed = json.parse(body(field, List.of(code)));
        assertThat(parsed.valid()).isEqualTo(belongs);
        if (!belongs) {
            assertThat(parsed.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo(field + "[0]");
                assertThat(p.message()).contains("\"" + code + "\"");
            });
        }
    }

    @Property(tries = 300)
    void anyUnknownFieldIsRejectedAtAnyLevel(@ForAll("fieldNames") String name, @ForAll("objects") String where) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode target = switch (where) {
            case "person" -> root.putObject("person");
            case "situation" -> root.putObject("situation");
            case "situation.border" -> root.putObject("situation").putObject("border");
            default -> root;
        };
        target.put(name, true);
        ScreeningJson.Parsed parsed = json.parse(MAPPER.writeValueAsString(root));
        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(where.isEmpty() ? name : where + "." + name);
            assertThat(p.message()).startsWith("unknown field");
        });
    }

    @Provide
    Arbitrary<String> fieldNames() {
        Set<String> contractFields = Set.of("person", "situation", "signs", "indicators", "age", "maybeMinor",
                "citizenship", "immediateDanger", "actions", "border", "exploitation", "thirdPartyProfits",
                "againstWill", "lifeEndangered", "crossed", "irregular", "facilitatorPaid");
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).filter(n -> !contractFields.contains(n));
    }

    @Provide
    Arbitrary<String> objects() {
        return Arbitraries.of("", "person", "situation", "situation.border");
    }
}
