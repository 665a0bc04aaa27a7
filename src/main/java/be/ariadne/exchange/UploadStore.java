package be.ariadne.exchange;

import be.ariadne.crypto.Binding;
import be.ariadne.crypto.FieldEncryption;
import java.security.SecureRandom;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files uploaded in the browser, kept encrypted in the database between the preview and the
 * confirmation (so that any instance behind a load balancer can confirm), for one hour at most.
 */
@Component
class UploadStore {
    static final String TABLE = "exchange_upload";
    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UploadStore(JdbcClient jdbc, FieldEncryption encryption, Clock clock) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.clock = clock;
    }

    record Upload(String token, String username, String centre, String fileName, boolean skipInvalid, boolean ignoreUnknown) {
    }

    Upload save(String username, String centre, String fileName, boolean skipInvalid, boolean ignoreUnknown, byte[] content) {
        purge();
        byte[] t = new byte[24];
        random.nextBytes(t);
        String token = HexFormat.of().formatHex(t);
        jdbc.sql("INSERT INTO exchange_upload (token, username, centre_code, file_name, skip_invalid, ignore_unknown, content, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(token, username, centre, fileName, skipInvalid, ignoreUnknown,
                        new SqlParameterValue(Types.VARBINARY, encryption.encryptBytes(content, Binding.of(TABLE, "content", token))),
                        OffsetDateTime.now(clock))
                .update();
        return new Upload(token, username, centre, fileName, skipInvalid, ignoreUnknown);
    }

    /** The upload of this user with this token, still there. */
    Optional<Upload> find(String token, String username) {
        if (token == null || !token.matches("[0-9a-f]{48}")) return Optional.empty();
        return jdbc.sql("SELECT token, username, centre_code, file_name, skip_invalid, ignore_unknown FROM exchange_upload "
                        + "WHERE token = ? AND username = ? AND created_at > ?")
                .params(token, username, OffsetDateTime.now(clock).minusHours(1))
                .query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)))
                .optional();
    }

    Optional<byte[]> content(Upload u) {
        return jdbc.sql("SELECT content FROM exchange_upload WHERE token = ?").param(u.token()).query(byte[].class).optional()
                .map(c -> encryption.decryptBytes(c, Binding.of(TABLE, "content", u.token())));
    }

    Optional<byte[]> rejected(Upload u) {
        return jdbc.sql("SELECT rejected FROM exchange_upload WHERE token = ?").param(u.token()).query(byte[].class).optional()
                .map(c -> encryption.decryptBytes(c, Binding.of(TABLE, "rejected", u.token())));
    }

    /** After the import: the content is dropped, the rejected rows (if any) kept for download until the upload expires. */
    void imported(Upload u, byte[] rejected) {
        if (rejected == null || rejected.length == 0) {
            delete(u);
            return;
        }
        jdbc.sql("UPDATE exchange_upload SET content = NULL, rejected = ? WHERE token = ?")
                .params(new SqlParameterValue(Types.VARBINARY, encryption.encryptBytes(rejected, Binding.of(TABLE, "rejected", u.token()))), u.token())
                .update();
    }

    void delete(Upload u) {
        jdbc.sql("DELETE FROM exchange_upload WHERE token = ?").param(u.token()).update();
    }

    private void purge() {
        jdbc.sql("DELETE FROM exchange_upload WHERE created_at < ?").param(OffsetDateTime.now(clock).minusHours(1)).update();
    }
}
