package be.ariadne.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BlindIndexTest {
    private final BlindIndex index = new BlindIndex(new FieldEncryptionTest.Keys(Map.of(1, FieldEncryptionTest.randomKey("AES")), 1,
            FieldEncryptionTest.randomKey("HmacSHA256")));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NAME | José  Dávila | jose davila",
            "NAME | JEAN-LUC d'Ørsted | jean luc d ørsted",
            "NAME | '  Zoë   Testova ' | zoe testova",
            "BIRTH_DATE | 1999-04-07 | 1999-04-07",
            "BIRTH_DATE | 7/4/1999 | 1999-04-07",
            "BIRTH_DATE | 07.04.1999 | 1999-04-07",
            "DOCUMENT_NUMBER | xa 12-34.56 | XA123456",
            "PHONE | 0470 12 34 56 | +32470123456",
            "PHONE | +32 470/12.34.56 | +32470123456",
            "PHONE | 0032470123456 | +32470123456",
    })
    void normalises(BlindIndexKind kind, String raw, String expected) {
        assertThat(BlindIndex.normalise(kind, raw)).isEqualTo(expected);
    }

    @Test
    void equalAfterNormalisationMeansTheSameIndex() {
        assertThat(index.of(BlindIndexKind.PHONE, "0470 12 34 56")).isEqualTo(index.of(BlindIndexKind.PHONE, "+32470123456"));
        assertThat(index.of(BlindIndexKind.NAME, "Dávila")).isEqualTo(index.of(BlindIndexKind.NAME, "davila"));
        assertThat(index.of(BlindIndexKind.NAME, "Davila")).isNotEqualTo(index.of(BlindIndexKind.NAME, "Davilo"));
        assertThat(index.of(BlindIndexKind.NAME, "  ")).isNull();
    }

    @Test
    void theKindAndTheKeyCountIn() {
        assertThat(index.of(BlindIndexKind.NAME, "1999")).isNotEqualTo(index.of(BlindIndexKind.DOCUMENT_NUMBER, "1999"));
        BlindIndex other = new BlindIndex(new FieldEncryptionTest.Keys(Map.of(1, FieldEncryptionTest.randomKey("AES")), 1,
                FieldEncryptionTest.randomKey("HmacSHA256")));
        assertThat(other.of(BlindIndexKind.NAME, "Testova")).isNotEqualTo(index.of(BlindIndexKind.NAME, "Testova"));
        assertThat(index.of(BlindIndexKind.NAME, "Testova")).hasSize(64).doesNotContainIgnoringCase("testova");
    }
}
