package be.ariadne;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Modules own ranges of migration versions, so a release can bring a module's new migration below
 * the highest version a database already has (the case file's database had the public site's V700
 * before the referral module's V300 existed). Such a database must upgrade, not refuse to start.
 */
class MigrationUpgradeTest {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void aDatabaseOfAnEarlierReleaseGetsTheMigrationsAddedBelowItsHighestVersion(@TempDir Path earlier) throws IOException {
        Path all = Path.of("src/main/resources/db/migration");
        List<Path> files;
        try (Stream<Path> s = Files.list(all)) {
            files = s.filter(p -> VERSION.matcher(p.getFileName().toString()).matches()).toList();
        }
        // the earlier release: foundation, screening, case file and public site only
        for (Path f : files) {
            int v = version(f);
            if (v < 300 || v >= 700) Files.copy(f, earlier.resolve(f.getFileName()));
        }
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:upgrade_" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("filesystem:" + earlier).load().migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        assertThat(tables(jdbc, "referral")).isZero();

        // without out-of-order, Flyway refuses the lower versions; with the application's setting it applies them
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                Flyway.configure().dataSource(ds).locations("filesystem:" + all.toAbsolutePath()).load().migrate()))
                .isInstanceOf(FlywayException.class);
        Properties app = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            app.load(in);
        }
        boolean outOfOrder = Boolean.parseBoolean(app.getProperty("spring.flyway.out-of-order", "false"));
        var result = Flyway.configure().dataSource(ds).locations("filesystem:" + all.toAbsolutePath()).outOfOrder(outOfOrder).load().migrate();
        assertThat(result.success).isTrue();
        assertThat(tables(jdbc, "referral")).isEqualTo(1);
        assertThat(tables(jdbc, "procedure_event")).isEqualTo(1);
        assertThat(tables(jdbc, "statistics_case_fact")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT \"version\") FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")
                .query(Long.class).single()).isEqualTo(files.size());
    }

    private static long tables(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = ?").param(name).query(Long.class).single();
    }

    private static int version(Path f) {
        Matcher m = VERSION.matcher(f.getFileName().toString());
        if (!m.matches()) throw new IllegalArgumentException(f.toString());
        return Integer.parseInt(m.group(1));
    }
}
