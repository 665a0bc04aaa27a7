package be.ariadne.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ScreeningRequest#EMPTY} is complete whichever class of the request is initialised
 * first (a web form builds a {@code Situation} before anything touches {@code EMPTY}).
 */
class ClassInitialisationTest {

    @ParameterizedTest
    @ValueSource(strings = {"ScreeningRequest$Situation", "ScreeningRequest$Person", "ScreeningRequest$Border",
            "ScreeningRequest"})
    void emptyIsCompleteWhateverIsLoadedFirst(String first) throws Exception {
        URL classes = Path.of("target/classes").toUri().toURL();
        try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class.forName("be.ariadne.screening." + first, true, fresh);
            Class<?> request = Class.forName("be.ariadne.screening.ScreeningRequest", true, fresh);
            Object empty = request.getField("EMPTY").get(null);
            assertThat(request.getMethod("person").invoke(empty)).isNotNull();
            assertThat(request.getMethod("situation").invoke(empty)).isNotNull();
        }
    }
}
