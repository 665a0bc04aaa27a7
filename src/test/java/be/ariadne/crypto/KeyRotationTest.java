package be.ariadne.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.testsupport.IntegrationTest;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Rotation: old values stay readable, a pass moves them all to the new key, a key with no value left can be retired. */
@IntegrationTest
class KeyRotationTest {
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    private final SecretKey k1 = FieldEncryptionTest.randomKey("AES");
    private final SecretKey k2 = FieldEncryptionTest.randomKey("AES");
    private final SecretKey index = FieldEncryptionTest.randomKey("HmacSHA256");
    private final EncryptedColumn column = EncryptedColumn.of("rotation_test", "id", "secret", "owner_id");

    @BeforeEach
    void table() {
        jdbc.sql("CREATE TABLE rotation_test (id BIGINT PRIMARY KEY, owner_id BIGINT NOT NULL, secret BYTEA)").update();
    }

    @AfterEach
    void drop() {
        jdbc.sql("DROP TABLE rotation_test").update();
    }

    @Test
    void aPassMovesEveryValueToTheCurrentKeyAndKeepsItReadable() {
        FieldEncryption old = new FieldEncryption(new FieldEncryptionTest.Keys(Map.of(1, k1), 1, index));
        for (int i = 1; i <= 1_200; i++) {
            jdbc.sql("INSERT INTO rotation_test (id, owner_id, secret) VALUES (?, ?, ?)")
                    .params(i, i * 10, old.encrypt("synthetic secret " + i, Binding.of("rotation_test", "secret", i * 10))).update();
        }
        jdbc.sql("INSERT INTO rotation_test (id, owner_id, secret) VALUES (5000, 1, NULL)").update();
        FieldEncryption both = new FieldEncryption(new FieldEncryptionTest.Keys(Map.of(1, k1, 2, k2), 2, index));
        KeyRotation rotation = new KeyRotation(List.of(column), both, jdbc, tx);

        assertThat(rotation.count().perKey()).containsExactly(Map.entry(1, 1_200L));
        KeyRotation.Pass pass = rotation.reencryptAll();
        assertThat(pass.reencrypted()).isEqualTo(1_200);
        assertThat(rotation.count().perKey()).containsExactly(Map.entry(2, 1_200L));
        byte[] stored = jdbc.sql("SELECT secret FROM rotation_test WHERE id = 77").query(byte[].class).single();
        assertThat(both.decrypt(stored, Binding.of("rotation_test", "secret", 770))).isEqualTo("synthetic secret 77");
        assertThat(rotation.reencryptAll().reencrypted()).as("a second pass has nothing to do").isZero();
    }

    @Test
    void aCorruptedValueIsCountedNotLostAndBlocksRetirement() {
        FieldEncryption old = new FieldEncryption(new FieldEncryptionTest.Keys(Map.of(1, k1), 1, index));
        byte[] good = old.encrypt("kept", Binding.of("rotation_test", "secret", 1));
        byte[] moved = old.encrypt("moved", Binding.of("rotation_test", "secret", 999)); // bound elsewhere: unreadable here
        jdbc.sql("INSERT INTO rotation_test (id, owner_id, secret) VALUES (1, 1, ?)").param(good).update();
        jdbc.sql("INSERT INTO rotation_test (id, owner_id, secret) VALUES (2, 2, ?)").param(moved).update();
        FieldEncryption both = new FieldEncryption(new FieldEncryptionTest.Keys(Map.of(1, k1, 2, k2), 2, index));
        KeyRotation rotation = new KeyRotation(List.of(column), both, jdbc, tx);
        KeyRotation.Pass pass = rotation.reencryptAll();
        assertThat(pass.reencrypted()).isEqualTo(1);
        assertThat(pass.unreadable()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT secret FROM rotation_test WHERE id = 2").query(byte[].class).single()).isEqualTo(moved);
        assertThatThrownBy(() -> rotation.retire(1)).hasMessageContaining("1 values are still encrypted with key 1");
    }
}
