package be.ariadne.crypto;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, before anything is served: every configured key must reproduce the check value
 * the database recorded for it (a wrong key is refused), and every key the database has used and
 * not retired must be configured (a missing key is refused). New keys get their check recorded.
 */
@Component
class KeyVerifier implements SmartInitializingSingleton {
    static final String CHECK_TEXT = "ariadne-key-check";
    private static final Binding CHECK = new Binding("crypto_key_check", "check_value", "0");

    private final KeyProvider keys;
    private final FieldEncryption encryption;
    private final BlindIndex index;
    private final JdbcClient jdbc;
    private final Clock clock;

    KeyVerifier(KeyProvider keys, FieldEncryption encryption, BlindIndex index, JdbcClient jdbc, Clock clock) {
        this.keys = keys;
        this.encryption = encryption;
        this.index = index;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Check(int keyId, byte[] value, boolean retired) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        verify();
    }

    void verify() {
        List<Check> checks = jdbc.sql("SELECT key_id, check_value, retired FROM crypto_key_check ORDER BY key_id")
                .query((rs, n) -> new Check(rs.getInt(1), rs.getBytes(2), rs.getBoolean(3))).list();
        byte[] indexCheck = index.of(BlindIndexKind.NAME, CHECK_TEXT).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        boolean indexSeen = false;
        for (Check c : checks) {
            if (c.keyId() == 0) {
                indexSeen = true;
                if (!Arrays.equals(c.value(), indexCheck)) {
                    throw new KeyConfigurationException("the index key is not the one this database's blind indexes were made with");
                }
                continue;
            }
            if (keys.dataKey(c.keyId()) == null) {
                if (c.retired()) continue;
                throw new KeyConfigurationException("data key " + c.keyId() + " is missing: the database holds values encrypted with it");
            }
            try {
                if (!CHECK_TEXT.equals(encryption.decrypt(c.value(), CHECK))) throw new UnreadableValueException(CHECK, "check differs");
            } catch (UnreadableValueException e) {
                throw new KeyConfigurationException("data key " + c.keyId() + " is not the key this database was encrypted with");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!indexSeen) {
            jdbc.sql("INSERT INTO crypto_key_check (key_id, check_value, retired, created_at) VALUES (0, ?, FALSE, ?)")
                    .params(indexCheck, now).update();
        }
        for (int id : keys.dataKeyIds()) {
            if (checks.stream().noneMatch(c -> c.keyId() == id)) {
                jdbc.sql("INSERT INTO crypto_key_check (key_id, check_value, retired, created_at) VALUES (?, ?, FALSE, ?)")
                        .params(id, encryptWith(id), now).update();
            }
        }
    }

    private byte[] encryptWith(int id) {
        // The check is encrypted with that very key, whichever is current.
        FieldEncryption single = new FieldEncryption(new KeyProvider() {
            @Override
            public javax.crypto.SecretKey dataKey(int k) {
                return k == id ? keys.dataKey(id) : null;
            }

            @Override
            public java.util.SortedSet<Integer> dataKeyIds() {
                return new java.util.TreeSet<>(List.of(id));
            }

            @Override
            public int currentDataKeyId() {
                return id;
            }

            @Override
            public javax.crypto.SecretKey indexKey() {
                return keys.indexKey();
            }
        });
        return single.encrypt(CHECK_TEXT, CHECK);
    }
}
