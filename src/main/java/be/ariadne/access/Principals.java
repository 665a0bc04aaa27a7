package be.ariadne.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads the principal of an active user of an active organisation. */
@Component
class Principals {
    private final JdbcClient jdbc;

    Principals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AriadneUser> activeUser(long userId) {
        return jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.must_change_password, o.id AS org_id, o.code, o.name, o.type
                FROM app_user u JOIN organisation o ON o.id = u.organisation_id
                WHERE u.id = ? AND u.active = TRUE AND o.active = TRUE""")
                .param(userId)
                .query((rs, n) -> new AriadneUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getLong("org_id"), rs.getString("code"), rs.getString("name"),
                        OrganisationType.valueOf(rs.getString("type")), rolesOf(rs.getLong("id")),
                        rs.getBoolean("must_change_password")))
                .optional();
    }

    Set<Role> rolesOf(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM user_role WHERE user_id = ?").param(userId).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }
}
