package be.ariadne.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation without downtime: after a new data key is made current, new writes use it at once;
 * this moves the values still under older keys, page by page, each page in its own short
 * transaction, while the application keeps serving. A value changed by a user in the meantime is
 * left alone (it is already under the new key). Counts values per key, for the operator.
 */
@Component
public class KeyRotation {
    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
    static final int PAGE = 1000;
    private final List<EncryptedColumn> columns;
    private final FieldEncryption encryption;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    KeyRotation(List<EncryptedColumn> columns, FieldEncryption encryption, JdbcClient jdbc, TransactionTemplate tx) {
        this.columns = List.copyOf(columns);
        this.encryption = encryption;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** How many stored values are under each key id (-1: not an Ariadne ciphertext). */
    public record KeyCount(Map<Integer, Long> perKey, long total) {
        public long underOtherThan(int keyId) {
            return perKey.entrySet().stream().filter(e -> e.getKey() != keyId).mapToLong(Map.Entry::getValue).sum();
        }
    }

    /** The outcome of a re-encryption pass. */
    public record Pass(long examined, long reencrypted, long skippedChanged, long unreadable) {
    }

    public List<EncryptedColumn> columns() {
        return columns;
    }

    public KeyCount count() {
        Map<Integer, Long> perKey = new TreeMap<>();
        long total = 0;
        for (EncryptedColumn c : columns) {
            long after = Long.MIN_VALUE;
            while (true) {
                List<Row> rows = page(c, after);
                if (rows.isEmpty()) break;
                for (Row r : rows) {
                    perKey.merge(FieldEncryption.keyIdOf(r.value()), 1L, Long::sum);
                    total++;
                }
                after = rows.get(rows.size() - 1).key();
            }
        }
        return new KeyCount(perKey, total);
    }

    /** One pass over every column: every value not under the current key is re-encrypted under it. */
    public Pass reencryptAll() {
        long examined = 0, moved = 0, changed = 0, unreadable = 0;
        int current = encryption.currentKeyId();
        for (EncryptedColumn c : columns) {
            long after = Long.MIN_VALUE;
            while (true) {
                List<Row> rows = page(c, after);
                if (rows.isEmpty()) break;
                List<Row> old = new ArrayList<>();
                for (Row r : rows) {
                    if (FieldEncryption.keyIdOf(r.value()) != current) old.add(r);
                }
                examined += rows.size();
                if (!old.isEmpty()) {
                    long[] result = tx.execute(s -> reencrypt(c, old));
                    moved += result[0];
                    changed += result[1];
                    unreadable += result[2];
                }
                after = rows.get(rows.size() - 1).key();
            }
        }
        if (moved > 0 || unreadable > 0) {
            log.info("re-encryption pass: {} values examined, {} moved to key {}, {} changed meanwhile, {} unreadable",
                    examined, moved, current, changed, unreadable);
        }
        return new Pass(examined, moved, changed, unreadable);
    }

    /**
     * Re-encrypts a page's old values in one statement (a MERGE of the new ciphertexts, on H2 and
     * PostgreSQL alike): a row whose value changed since it was read (a user's edit, already under
     * the new key) does not match and is left alone.
     */
    private long[] reencrypt(EncryptedColumn c, List<Row> rows) {
        long unreadable = 0;
        List<Object> params = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (Row r : rows) {
            Binding b = Binding.of(c.bindingTable(), c.bindingField(), r.record());
            byte[] fresh;
            try {
                fresh = encryption.reencrypt(r.value(), b);
            } catch (UnreadableValueException e) {
                unreadable++;
                log.warn("cannot re-encrypt {}: {}", b, e.getMessage());
                continue;
            }
            if (!values.isEmpty()) values.append(", ");
            values.append("(CAST(? AS BIGINT), CAST(? AS BYTEA), CAST(? AS BYTEA))");
            params.add(r.key());
            params.add(r.value());
            params.add(fresh);
        }
        if (params.isEmpty()) return new long[] {0, 0, unreadable};
        long candidates = params.size() / 3;
        String sql = "MERGE INTO " + c.table() + " t USING (VALUES " + values + ") AS x (k, old_value, new_value) ON t." + c.keyColumn()
                + " = x.k AND t." + c.valueColumn() + " = x.old_value WHEN MATCHED THEN UPDATE SET " + c.valueColumn() + " = x.new_value";
        long moved = jdbc.sql(sql).params(params).update();
        return new long[] {moved, candidates - moved, unreadable};
    }

    private record Row(long key, String record, byte[] value) {
    }

    private List<Row> page(EncryptedColumn c, long after) {
        String sql = "SELECT " + c.keyColumn() + ", " + c.bindingRecordColumn() + ", " + c.valueColumn() + " FROM " + c.table()
                + " WHERE " + c.keyColumn() + " > ? AND " + c.valueColumn() + " IS NOT NULL ORDER BY " + c.keyColumn()
                + " LIMIT " + PAGE;
        return jdbc.sql(sql).param(after).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBytes(3))).list();
    }

    /** Marks a key retired (no longer required at start-up) once no value uses it. */
    public void retire(int keyId) {
        if (keyId == encryption.currentKeyId()) throw new IllegalStateException("key " + keyId + " is the current key");
        long left = count().perKey().getOrDefault(keyId, 0L);
        if (left > 0) throw new IllegalStateException(left + " values are still encrypted with key " + keyId + ": run 'keys reencrypt' first");
        jdbc.sql("UPDATE crypto_key_check SET retired = TRUE WHERE key_id = ?").param(keyId).update();
    }
}
