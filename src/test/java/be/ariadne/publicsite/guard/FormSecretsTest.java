package be.ariadne.publicsite.guard;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.crypto.KeyProvider;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FormSecretsTest {
    static KeyProvider keys(byte fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, fill);
        return new KeyProvider() {
            @Override
            public SecretKey dataKey(int id) {
                return null;
            }

            @Override
            public SortedSet<Integer> dataKeyIds() {
                return new TreeSet<>();
            }

            @Override
            public int currentDataKeyId() {
                return 0;
            }

            @Override
            public SecretKey indexKey() {
                return new SecretKeySpec(k, "HmacSHA256");
            }
        };
    }

    @Test
    void theSameFormGivesTheSameSecretAndNothingElseDoes() {
        FormSecrets secrets = new FormSecrets(keys((byte) 1));
        String token = Secrets.token();
        assertThat(secrets.derive("report", token)).isEqualTo(secrets.derive("report", token));
        assertThat(secrets.derive("report", token)).isNotEqualTo(secrets.derive("report", Secrets.token()));
        assertThat(secrets.derive("report", token)).isNotEqualTo(secrets.derive("training", token));
        assertThat(secrets.token("training", token)).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(token);
        // Without the key, the form token alone does not give the secret.
        assertThat(new FormSecrets(keys((byte) 2)).derive("report", token)).isNotEqualTo(secrets.derive("report", token));
    }
}
