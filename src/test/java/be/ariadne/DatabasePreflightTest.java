package be.ariadne;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DatabasePreflightTest {
    @Test
    void anUnreachableDatabaseIsOneClearLineNamingTheUrl() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        boolean ok;
        try {
            ok = DatabasePreflight.reachable(new String[] {"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/ariadne?password=secret",
                    "--spring.datasource.username=nobody"});
        } finally {
            System.setErr(original);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(ok).isFalse();
        assertThat(text.lines().count()).isEqualTo(1);
        assertThat(text).contains("jdbc:postgresql://127.0.0.1:1/ariadne").doesNotContain("secret");
    }

    @Test
    void theEmbeddedDatabaseNeedsNoCheck() {
        assertThat(DatabasePreflight.reachable(new String[] {"--spring.datasource.url=jdbc:h2:mem:x"})).isTrue();
    }
}
