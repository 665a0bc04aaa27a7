package be.ariadne.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FieldEncryptionTest {
    static SecretKey randomKey(String alg) {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return new SecretKeySpec(k, alg);
    }

    /** Keys in memory, for tests. */
    record Keys(Map<Integer, SecretKey> data, int current, SecretKey index) implements KeyProvider {
        @Override
        public SecretKey dataKey(int id) {
            return data.get(id);
        }

        @Override
        public SortedSet<Integer> dataKeyIds() {
            return new TreeSet<>(data.keySet());
        }

        @Override
        public int currentDataKeyId() {
            return current;
        }

        @Override
        public SecretKey indexKey() {
            return index;
        }
    }

    private final SecretKey k1 = randomKey("AES");
    private final SecretKey k2 = randomKey("AES");
    private final FieldEncryption enc = new FieldEncryption(new Keys(Map.of(1, k1), 1, randomKey("HmacSHA256")));
    private final Binding name = Binding.of("case_identity", "first_name", 42);

    @Test
    void roundTripsAndUsesAFreshNonceEveryTime() {
        byte[] a = enc.encrypt("Zorana Testova", name);
        byte[] b = enc.encrypt("Zorana Testova", name);
        assertThat(a).isNotEqualTo(b);
        assertThat(enc.decrypt(a, name)).isEqualTo("Zorana Testova");
        assertThat(enc.decrypt(b, name)).isEqualTo("Zorana Testova");
        assertThat(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Zorana");
        assertThat(FieldEncryption.keyIdOf(a)).isEqualTo(1);
    }

    @Test
    void aCiphertextMovedToAnotherRowOrFieldDoesNotDecrypt() {
        byte[] c = enc.encrypt("Zorana", name);
        assertThatThrownBy(() -> enc.decrypt(c, Binding.of("case_identity", "first_name", 43)))
                .isInstanceOf(UnreadableValueException.class).hasMessageContaining("case_identity.first_name#43");
        assertThatThrownBy(() -> enc.decrypt(c, Binding.of("case_identity", "last_name", 42)))
                .isInstanceOf(UnreadableValueException.class);
    }

    @Test
    void aCorruptedValueIsReportedUnreadable() {
        byte[] c = enc.encrypt("Zorana", name);
        c[c.length - 3] ^= 0x01;
        assertThatThrownBy(() -> enc.decrypt(c, name)).isInstanceOf(UnreadableValueException.class)
                .hasMessageContaining("authentication failed");
        assertThatThrownBy(() -> enc.decrypt(new byte[] {1, 2, 3}, name)).isInstanceOf(UnreadableValueException.class);
    }

    @Test
    void afterRotationOldValuesStayReadableAndReencryptionMovesThemToTheNewKey() {
        byte[] old = enc.encrypt("Zorana", name);
        FieldEncryption both = new FieldEncryption(new Keys(Map.of(1, k1, 2, k2), 2, randomKey("HmacSHA256")));
        assertThat(both.decrypt(old, name)).isEqualTo("Zorana");
        byte[] fresh = both.reencrypt(old, name);
        assertThat(FieldEncryption.keyIdOf(fresh)).isEqualTo(2);
        assertThat(both.decrypt(fresh, name)).isEqualTo("Zorana");
        FieldEncryption onlyOld = new FieldEncryption(new Keys(Map.of(1, k1), 1, randomKey("HmacSHA256")));
        assertThatThrownBy(() -> onlyOld.decrypt(fresh, name)).hasMessageContaining("data key 2 is not configured");
    }

    @Test
    void theWrongKeyCannotRead() {
        byte[] c = enc.encrypt("Zorana", name);
        FieldEncryption other = new FieldEncryption(new Keys(Map.of(1, k2), 1, randomKey("HmacSHA256")));
        assertThatThrownBy(() -> other.decrypt(c, name)).isInstanceOf(UnreadableValueException.class);
    }

    @Test
    void documentsRoundTrip() {
        byte[] pdf = "%PDF-1.7 synthetic".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Binding doc = Binding.of("case_document", "content", 7);
        assertThat(enc.decryptBytes(enc.encryptBytes(pdf, doc), doc)).isEqualTo(pdf);
    }
}
