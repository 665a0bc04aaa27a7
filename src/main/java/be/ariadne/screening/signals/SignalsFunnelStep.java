package be.ariadne.screening.signals;

import be.ariadne.shared.dashboard.FunnelStep;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first step of the dashboard's referral funnel: signals recorded in the period, by the day
 * (Belgian time) they were created; for a centre, the signals its own staff recorded. Only the
 * count leaves the module.
 */
@Component
class SignalsFunnelStep implements FunnelStep {
    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private final JdbcClient jdbc;

    SignalsFunnelStep(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "signals";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public long count(LocalDate from, LocalDate to, String centreCode) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM screening_signal WHERE created_at >= ? AND created_at < ?");
        List<Object> params = new ArrayList<>(List.of(from.atStartOfDay(BELGIUM).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(BELGIUM).toOffsetDateTime()));
        if (centreCode != null) {
            sql.append(" AND organisation_code = ?");
            params.add(centreCode);
        }
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }
}
