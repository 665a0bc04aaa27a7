package be.ariadne.access;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner organisations. Never deleted: deactivated, which stops their users from signing in. */
@Service
public class Organisations {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final SessionTerminator sessions;

    Organisations(JdbcClient jdbc, Clock clock, AuditLog audit, SessionTerminator sessions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.sessions = sessions;
    }

    public List<Organisation> all() {
        return jdbc.sql("SELECT * FROM organisation ORDER BY name").query(Organisations::map).list();
    }

    public List<Organisation> ofType(OrganisationType type) {
        return jdbc.sql("SELECT * FROM organisation WHERE type = ? ORDER BY name").param(type.name())
                .query(Organisations::map).list();
    }

    public Optional<Organisation> byCode(String code) {
        if (code == null) return Optional.empty();
        return jdbc.sql("SELECT * FROM organisation WHERE code = ?").param(code).query(Organisations::map).optional();
    }

    public Optional<Organisation> byId(long id) {
        return jdbc.sql("SELECT * FROM organisation WHERE id = ?").param(id).query(Organisations::map).optional();
    }

    @Transactional
    public Organisation create(String code, String name, OrganisationType type) {
        List<FieldProblem> problems = new ArrayList<>();
        String c = code == null ? "" : code.trim();
        String n = name == null ? "" : name.trim();
        if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add(new FieldProblem("code", "must be 2 to 40 capital letters, digits or underscores, starting with a letter"));
        } else if (byCode(c).isPresent()) {
            problems.add(new FieldProblem("code", "is already used by another organisation"));
        }
        if (n.isEmpty() || n.length() > 200) problems.add(new FieldProblem("name", "must be 1 to 200 characters"));
        if (type == null) problems.add(new FieldProblem("type", "is required"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        jdbc.sql("INSERT INTO organisation (code, name, type, active, created_at, version) VALUES (?, ?, ?, TRUE, ?, 0)")
                .params(c, n, type.name(), OffsetDateTime.now(clock)).update();
        audit.record(AuditEvent.of("ORGANISATION_CREATED", "organisation", c).withDetail("type=" + type));
        return byCode(c).orElseThrow();
    }

    /** Deactivates the organisation; its users' sessions and tokens end at once. */
    @Transactional
    public void deactivate(String code, int expectedVersion) {
        Organisation org = byCode(code).orElseThrow(() -> new NotFoundException("no organisation " + code));
        if (!org.active()) return;
        int n = jdbc.sql("UPDATE organisation SET active = FALSE, deactivated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(OffsetDateTime.now(clock), org.id(), expectedVersion).update();
        if (n == 0) throw new StaleVersionException("Organisation " + code);
        List<String> usernames = jdbc.sql("SELECT username FROM app_user WHERE organisation_id = ?").param(org.id())
                .query(String.class).list();
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE revoked_at IS NULL AND user_id IN (SELECT id FROM app_user WHERE organisation_id = ?)")
                .params(OffsetDateTime.now(clock), org.id()).update();
        usernames.forEach(sessions::endSessionsOf);
        audit.record(AuditEvent.of("ORGANISATION_DEACTIVATED", "organisation", code));
    }

    static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                OrganisationType.valueOf(rs.getString("type")), rs.getBoolean("active"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }
}
