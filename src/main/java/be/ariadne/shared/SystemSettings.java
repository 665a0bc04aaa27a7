package be.ariadne.shared;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Installation-wide settings kept in the database (table {@code app_setting}). */
@Component
public class SystemSettings {
    public static final String DEMO_DATA = "demo.data";

    private final JdbcClient jdbc;
    private final Clock clock;

    SystemSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<String> get(String name) {
        return jdbc.sql("SELECT setting_value FROM app_setting WHERE name = ?").param(name).query(String.class).optional();
    }

    public void put(String name, String value) {
        int updated = jdbc.sql("UPDATE app_setting SET setting_value = ?, updated_at = ? WHERE name = ?")
                .params(value, OffsetDateTime.now(clock), name).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO app_setting (name, setting_value, updated_at) VALUES (?, ?, ?)")
                    .params(name, value, OffsetDateTime.now(clock)).update();
        }
    }

    /** True when the database holds the synthetic demo data: every page then says so. */
    public boolean demoData() {
        return get(DEMO_DATA).map("true"::equals).orElse(false);
    }
}
