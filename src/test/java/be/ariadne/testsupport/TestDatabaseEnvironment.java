package be.ariadne.testsupport;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context its own empty database: an in-memory H2 database by
 * default, or a fresh schema of the PostgreSQL database {@code test} on 127.0.0.1:5432 when
 * {@code ARIADNE_TEST_DB=postgres}. Schemas are dropped when the test JVM exits (and schemas
 * left by a killed run are dropped by the next one). Contexts that set
 * {@code ariadne.test.db-name} share that database (two instances on one database).
 * Scheduled jobs are off in tests unless a test turns them on.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {
    static final String PREFIX = "ariadne_t_";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();
    private static volatile boolean cleanedStale;

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getenv("ARIADNE_TEST_DB"));
    }

    public static String pgUrl() {
        String url = System.getenv("ARIADNE_TEST_DB_URL");
        return url != null ? url : "jdbc:postgresql://127.0.0.1:5432/test";
    }

    public static String pgUser() {
        String u = System.getenv("ARIADNE_TEST_DB_USER");
        return u != null ? u : "postgres";
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> props = new HashMap<>();
        props.put("ariadne.scheduling.enabled", env.getProperty("ariadne.test.scheduling", "false"));
        if (!env.containsProperty("ariadne.crypto.data-keys") && !env.containsProperty("ariadne.crypto.key-file")) {
            props.put("ariadne.crypto.data-keys", "1:" + testKey("data-1"));
            props.put("ariadne.crypto.index-key", testKey("index"));
        }
        if (env.getProperty("ariadne.test.keep-datasource", Boolean.class, false)) {
            env.getPropertySources().addFirst(new MapPropertySource("ariadne-test", props));
            return;
        }
        String shared = env.getProperty("ariadne.test.db-name");
        String name = shared != null ? PREFIX + ProcessHandle.current().pid() + "_" + shared
                : PREFIX + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        if (postgres()) {
            dropStaleSchemas();
            CREATED.add(name);
            props.put("spring.datasource.url", pgUrl() + (pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + name);
            props.put("spring.datasource.username", pgUser());
            props.put("spring.datasource.password", System.getenv().getOrDefault("ARIADNE_TEST_DB_PASSWORD", ""));
            props.put("spring.flyway.schemas", name);
            props.put("spring.flyway.default-schema", name);
            props.put("spring.flyway.create-schemas", "true");
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
        }
        props.put("spring.datasource.hikari.maximum-pool-size", env.getProperty("ariadne.test.pool-size", "8"));
        env.getPropertySources().addFirst(new MapPropertySource("ariadne-test", props));
    }

    /** A fixed 256-bit test key (tests only; never used outside the test suite). */
    public static String testKey(String name) {
        try {
            byte[] k = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("ariadne-test-key-" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getEncoder().encodeToString(k);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops schemas of earlier test runs whose JVM no longer exists (a run that was killed). */
    private static synchronized void dropStaleSchemas() {
        if (cleanedStale) return;
        cleanedStale = true;
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabaseEnvironment::dropCreated, "drop-test-schemas"));
        try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), System.getenv().getOrDefault("ARIADNE_TEST_DB_PASSWORD", ""));
             Statement st = c.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '" + PREFIX + "%'")) {
                while (rs.next()) {
                    String schema = rs.getString(1);
                    String[] parts = schema.substring(PREFIX.length()).split("_", 2);
                    boolean alive = parts[0].matches("\\d+") && new File("/proc/" + parts[0]).exists();
                    if (!alive) stale.add(schema);
                }
            }
            for (String s : stale) st.execute("DROP SCHEMA IF EXISTS \"" + s + "\" CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database not reachable at " + pgUrl() + ": " + e.getMessage(), e);
        }
    }

    private static void dropCreated() {
        try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), System.getenv().getOrDefault("ARIADNE_TEST_DB_PASSWORD", ""));
             Statement st = c.createStatement()) {
            for (String s : CREATED) st.execute("DROP SCHEMA IF EXISTS \"" + s + "\" CASCADE");
        } catch (SQLException e) {
            System.err.println("could not drop test schemas: " + e.getMessage());
        }
    }
}
