package be.ariadne.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant AT = Instant.parse("2026-03-02T10:15:30.123456Z");

    @Test
    void theSameEntryHashesTheSame() {
        String a = AuditChain.hash(AuditChain.GENESIS, 1, AT, "caseworker", "PAG_ASA", "CASE_READ", "case", "C-1", null, "SUCCESS", null);
        String b = AuditChain.hash(AuditChain.GENESIS, 1, AT, "caseworker", "PAG_ASA", "CASE_READ", "case", "C-1", null, "SUCCESS", null);
        assertThat(a).isEqualTo(b).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void everyFieldAndThePreviousHashCountsIn() {
        String base = AuditChain.hash(AuditChain.GENESIS, 1, AT, "u", "O", "A", "t", "i", "p", "SUCCESS", "d");
        assertThat(AuditChain.hash("1".repeat(64), 1, AT, "u", "O", "A", "t", "i", "p", "SUCCESS", "d")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 2, AT, "u", "O", "A", "t", "i", "p", "SUCCESS", "d")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT.plusNanos(1000), "u", "O", "A", "t", "i", "p", "SUCCESS", "d")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, "v", "O", "A", "t", "i", "p", "SUCCESS", "d")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, "u", "O", "A", "t", "i", "p", "FAILURE", "d")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, "u", "O", "A", "t", "i", "p", "SUCCESS", null)).isNotEqualTo(base);
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        String a = AuditChain.hash(AuditChain.GENESIS, 1, AT, "ab", "c", "A", null, null, null, "SUCCESS", null);
        String b = AuditChain.hash(AuditChain.GENESIS, 1, AT, "a", "bc", "A", null, null, null, "SUCCESS", null);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void anEmptyFieldIsNotAnAbsentOne() {
        String a = AuditChain.hash(AuditChain.GENESIS, 1, AT, "u", "", "A", null, null, null, "SUCCESS", null);
        String b = AuditChain.hash(AuditChain.GENESIS, 1, AT, "u", null, "A", null, null, null, "SUCCESS", null);
        assertThat(a).isNotEqualTo(b);
    }
}
