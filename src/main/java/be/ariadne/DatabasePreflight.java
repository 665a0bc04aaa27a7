package be.ariadne;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Before starting, checks that a configured server database answers, so that a database that is
 * down gives one clear line naming the URL tried, rather than pages of stack trace.
 */
final class DatabasePreflight {
    private DatabasePreflight() {
    }

    static boolean reachable(String[] args) {
        String url = option(args, "--spring.datasource.url=");
        if (url == null) url = System.getProperty("spring.datasource.url");
        if (url == null) url = System.getenv("ARIADNE_DB_URL");
        if (url == null || url.startsWith("jdbc:h2:")) return true; // the embedded database is created on demand
        String user = firstNonNull(option(args, "--spring.datasource.username="), System.getenv("ARIADNE_DB_USER"));
        String password = firstNonNull(option(args, "--spring.datasource.password="), System.getenv("ARIADNE_DB_PASSWORD"));
        DriverManager.setLoginTimeout(10);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\\R")[0];
            System.err.println("Ariadne cannot start: the database at " + withoutQuery(url) + " is not reachable (" + reason + ").");
            return false;
        }
    }

    private static String option(String[] args, String prefix) {
        for (String a : args) if (a.startsWith(prefix)) return a.substring(prefix.length());
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** The URL without its parameters, which may carry a password. */
    static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
