package be.ariadne.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptCodeTest {
    @Test
    void aCodeIsFourGroupsOfFourUnambiguousCharacters() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String code = ReceiptCode.of(bytes);
            assertThat(code).matches("[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}");
            assertThat(code).doesNotContain("0", "O", "1", "I", "L", "U");
            assertThat(ReceiptCode.canonical(code)).contains(code);
            seen.add(code);
        }
        assertThat(seen).hasSize(2000);
    }

    @Test
    void aCodeIsSpelledFromBytesTheSameWayEveryTime() {
        byte[] bytes = new byte[32];
        bytes[31] = 1;
        assertThat(ReceiptCode.of(bytes)).isEqualTo("3222-2222-2222-2222");
        assertThat(ReceiptCode.of(bytes.clone())).isEqualTo(ReceiptCode.of(bytes));
    }

    @ParameterizedTest
    @CsvSource({
            "abcd-efgh-jkmn-pqrs, ABCD-EFGH-JKMN-PQRS",
            "ABCDEFGHJKMNPQRS, ABCD-EFGH-JKMN-PQRS",
            "' abcd efgh jkmn pqrs ', ABCD-EFGH-JKMN-PQRS",
            "ABCD.EFGH.JKMN.PQRS, ABCD-EFGH-JKMN-PQRS"})
    void whatPeopleTypeIsReadAsTheCode(String typed, String canonical) {
        assertThat(ReceiptCode.canonical(typed)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABCD-EFGH-JKMN", "ABCD-EFGH-JKMN-PQRS-T", "ABCD-EFGH-JKMN-PQR0", "ABCD-EFGH-JKMN-PQRI",
            "ABCD-EFGH-JKMN-PQR%", "ABCD-EFGH-JKMN-PQRU"})
    void anythingElseIsNotACode(String typed) {
        assertThat(ReceiptCode.canonical(typed)).isEmpty();
    }

    @Test
    void onlyAHashIsStoredAndItDependsOnEveryCharacter() {
        String h1 = ReceiptCode.hash("ABCD-EFGH-JKMN-PQRS");
        assertThat(h1).hasSize(64).isEqualTo(ReceiptCode.hash("ABCD-EFGH-JKMN-PQRS")).doesNotContain("ABCD");
        assertThat(ReceiptCode.hash("ABCD-EFGH-JKMN-PQRT")).isNotEqualTo(h1);
    }
}
