package be.ariadne.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.AriadneApplication;
import be.ariadne.testsupport.TestDatabaseEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application refuses to start with a wrong or missing key, and starts with the right ones. */
class KeyStartupTest {
    private static ConfigurableApplicationContext start(String... extra) {
        String[] base = {"--ariadne.test.db-name=keys", "--spring.main.banner-mode=off"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra)).toArray(String[]::new);
        return new SpringApplicationBuilder(AriadneApplication.class).web(WebApplicationType.NONE).run(args);
    }

    @Test
    void aWrongOrMissingKeyIsRefusedAtStartUp() {
        String right = "--ariadne.crypto.data-keys=1:" + TestDatabaseEnvironment.testKey("data-1");
        String index = "--ariadne.crypto.index-key=" + TestDatabaseEnvironment.testKey("index");
        try (ConfigurableApplicationContext first = start(right, index)) {
            assertThat(first.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM crypto_key_check").query(Long.class).single())
                    .isEqualTo(2);

            assertThatThrownBy(() -> start("--ariadne.crypto.data-keys=1:" + TestDatabaseEnvironment.testKey("other"), index).close())
                    .hasStackTraceContaining("data key 1 is not the key this database was encrypted with");
            assertThatThrownBy(() -> start(right, "--ariadne.crypto.index-key=" + TestDatabaseEnvironment.testKey("other")).close())
                    .hasStackTraceContaining("index key is not the one");
            assertThatThrownBy(() -> start("--ariadne.crypto.data-keys=2:" + TestDatabaseEnvironment.testKey("data-2"), index).close())
                    .hasStackTraceContaining("data key 1 is missing");
            assertThatThrownBy(() -> start("--ariadne.crypto.data-keys=1:c2hvcnQ=", index).close())
                    .hasStackTraceContaining("must be 32 bytes");

            // A second key alongside the first is fine (rotation), and gets its check recorded.
            try (ConfigurableApplicationContext rotated = start("--ariadne.crypto.data-keys=1:" + TestDatabaseEnvironment.testKey("data-1")
                    + ",2:" + TestDatabaseEnvironment.testKey("data-2"), index)) {
                assertThat(rotated.getBean(KeyProvider.class).currentDataKeyId()).isEqualTo(2);
            }
        }
    }
}
