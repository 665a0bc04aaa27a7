package be.ariadne.publicsite.training;

import be.ariadne.crypto.Binding;
import be.ariadne.crypto.FieldEncryption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The training tables. Registrants' name, organisation, role and e-mail are encrypted, bound to their row. */
@Repository
class TrainingStore {
    static final String REGISTRATIONS = "training_registration";
    private static final String SESSION_COLUMNS = """
            s.*, (SELECT COUNT(*) FROM training_registration r WHERE r.session_id = s.id AND r.status = 'REGISTERED') AS registered,
                 (SELECT COUNT(*) FROM training_registration r WHERE r.session_id = s.id AND r.status = 'WAITING') AS waiting""";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    TrainingStore(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** What the rules need of a session, read under a row lock that serialises every change of its places. */
    record LockedSession(long id, SessionStatus status, Instant startsAt, int capacity, int version) {
    }

    Optional<LockedSession> lock(long sessionId) {
        return jdbc.sql("SELECT id, status, starts_at, capacity, version FROM training_session WHERE id = ? FOR UPDATE")
                .param(sessionId)
                .query((rs, n) -> new LockedSession(rs.getLong("id"), SessionStatus.valueOf(rs.getString("status")),
                        instant(rs, "starts_at"), rs.getInt("capacity"), rs.getInt("version")))
                .optional();
    }

    long insertSession(TrainingChecks.ValidSession s, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO training_session (topic, description, language, starts_at, duration_minutes, venue, online_url,
                                              capacity, status, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?, 0)""")
                .params(s.topic(), s.description(), s.language(), utc(s.startsAt()), s.durationMinutes(), s.venue(), s.onlineUrl(),
                        s.capacity(), utc(now), utc(now))
                .update(key, "id");
        return ((Number) key.getKeys().get("id")).longValue();
    }

    int updateSession(long id, int version, TrainingChecks.ValidSession s, Instant now) {
        return jdbc.sql("""
                UPDATE training_session SET topic = ?, description = ?, language = ?, starts_at = ?, duration_minutes = ?,
                       venue = ?, online_url = ?, capacity = ?, updated_at = ?, version = version + 1
                 WHERE id = ? AND version = ?""")
                .params(s.topic(), s.description(), s.language(), utc(s.startsAt()), s.durationMinutes(), s.venue(), s.onlineUrl(),
                        s.capacity(), utc(now), id, version)
                .update();
    }

    int cancelSession(long id, int version, Instant now) {
        return jdbc.sql("UPDATE training_session SET status = 'CANCELLED', updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(utc(now), id, version).update();
    }

    Optional<TrainingSession> session(long id) {
        return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM training_session s WHERE s.id = ?").param(id)
                .query(this::mapSession).optional();
    }

    /** Sessions still to come that are open (the public list), soonest first. */
    List<TrainingSession> upcoming(Instant now) {
        return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM training_session s WHERE s.status = 'SCHEDULED' AND s.starts_at > ? ORDER BY s.starts_at, s.id")
                .param(utc(now)).query(this::mapSession).list();
    }

    /** Every session, the latest first (the organiser's list). */
    List<TrainingSession> all() {
        return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM training_session s ORDER BY s.starts_at DESC, s.id DESC")
                .query(this::mapSession).list();
    }

    int count(long sessionId, RegistrationStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM training_registration WHERE session_id = ? AND status = ?")
                .params(sessionId, status.name()).query(Integer.class).single();
    }

    long insertRegistration(long sessionId, RegistrationStatus status, String tokenHash, String submissionKey,
                            TrainingChecks.ValidRegistration r, String language, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO training_registration (session_id, status, token_hash, submission_key, consent_contact, language,
                                                   registered_at, version)
                VALUES (?, ?, ?, ?, TRUE, ?, ?, 0)""")
                .params(sessionId, status.name(), tokenHash, submissionKey, language, utc(now))
                .update(key, "id");
        long id = ((Number) key.getKeys().get("id")).longValue();
        jdbc.sql("UPDATE training_registration SET full_name = ?, organisation = ?, job_role = ?, email = ? WHERE id = ?")
                .params(enc(r.fullName(), "full_name", id), enc(r.organisation(), "organisation", id),
                        enc(r.jobRole(), "job_role", id), enc(r.email(), "email", id), id)
                .update();
        return id;
    }

    Optional<Registration> bySubmission(String submissionKey) {
        return jdbc.sql("SELECT * FROM training_registration WHERE submission_key = ?").param(submissionKey)
                .query(this::mapRegistration).optional();
    }

    Optional<Registration> byToken(String tokenHash) {
        return jdbc.sql("SELECT * FROM training_registration WHERE token_hash = ?").param(tokenHash)
                .query(this::mapRegistration).optional();
    }

    Optional<Registration> registration(long id) {
        return jdbc.sql("SELECT * FROM training_registration WHERE id = ?").param(id).query(this::mapRegistration).optional();
    }

    /** Everyone registered for a session: with a place first, then the waiting list in its order, then cancellations. */
    List<Registration> registrations(long sessionId) {
        return jdbc.sql("""
                SELECT * FROM training_registration WHERE session_id = ?
                 ORDER BY CASE status WHEN 'REGISTERED' THEN 0 WHEN 'WAITING' THEN 1 ELSE 2 END, registered_at, id""")
                .param(sessionId).query(this::mapRegistration).list();
    }

    /** The first {@code n} on the waiting list: first come, first served. */
    List<Long> firstWaiting(long sessionId, int n) {
        if (n <= 0) return List.of();
        return jdbc.sql("SELECT id FROM training_registration WHERE session_id = ? AND status = 'WAITING' ORDER BY registered_at, id LIMIT " + n)
                .param(sessionId).query(Long.class).list();
    }

    /** 1 for the first on the waiting list. */
    int waitingPosition(Registration r) {
        return 1 + jdbc.sql("""
                SELECT COUNT(*) FROM training_registration WHERE session_id = ? AND status = 'WAITING'
                   AND (registered_at < ? OR (registered_at = ? AND id < ?))""")
                .params(r.sessionId(), utc(r.registeredAt()), utc(r.registeredAt()), r.id()).query(Integer.class).single();
    }

    void promote(long id, Instant now) {
        jdbc.sql("UPDATE training_registration SET status = 'REGISTERED', promoted_at = ?, version = version + 1 WHERE id = ? AND status = 'WAITING'")
                .params(utc(now), id).update();
    }

    void cancel(long id, Instant now) {
        jdbc.sql("UPDATE training_registration SET status = 'CANCELLED', cancelled_at = ?, version = version + 1 WHERE id = ?")
                .params(utc(now), id).update();
    }

    void confirm(long id, Instant now) {
        jdbc.sql("UPDATE training_registration SET confirmed_at = ?, version = version + 1 WHERE id = ? AND confirmed_at IS NULL")
                .params(utc(now), id).update();
    }

    private TrainingSession mapSession(ResultSet rs, int n) throws SQLException {
        return new TrainingSession(rs.getLong("id"), rs.getString("topic"), rs.getString("description"), rs.getString("language"),
                instant(rs, "starts_at"), rs.getInt("duration_minutes"), rs.getString("venue"), rs.getString("online_url"),
                rs.getInt("capacity"), SessionStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                rs.getInt("registered"), rs.getInt("waiting"));
    }

    private Registration mapRegistration(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new Registration(id, rs.getLong("session_id"), RegistrationStatus.valueOf(rs.getString("status")),
                dec(rs, "full_name", id), dec(rs, "organisation", id), dec(rs, "job_role", id), dec(rs, "email", id),
                rs.getBoolean("consent_contact"), rs.getString("language"), instant(rs, "registered_at"),
                instant(rs, "confirmed_at"), instant(rs, "promoted_at"), instant(rs, "cancelled_at"));
    }

    private byte[] enc(String text, String field, long id) {
        return encryption.encrypt(text, Binding.of(REGISTRATIONS, field, id));
    }

    private String dec(ResultSet rs, String field, long id) throws SQLException {
        return encryption.decrypt(rs.getBytes(field), Binding.of(REGISTRATIONS, field, id));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
