package be.ariadne.access;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.StaleVersionException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: created by an administrator, deactivated (never deleted), passwords reset to a
 * one-time password the user must change at the next sign-in. Every change is audited.
 */
@Service
public class Accounts {
    /** Minimum length of a password a user chooses. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final String TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Organisations organisations;
    private final RoleAssignments assignments;
    private final SessionTerminator sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Accounts(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, Organisations organisations,
             RoleAssignments assignments, SessionTerminator sessions, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.organisations = organisations;
        this.assignments = assignments;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** What an administrator fills in to create an account. */
    public record NewUser(String username, String displayName, String email, String organisationCode, Set<Role> roles) {
    }

    /** A created account and, when none was given, the one-time password to hand over (shown once). */
    public record Created(UserAccount account, String temporaryPassword) {
    }

    public List<UserAccount> list(String organisationCode) {
        String sql = "SELECT u.*, o.code AS org_code FROM app_user u JOIN organisation o ON o.id = u.organisation_id"
                + (organisationCode == null || organisationCode.isBlank() ? "" : " WHERE o.code = :org")
                + " ORDER BY o.code, u.username";
        var spec = jdbc.sql(sql);
        if (organisationCode != null && !organisationCode.isBlank()) spec = spec.param("org", organisationCode);
        List<UserAccount> users = spec.query(this::map).list();
        Map<Long, Set<Role>> roles = rolesByUser();
        List<UserAccount> out = new ArrayList<>(users.size());
        for (UserAccount u : users) out.add(withRoles(u, roles.getOrDefault(u.id(), Set.of())));
        return out;
    }

    public Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("SELECT u.*, o.code AS org_code FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.username = ?")
                .param(username).query(this::map).optional()
                .map(u -> withRoles(u, rolesOf(u.id())));
    }

    /** Creates an account with a generated one-time password. */
    @Transactional
    public Created create(NewUser user) {
        String temp = temporaryPassword();
        UserAccount created = insert(user, temp, true);
        return new Created(created, temp);
    }

    /** Creates an account with a chosen password (demo seeding, first administrator). Not subject to the length rule. */
    @Transactional
    public UserAccount createWithPassword(NewUser user, String password, boolean mustChange) {
        return insert(user, password, mustChange);
    }

    private UserAccount insert(NewUser user, String password, boolean mustChange) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = user.username() == null ? "" : user.username().trim().toLowerCase();
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            problems.add(new FieldProblem("username", "must be 3 to 60 lower-case letters, digits, dots, dashes or underscores"));
        } else if (byUsername(username).isPresent()) {
            problems.add(new FieldProblem("username", "is already taken"));
        }
        String displayName = user.displayName() == null ? "" : user.displayName().trim();
        if (displayName.isEmpty() || displayName.length() > 200) {
            problems.add(new FieldProblem("displayName", "must be 1 to 200 characters"));
        }
        String email = user.email() == null || user.email().isBlank() ? null : user.email().trim();
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(new FieldProblem("email", "is not an e-mail address"));
        }
        Optional<Organisation> org = organisations.byCode(user.organisationCode());
        if (org.isEmpty()) {
            problems.add(new FieldProblem("organisation", "does not exist"));
        } else if (!org.get().active()) {
            problems.add(new FieldProblem("organisation", "is deactivated"));
        }
        Set<Role> roles = user.roles() == null ? Set.of() : user.roles();
        if (roles.isEmpty()) problems.add(new FieldProblem("roles", "at least one role is required"));
        if (org.isPresent()) {
            for (Role r : roles) {
                if (!assignments.allowed(r, org.get().type())) {
                    problems.add(new FieldProblem("roles", "role " + r + " cannot be held in an organisation of type " + org.get().type()));
                }
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, email, organisation_id, password_hash, must_change_password,
                                      active, failed_logins, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, TRUE, 0, ?, 0)""")
                .params(username, displayName, email, org.get().id(), encoder.encode(password), mustChange, OffsetDateTime.now(clock))
                .update();
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
        for (Role r : new TreeSet<>(roles)) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (?, ?)").params(id, r.name()).update();
        }
        audit.record(AuditEvent.of("USER_CREATED", "user", username)
                .withDetail("organisation=" + org.get().code() + " roles=" + new TreeSet<>(roles)));
        return byUsername(username).orElseThrow();
    }

    @Transactional
    public void deactivate(String username, int expectedVersion) {
        UserAccount u = byUsername(username).orElseThrow(() -> new NotFoundException("no user " + username));
        if (!u.active()) return;
        int n = jdbc.sql("UPDATE app_user SET active = FALSE, deactivated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(OffsetDateTime.now(clock), u.id(), expectedVersion).update();
        if (n == 0) throw new StaleVersionException("User " + username);
        revokeTokens(u.id());
        sessions.endSessionsOf(u.username());
        audit.record(AuditEvent.of("USER_DEACTIVATED", "user", username));
    }

    /** Replaces the roles; the user's sessions end so that the new rights apply at once. */
    @Transactional
    public void setRoles(String username, Set<Role> roles, int expectedVersion) {
        UserAccount u = byUsername(username).orElseThrow(() -> new NotFoundException("no user " + username));
        Organisation org = organisations.byId(u.organisationId()).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) problems.add(new FieldProblem("roles", "at least one role is required"));
        else for (Role r : roles) {
            if (!assignments.allowed(r, org.type())) {
                problems.add(new FieldProblem("roles", "role " + r + " cannot be held in an organisation of type " + org.type()));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        int n = jdbc.sql("UPDATE app_user SET version = version + 1 WHERE id = ? AND version = ?").params(u.id(), expectedVersion).update();
        if (n == 0) throw new StaleVersionException("User " + username);
        jdbc.sql("DELETE FROM user_role WHERE user_id = ?").param(u.id()).update();
        for (Role r : new TreeSet<>(roles)) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (?, ?)").params(u.id(), r.name()).update();
        }
        revokeTokens(u.id());
        sessions.endSessionsOf(u.username());
        audit.record(AuditEvent.of("USER_ROLES_CHANGED", "user", username)
                .withDetail(new TreeSet<>(u.roles()) + " -> " + new TreeSet<>(roles)));
    }

    /** Sets a one-time password (returned, to hand over), unlocks the account and ends its sessions and tokens. */
    @Transactional
    public String resetPassword(String username) {
        UserAccount u = byUsername(username).orElseThrow(() -> new NotFoundException("no user " + username));
        String temp = temporaryPassword();
        jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = TRUE, failed_logins = 0, locked_until = NULL, version = version + 1 WHERE id = ?")
                .params(encoder.encode(temp), u.id()).update();
        revokeTokens(u.id());
        sessions.endSessionsOf(u.username());
        audit.record(AuditEvent.of("USER_PASSWORD_RESET", "user", username));
        return temp;
    }

    /** The signed-in user changes their own password. */
    @Transactional
    public void changeOwnPassword(long userId, String current, String next, String confirmation) {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(userId).query(String.class).single();
        String username = jdbc.sql("SELECT username FROM app_user WHERE id = ?").param(userId).query(String.class).single();
        List<FieldProblem> problems = new ArrayList<>();
        if (current == null || !encoder.matches(current, hash)) problems.add(new FieldProblem("currentPassword", "is not your current password"));
        problems.addAll(passwordProblems(username, next, "newPassword"));
        if (next != null && !next.equals(confirmation)) problems.add(new FieldProblem("confirmation", "does not match the new password"));
        if (next != null && current != null && next.equals(current)) problems.add(new FieldProblem("newPassword", "must differ from the current password"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = FALSE, version = version + 1 WHERE id = ?")
                .params(encoder.encode(next), userId).update();
        audit.record(AuditEvent.of("PASSWORD_CHANGED", "user", username));
    }

    static List<FieldProblem> passwordProblems(String username, String password, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem(field, "must be at least " + MIN_PASSWORD_LENGTH + " characters"));
        } else if (password.length() > 200) {
            problems.add(new FieldProblem(field, "must be at most 200 characters"));
        } else if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            problems.add(new FieldProblem(field, "must not contain the username"));
        }
        return problems;
    }

    private void revokeTokens(long userId) {
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
                .params(OffsetDateTime.now(clock), userId).update();
    }

    private String temporaryPassword() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) sb.append(TEMP_ALPHABET.charAt(random.nextInt(TEMP_ALPHABET.length())));
        return sb.toString();
    }

    private Set<Role> rolesOf(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM user_role WHERE user_id = ?").param(userId).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private Map<Long, Set<Role>> rolesByUser() {
        Map<Long, Set<Role>> map = new LinkedHashMap<>();
        jdbc.sql("SELECT user_id, role FROM user_role").query((java.sql.ResultSet rs) -> {
            map.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
        });
        return map;
    }

    private static UserAccount withRoles(UserAccount u, Collection<Role> roles) {
        return new UserAccount(u.id(), u.username(), u.displayName(), u.email(), u.organisationId(), u.organisationCode(),
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), u.active(), u.locked(), u.mustChangePassword(),
                u.createdAt(), u.version());
    }

    private UserAccount map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now(clock));
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getLong("organisation_id"), rs.getString("org_code"), Set.of(),
                rs.getBoolean("active"), locked, rs.getBoolean("must_change_password"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }
}
