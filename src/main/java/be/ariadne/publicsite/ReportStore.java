package be.ariadne.publicsite;

import be.ariadne.crypto.Binding;
import be.ariadne.crypto.FieldEncryption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables of reported concerns. Free texts and contact details are encrypted, each bound to its
 * table, field and row, so that a ciphertext moved to another report does not decrypt.
 */
@Repository
class ReportStore {
    static final String TABLE = "concern_report";
    static final String ADDITIONS = "concern_report_addition";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;

    ReportStore(JdbcClient jdbc, FieldEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    Optional<Long> idByReceipt(String receiptHash) {
        return jdbc.sql("SELECT id FROM concern_report WHERE receipt_hash = ?").param(receiptHash).query(Long.class).optional();
    }

    /** Stores the report; a second report with the same receipt fails with a duplicate key. */
    long insert(Concern c, String receiptHash, Instant receivedAt, String language) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO concern_report (receipt_hash, received_at, urgent, postal_code, municipality, seen_on, ongoing,
                                            signs, self_check_used, anonymous, language)
                VALUES (:receipt, :at, :urgent, :postal, :municipality, :seenOn, :ongoing, :signs, :selfCheck, :anonymous, :language)""")
                .param("receipt", receiptHash)
                .param("at", OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC))
                .param("urgent", c.urgent())
                .param("postal", c.postalCode())
                .param("municipality", c.municipality())
                .param("seenOn", c.seenOn())
                .param("ongoing", c.ongoing())
                .param("signs", String.join(" ", c.signs()))
                .param("selfCheck", c.fromSelfCheck())
                .param("anonymous", c.contact() == null)
                .param("language", language)
                .update(key, "id");
        long id = generatedId(key);
        PublicReport.Contact contact = c.contact();
        jdbc.sql("""
                UPDATE concern_report SET what_seen = :what_seen, place_detail = :place_detail, about_whom = :about_whom,
                       other_sign = :other_sign, reporter_name = :reporter_name, reporter_phone = :reporter_phone,
                       reporter_email = :reporter_email, contact_notes = :contact_notes
                 WHERE id = :id""")
                .param("what_seen", enc(c.whatSeen(), "what_seen", id))
                .param("place_detail", enc(c.place(), "place_detail", id))
                .param("about_whom", enc(c.aboutWhom(), "about_whom", id))
                .param("other_sign", enc(c.otherSigns(), "other_sign", id))
                .param("reporter_name", enc(contact == null ? null : contact.name(), "reporter_name", id))
                .param("reporter_phone", enc(contact == null ? null : contact.phone(), "reporter_phone", id))
                .param("reporter_email", enc(contact == null ? null : contact.email(), "reporter_email", id))
                .param("contact_notes", enc(contact == null ? null : contact.notes(), "contact_notes", id))
                .param("id", id)
                .update();
        return id;
    }

    /** Appends information to a report; a second addition with the same submission key fails with a duplicate key. */
    long addition(long reportId, String submissionKey, String text, Instant receivedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO concern_report_addition (report_id, submission_key, received_at) VALUES (?, ?, ?)")
                .params(reportId, submissionKey, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC))
                .update(key, "id");
        long id = generatedId(key);
        jdbc.sql("UPDATE concern_report_addition SET content = ? WHERE id = ?")
                .params(encryption.encrypt(text, Binding.of(ADDITIONS, "content", id)), id).update();
        return id;
    }

    boolean additionExists(String submissionKey) {
        return jdbc.sql("SELECT COUNT(*) FROM concern_report_addition WHERE submission_key = ?").param(submissionKey)
                .query(Long.class).single() > 0;
    }

    Optional<PublicReport> find(long id) {
        List<PublicReport.Addition> additions = jdbc.sql(
                        "SELECT id, received_at, content FROM concern_report_addition WHERE report_id = ? ORDER BY received_at, id")
                .param(id)
                .query((rs, n) -> new PublicReport.Addition(rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                        encryption.decrypt(rs.getBytes("content"), Binding.of(ADDITIONS, "content", rs.getLong("id")))))
                .list();
        return jdbc.sql("SELECT * FROM concern_report WHERE id = ?").param(id)
                .query((rs, n) -> map(rs, additions)).optional();
    }

    /** Ids of the reports no centre has taken yet, oldest first. */
    List<Long> unrouted(int limit) {
        return jdbc.sql("SELECT id FROM concern_report WHERE routed_centre IS NULL ORDER BY received_at, id LIMIT " + Math.max(1, limit))
                .query(Long.class).list();
    }

    Optional<String> routedCentre(long id) {
        return jdbc.sql("SELECT routed_centre FROM concern_report WHERE id = ?").param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM concern_report WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    void markRouted(long id, String centreCode, Instant at) {
        jdbc.sql("UPDATE concern_report SET routed_centre = ?, routed_at = ? WHERE id = ?")
                .params(centreCode, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id).update();
    }

    private PublicReport map(ResultSet rs, List<PublicReport.Addition> additions) throws SQLException {
        long id = rs.getLong("id");
        PublicReport.Contact contact = null;
        if (!rs.getBoolean("anonymous")) {
            contact = new PublicReport.Contact(dec(rs, "reporter_name", id), dec(rs, "reporter_phone", id),
                    dec(rs, "reporter_email", id), dec(rs, "contact_notes", id));
        }
        String signs = rs.getString("signs");
        OffsetDateTime routedAt = rs.getObject("routed_at", OffsetDateTime.class);
        return new PublicReport(id,
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("urgent"),
                rs.getString("postal_code"),
                rs.getString("municipality"),
                dec(rs, "place_detail", id),
                rs.getObject("seen_on", LocalDate.class),
                rs.getBoolean("ongoing"),
                dec(rs, "what_seen", id),
                dec(rs, "about_whom", id),
                signs == null || signs.isBlank() ? List.of() : Arrays.asList(signs.split(" ")),
                dec(rs, "other_sign", id),
                rs.getBoolean("self_check_used"),
                rs.getString("language"),
                contact,
                additions,
                rs.getString("routed_centre"),
                routedAt == null ? null : routedAt.toInstant());
    }

    static long generatedId(KeyHolder key) {
        return ((Number) key.getKeys().get("id")).longValue();
    }

    private byte[] enc(String text, String field, long id) {
        return encryption.encrypt(text, Binding.of(TABLE, field, id));
    }

    private String dec(ResultSet rs, String field, long id) throws SQLException {
        return encryption.decrypt(rs.getBytes(field), Binding.of(TABLE, field, id));
    }
}
