package be.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.crypto.Binding;
import be.ariadne.crypto.EncryptedColumn;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.crypto.KeyRotation;
import be.ariadne.testsupport.Api;
import be.ariadne.testsupport.IntegrationTest;
import be.ariadne.testsupport.TestDatabaseEnvironment;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Key rotation can only move the values it knows of: every binary column of the schema must be
 * declared as an {@link EncryptedColumn} (except the two that are not personal data), and each
 * declared binding must be the one the value was written with (every value of a fresh case decrypts
 * through its declaration).
 */
@IntegrationTest
class EncryptedColumnsCoverageTest {
    static final Set<String> NOT_ENCRYPTED_DATA = Set.of("spring_session_attributes.attribute_bytes", "crypto_key_check.check_value");
    @LocalServerPort int port;
    @Autowired PrivacyFixtures fx;
    @Autowired JdbcClient jdbc;
    @Autowired KeyRotation rotation;
    @Autowired FieldEncryption encryption;

    @Test
    void everyBinaryColumnIsKnownToKeyRotationWithItsBinding() {
        fx.rich(new Api(port), port, LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 2));
        String schema = TestDatabaseEnvironment.postgres() ? jdbc.sql("SELECT current_schema()").query(String.class).single() : "public";
        List<String> binary = jdbc.sql("SELECT table_name || '.' || column_name FROM information_schema.columns WHERE LOWER(table_schema) = ? "
                        + "AND (LOWER(data_type) LIKE '%binary%' OR LOWER(data_type) = 'bytea' OR LOWER(data_type) LIKE '%blob%')")
                .param(schema.toLowerCase(Locale.ROOT)).query(String.class).list();
        assertThat(binary).hasSizeGreaterThan(40);
        List<String> declared = rotation.columns().stream().map(c -> c.table() + "." + c.valueColumn()).toList();
        assertThat(declared).doesNotHaveDuplicates();
        assertThat(binary.stream().filter(c -> !NOT_ENCRYPTED_DATA.contains(c)).toList()).containsExactlyInAnyOrderElementsOf(declared);

        long checked = 0;
        for (EncryptedColumn c : rotation.columns()) {
            List<Object[]> rows = jdbc.sql("SELECT " + c.bindingRecordColumn() + ", " + c.valueColumn() + " FROM " + c.table() + " WHERE "
                    + c.valueColumn() + " IS NOT NULL").query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2)}).list();
            for (Object[] r : rows) {
                encryption.decryptBytes((byte[]) r[1], Binding.of(c.bindingTable(), c.bindingField(), r[0]));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }
}
