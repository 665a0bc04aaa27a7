package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A broken catalogue is refused, naming the offending code and the problem. */
class CatalogueLoadingTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static String resource(String name) {
        try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String CATALOGUE = resource(IndicatorCatalogue.CATALOGUE_RESOURCE);
    private static final String COUNTRIES = resource(IndicatorCatalogue.COUNTRIES_RESOURCE);

    private static IndicatorCatalogue load(String catalogue, String countries) {
        return IndicatorCatalogue.load(new ByteArrayInputStream(catalogue.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(countries.getBytes(StandardCharsets.UTF_8)));
    }

    /** Loads the shipped catalogue after a change. */
    private static IndicatorCatalogue loadChanged(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(CATALOGUE);
        change.accept(root);
        return load(MAPPER.writeValueAsString(root), COUNTRIES);
    }

    private static ObjectNode indicator(ObjectNode root, int index) {
        return (ObjectNode) root.get("indicators").get(index);
    }

    private static ObjectNode sign(ObjectNode root, int index) {
        return (ObjectNode) root.get("signs").get(index);
    }

    @Test
    void theShippedFilesLoad() {
        IndicatorCatalogue loaded = load(CATALOGUE, COUNTRIES);
        assertThat(loaded.version()).isEqualTo(IndicatorCatalogue.standard().version());
        assertThat(loaded.indicators()).hasSize(67);
        assertThat(loaded.signs()).hasSize(11);
    }

    @Test
    void duplicateIndicatorCode() {
        assertThatThrownBy(() -> loadChanged(root -> ((ArrayNode) root.get("indicators")).add(indicator(root, 0).deepCopy())))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: duplicate indicator code DR_JOB_NATURE");
    }

    @Test
    void duplicateSignCode() {
        assertThatThrownBy(() -> loadChanged(root -> sign(root, 1).put("code", "NO_FREEDOM_OF_MOVEMENT")))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: duplicate sign code NO_FREEDOM_OF_MOVEMENT");
    }

    @Test
    void duplicateDimensionCode() {
        assertThatThrownBy(() -> loadChanged(root -> ((ObjectNode) root.get("dimensions").get(1)).put("code", "DR")))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: duplicate dimension code DR");
    }

    @Test
    void unknownDimensionOfAnIndicator() {
        assertThatThrownBy(() -> loadChanged(root -> indicator(root, 3).put("dimension", "XR")))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: indicator DR_FAMILY_REUNIFICATION: unknown dimension \"XR\"");
    }

    @Test
    void unknownDimensionDeclared() {
        assertThatThrownBy(() -> loadChanged(root -> ((ObjectNode) root.get("dimensions").get(5)).put("code", "ZZ")))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("dimension ZZ: unknown dimension code");
    }

    @Test
    void signMappingToAnUnknownIndicator() {
        assertThatThrownBy(() -> loadChanged(root -> sign(root, 8).put("indicator", "EX_NO_SUCH_THING")))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: sign NO_PAY maps to unknown indicator EX_NO_SUCH_THING");
    }

    @ParameterizedTest(name = "indicator label in {0}")
    @ValueSource(strings = {"en", "fr", "nl", "de"})
    void missingIndicatorLabel(String language) {
        assertThatThrownBy(() -> loadChanged(root -> ((ObjectNode) indicator(root, 10).get("label")).remove(language)))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: indicator CR_VIOLENCE: missing label in \"" + language + "\"");
    }

    @ParameterizedTest(name = "indicator explanation in {0}")
    @ValueSource(strings = {"en", "fr", "nl", "de"})
    void missingIndicatorExplanation(String language) {
        assertThatThrownBy(() -> loadChanged(root -> ((ObjectNode) indicator(root, 66).get("explanation")).put(language, " ")))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: indicator VD_PERSONAL_CHARACTERISTICS: missing explanation in \""
                        + language + "\"");
    }

    @ParameterizedTest(name = "sign label in {0}")
    @ValueSource(strings = {"en", "fr", "nl", "de"})
    void missingSignLabel(String language) {
        assertThatThrownBy(() -> loadChanged(root -> ((ObjectNode) sign(root, 0).get("label")).remove(language)))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: sign NO_FREEDOM_OF_MOVEMENT: missing label in \"" + language + "\"");
    }

    @ParameterizedTest(name = "sign explanation in {0}")
    @ValueSource(strings = {"en", "fr", "nl", "de"})
    void missingSignExplanation(String language) {
        assertThatThrownBy(() -> loadChanged(root -> ((ObjectNode) sign(root, 10).get("explanation")).remove(language)))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: sign SIGNS_OF_VIOLENCE: missing explanation in \"" + language + "\"");
    }

    @Test
    void missingLabelAltogether() {
        assertThatThrownBy(() -> loadChanged(root -> indicator(root, 0).remove("label")))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: indicator DR_JOB_NATURE: missing label");
    }

    @Test
    void missingDimensionLabel() {
        assertThatThrownBy(() -> loadChanged(root ->
                ((ObjectNode) root.get("dimensions").get(3).get("label")).remove("nl")))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: dimension EX: missing label in \"nl\"");
    }

    @ParameterizedTest(name = "strength {0}")
    @ValueSource(strings = {"X", "s", "strong", "", "SM"})
    void invalidStrength(String strength) {
        assertThatThrownBy(() -> loadChanged(root -> ((ObjectNode) indicator(root, 36).get("strength"))
                .put("ADULT_SEXUAL", strength)))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: indicator EX_EXCESSIVE_HOURS: invalid strength \"" + strength
                        + "\" for list ADULT_SEXUAL (expected S, M or W)");
    }

    @Test
    void strengthThatIsNotAString() {
        assertThatThrownBy(() -> loadChanged(root -> ((ObjectNode) indicator(root, 36).get("strength"))
                .put("CHILD_LABOUR", 1)))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: indicator EX_EXCESSIVE_HOURS: invalid strength 1 for list CHILD_LABOUR"
                        + " (expected S, M or W)");
    }

    @Test
    void strengthForAnUnknownList() {
        assertThatThrownBy(() -> loadChanged(root -> ((ObjectNode) indicator(root, 0).get("strength"))
                .put("ADULT_BEGGING", "S")))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: indicator DR_JOB_NATURE: strength for unknown list ADULT_BEGGING");
    }

    @Test
    void misspeltField() {
        assertThatThrownBy(() -> loadChanged(root -> indicator(root, 1).set("lable", indicator(root, 1).get("label"))))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: indicator DR_WORK_CONDITIONS: unknown field \"lable\"");
    }

    @Test
    void missingList() {
        assertThatThrownBy(() -> loadChanged(root -> ((ArrayNode) root.get("lists")).remove(3)))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: list CHILD_SEXUAL is missing");
    }

    @Test
    void violenceRuleNamingAnUnknownIndicator() {
        assertThatThrownBy(() -> loadChanged(root -> ((ArrayNode) root.get("rules").get("violenceThreatsCoercion")
                .get("indicators")).add("CD_BEATING")))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessage("screening catalogue: rules.violenceThreatsCoercion: unknown indicator CD_BEATING");
    }

    @Test
    void signThresholdMustBePositive() {
        assertThatThrownBy(() -> loadChanged(root -> ((ObjectNode) root.get("rules")).put("possibleSignThreshold", 0)))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("possibleSignThreshold");
    }

    @Test
    void invalidJsonNamesTheLine() {
        assertThatThrownBy(() -> load("{\n  \"version\": \"x\",\n  \"source\" \"y\"\n}", COUNTRIES))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageStartingWith("screening catalogue: invalid JSON at line 3");
    }

    @Test
    void duplicateJsonKey() {
        assertThatThrownBy(() -> load("{\"version\": \"a\", \"version\": \"b\"}", COUNTRIES))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("invalid JSON").hasMessageContaining("version");
    }

    @Test
    void countryListWithAnInvalidCode() {
        assertThatThrownBy(() -> load(CATALOGUE, COUNTRIES + "EL  # Greece as the EU writes it\n"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("\"EL\" is not an ISO 3166-1 alpha-2 code");
    }

    @Test
    void countryListWithADuplicate() {
        assertThatThrownBy(() -> load(CATALOGUE, COUNTRIES + "BE\n"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("duplicate country code BE");
    }

    @Test
    void aCorrectedStrengthChangesTheEvaluation() {
        // Experts can correct a strength without a release: the engine follows the data.
        IndicatorCatalogue corrected = loadChanged(root -> {
            root.put("version", "ilo-2009+signs-1+test");
            ((ObjectNode) indicator(root, 1).get("strength")).put("ADULT_LABOUR", "S");
        });
        ScreeningRequest request = ScreeningRequest.builder().age(30).indicators("DR_JOB_NATURE", "DR_WORK_CONDITIONS").build();
        ScreeningResult before = ScreeningEngine.standard().evaluate(request);
        ScreeningResult after = new ScreeningEngine(corrected).evaluate(request);
        assertThat(before.ilo().dimension(Dimension.DR).strong()).isEqualTo(1);
        assertThat(after.ilo().dimension(Dimension.DR).strong()).isEqualTo(2);
        assertThat(after.catalogue()).isEqualTo("ilo-2009+signs-1+test");
    }
}
