package be.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.AriadneApplication;
import be.ariadne.crypto.Binding;
import be.ariadne.crypto.BlindIndex;
import be.ariadne.crypto.BlindIndexKind;
import be.ariadne.crypto.EncryptedColumn;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.crypto.KeyProvider;
import be.ariadne.crypto.KeyRotation;
import be.ariadne.crypto.UnreadableValueException;
import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.TestDatabaseEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Backups that stay safe: a backup (H2 {@code SCRIPT TO}; on PostgreSQL {@code pg_dump}) holds no
 * plaintext of the people; restored into an empty database it has every case, every encrypted value
 * decrypts with the keys, none without them, and the application refuses to start on it with a
 * wrong key. The H2 database file itself is scanned for plaintext too.
 */
@IntegrationTest
class BackupRestoreTest {
    @LocalServerPort int port;
    @Autowired PrivacyFixtures fx;
    @Autowired JdbcClient jdbc;
    @Autowired KeyRotation rotation;
    @Autowired FieldEncryption encryption;
    @Autowired BlindIndex blindIndex;
    @TempDir Path dir;

    @Test
    void aRestoredBackupIsReadableWithTheKeysAndUselessWithoutThem() throws Exception {
        Api api = new Api(port);
        List<PrivacyFixtures.Person> people = List.of(fx.rich(api, port, LocalDate.of(2024, 5, 1), null),
                fx.rich(api, port, LocalDate.of(2024, 5, 2), null));
        String canary = PrivacyFixtures.unique("Canarybackup");
        jdbc.sql("INSERT INTO app_setting (name, setting_value, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)").params("test." + canary, canary).update();
        Restored restored;
        try {
            restored = TestDatabaseEnvironment.postgres() ? pgDumpAndRestore() : h2ScriptAndRestore();
        } finally {
            jdbc.sql("DELETE FROM app_setting WHERE name = ?").param("test." + canary).update();
        }
        try {
            byte[] backup = Files.readAllBytes(restored.backupFile());
            assertThat(contains(backup, canary)).as("the scan sees plain text in the backup").isTrue();
            assertThat(contains(backup, people.get(0).code())).isTrue();
            for (PrivacyFixtures.Person p : people) assertThat(leaks(backup, p)).as("backup " + p.code()).isEmpty();

            JdbcClient r = JdbcClient.create(restored.dataSource());
            assertThat(r.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single())
                    .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single());
            // every value the live database can decrypt, the restored one can too, with the keys; none without them
            FieldEncryption withoutKeys = new FieldEncryption(randomKeys());
            long total = 0;
            for (EncryptedColumn c : rotation.columns()) {
                int[] live = decryptable(jdbc, c, encryption);
                int[] back = decryptable(r, c, encryption);
                assertThat(back).as(c.toString()).containsExactly(live);
                assertThat(decryptable(r, c, withoutKeys)[1]).as(c + " without the keys").isZero();
                total += back[1];
            }
            assertThat(total).isGreaterThan(20);
            for (PrivacyFixtures.Person p : people) {
                long id = r.sql("SELECT id FROM case_file WHERE code = ?").param(p.code()).query(Long.class).single();
                byte[] last = r.sql("SELECT last_name FROM case_identity WHERE case_id = ?").param(id).query(byte[].class).single();
                assertThat(encryption.decrypt(last, Binding.of("case_identity", "last_name", id))).isEqualTo(p.lastName());
                assertThat(r.sql("SELECT case_id FROM case_blind_index WHERE index_hash = ?").param(blindIndex.of(BlindIndexKind.NAME, p.lastName()))
                        .query(Long.class).list()).contains(id);
            }
            // the application refuses to start on the restored database with a wrong key
            assertThatThrownBy(() -> new SpringApplicationBuilder(AriadneApplication.class).web(WebApplicationType.NONE).run(
                    "--ariadne.test.keep-datasource=true", "--spring.main.banner-mode=off", "--spring.datasource.url=" + restored.url(),
                    "--spring.datasource.username=" + restored.user(), "--spring.datasource.password=",
                    "--ariadne.crypto.data-keys=1:" + TestDatabaseEnvironment.testKey("not-the-key"),
                    "--ariadne.crypto.index-key=" + TestDatabaseEnvironment.testKey("index")).close())
                    .hasStackTraceContaining("data key 1 is not the key this database was encrypted with");
        } finally {
            restored.dataSource().destroy();
            restored.cleanup().run();
        }
    }

    @Test
    void theH2DatabaseFileHoldsNoPlaintextOfAKnownIdentity() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabaseEnvironment.postgres(), "an H2 file exists only on H2");
        Api api = new Api(port);
        PrivacyFixtures.Person p = fx.rich(api, port, LocalDate.of(2024, 6, 1), null);
        String canary = PrivacyFixtures.unique("Canaryfile");
        jdbc.sql("INSERT INTO app_setting (name, setting_value, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)").params("test." + canary, canary).update();
        Restored copy;
        try {
            copy = h2ScriptAndRestore(); // the same data, in an H2 database file like the application's ./data/ariadne.mv.db
        } finally {
            jdbc.sql("DELETE FROM app_setting WHERE name = ?").param("test." + canary).update();
        }
        JdbcClient.create(copy.dataSource()).sql("SHUTDOWN").update();
        copy.dataSource().destroy();
        Path file = dir.resolve("restored.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(10_000);
        assertThat(contains(bytes, "PAG_ASA")).as("the scan sees plain text in the file").isTrue();
        assertThat(contains(bytes, canary)).as("the scan sees plain text in the file").isTrue();
        assertThat(leaks(bytes, p)).isEmpty();
    }

    record Restored(String url, String user, SingleConnectionDataSource dataSource, Path backupFile, Runnable cleanup) {
    }

    private Restored h2ScriptAndRestore() {
        Path script = dir.resolve("backup.sql");
        jdbc.sql("SCRIPT TO '" + script.toAbsolutePath() + "'").query(rs -> { });
        String url = "jdbc:h2:file:" + dir.resolve("restored").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url, "sa", "", true);
        JdbcClient.create(ds).sql("RUNSCRIPT FROM '" + script.toAbsolutePath() + "'").update();
        return new Restored(url, "sa", ds, script, () -> { });
    }

    private Restored pgDumpAndRestore() throws IOException, InterruptedException {
        String schema = jdbc.sql("SELECT current_schema()").query(String.class).single();
        String db = "ariadne_restore_" + ProcessHandle.current().pid();
        Path dump = dir.resolve("backup.dump");
        run("pg_dump", "-h", "127.0.0.1", "-U", TestDatabaseEnvironment.pgUser(), "-d", "test", "-n", schema, "-Fc", "-f", dump.toString());
        jdbc.sql("DROP DATABASE IF EXISTS " + db).update();
        jdbc.sql("CREATE DATABASE " + db).update();
        run("pg_restore", "-h", "127.0.0.1", "-U", TestDatabaseEnvironment.pgUser(), "-d", db, "--no-owner", dump.toString());
        String url = "jdbc:postgresql://127.0.0.1:5432/" + db + "?currentSchema=" + schema;
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url, TestDatabaseEnvironment.pgUser(), "", true);
        // a custom-format dump is compressed: scan a plain SQL dump of the restored database instead
        Path plain = dir.resolve("backup-plain.sql");
        run("pg_dump", "-h", "127.0.0.1", "-U", TestDatabaseEnvironment.pgUser(), "-d", db, "-n", schema, "-f", plain.toString());
        return new Restored(url, TestDatabaseEnvironment.pgUser(), ds, plain, () -> jdbc.sql("DROP DATABASE IF EXISTS " + db).update());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
    }

    /** {examined, decrypted} over the column's non-null values. */
    private static int[] decryptable(JdbcClient db, EncryptedColumn c, FieldEncryption enc) {
        int[] n = new int[2];
        db.sql("SELECT " + c.bindingRecordColumn() + ", " + c.valueColumn() + " FROM " + c.table() + " WHERE " + c.valueColumn() + " IS NOT NULL")
                .query(rs -> {
                    n[0]++;
                    try {
                        enc.decryptBytes(rs.getBytes(2), Binding.of(c.bindingTable(), c.bindingField(), rs.getString(1)));
                        n[1]++;
                    } catch (UnreadableValueException e) {
                        // counted as not decryptable
                    }
                });
        return n;
    }

    private static List<String> leaks(byte[] bytes, PrivacyFixtures.Person p) {
        List<String> found = new ArrayList<>();
        for (String needle : List.of(p.lastName(), p.lastName().toLowerCase(Locale.ROOT), p.document(), p.phone(), p.phone().replace(" ", ""),
                "1990-05-06", "Shelter for " + p.lastName(), "Support note about " + p.lastName())) {
            if (contains(bytes, needle)) found.add(needle);
            if (contains(bytes, HexFormat.of().formatHex(needle.getBytes(StandardCharsets.UTF_8)))) found.add("hex of " + needle);
        }
        return found;
    }

    private static boolean contains(byte[] hay, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= hay.length; i++) {
            for (int j = 0; j < n.length; j++) if (hay[i + j] != n[j]) continue outer;
            return true;
        }
        return false;
    }

    private static KeyProvider randomKeys() {
        SecureRandom random = new SecureRandom();
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        random.nextBytes(a);
        random.nextBytes(b);
        SecretKey data = new SecretKeySpec(a, "AES");
        SecretKey index = new SecretKeySpec(b, "HmacSHA256");
        return new KeyProvider() {
            @Override
            public SecretKey dataKey(int id) {
                return id == 1 ? data : null;
            }

            @Override
            public SortedSet<Integer> dataKeyIds() {
                return new TreeSet<>(List.of(1));
            }

            @Override
            public int currentDataKeyId() {
                return 1;
            }

            @Override
            public SecretKey indexKey() {
                return index;
            }
        };
    }
}
