package be.ariadne.screening.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.AriadneApplication;
import be.ariadne.screening.IndicatorCatalogue;
import be.ariadne.screening.ScreeningEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The catalogue is loaded when the application starts: a broken one stops the start, naming the problem; a corrected one is used. */
class CatalogueStartupTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    @TempDir Path dir;

    private static String shipped() throws IOException {
        try (InputStream in = IndicatorCatalogue.class.getResourceAsStream("/screening/catalogue.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path changed(String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(shipped());
        change.accept(root);
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, MAPPER.writeValueAsString(root));
        return file;
    }

    private static ConfigurableApplicationContext start(Path catalogue) {
        return new SpringApplicationBuilder(AriadneApplication.class).web(WebApplicationType.NONE)
                .run("--ariadne.test.db-name=catalogue", "--spring.main.banner-mode=off",
                        "--ariadne.screening.catalogue=file:" + catalogue.toAbsolutePath());
    }

    @Test
    void aBrokenCatalogueStopsTheStartNamingTheProblem() throws IOException {
        Path duplicate = changed("duplicate", root -> {
            ArrayNode indicators = (ArrayNode) root.get("indicators");
            indicators.add(indicators.get(0).deepCopy());
        });
        assertThatThrownBy(() -> start(duplicate).close())
                .hasStackTraceContaining("Ariadne refuses to start: screening catalogue: duplicate indicator code DR_JOB_NATURE")
                .hasStackTraceContaining(duplicate.getFileName().toString());

        Path unknownDimension = changed("dimension", root -> ((ObjectNode) root.get("indicators").get(3)).put("dimension", "XX"));
        assertThatThrownBy(() -> start(unknownDimension).close())
                .hasStackTraceContaining("indicator DR_FAMILY_REUNIFICATION: unknown dimension \"XX\"");

        Path missingLabel = changed("label", root -> ((ObjectNode) root.get("signs").get(2).get("label")).remove("nl"));
        assertThatThrownBy(() -> start(missingLabel).close())
                .hasStackTraceContaining("DOCUMENTS_CONFISCATED").hasStackTraceContaining("\"nl\"");

        assertThatThrownBy(() -> start(dir.resolve("absent.json")).close())
                .hasStackTraceContaining("Ariadne refuses to start: screening catalogue: cannot read");
    }

    @Test
    void aCorrectedCatalogueIsUsedWithItsOwnVersion() throws IOException {
        Path corrected = changed("corrected", root -> root.put("version", "ilo-2009+signs-1-corrected"));
        try (ConfigurableApplicationContext context = start(corrected)) {
            assertThat(context.getBean(IndicatorCatalogue.class).version()).isEqualTo("ilo-2009+signs-1-corrected");
            assertThat(context.getBean(ScreeningEngine.class).evaluate(be.ariadne.screening.ScreeningRequest.EMPTY).catalogue())
                    .isEqualTo("ilo-2009+signs-1-corrected");
        }
    }
}
