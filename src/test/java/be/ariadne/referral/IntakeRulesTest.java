package be.ariadne.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.referral.IntakeRules.Status;
import be.ariadne.referral.IntakeRules.Step;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which step a referral may take from which status, and the rule that refuses it. */
class IntakeRulesTest {
    @ParameterizedTest(name = "{0} {1} to {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "SENT,       ACCEPT,     -,       -",
            "SENT,       DECLINE,    -,       -",
            "SENT,       REDIRECT,   PAYOKE,  -",
            "SENT,       REDIRECT,   PAG_ASA, SAME_CENTRE",
            "REDIRECTED, ACCEPT,     -,       -",
            "REDIRECTED, REDIRECT,   SURYA,   -",
            "ACCEPTED,   ACCEPT,     -,       ALREADY_DECIDED",
            "ACCEPTED,   DECLINE,    -,       ALREADY_DECIDED",
            "ACCEPTED,   REDIRECT,   PAYOKE,  ALREADY_DECIDED",
            "DECLINED,   ACCEPT,     -,       ALREADY_DECIDED",
            "DECLINED,   REDIRECT,   PAYOKE,  ALREADY_DECIDED",
            "DECLINED,   SEND_AGAIN, PAYOKE,  -",
            "DECLINED,   SEND_AGAIN, SURYA,   CENTRE_ALREADY_DECLINED",
            "ACCEPTED,   SEND_AGAIN, PAYOKE,  ALREADY_ACCEPTED",
            "SENT,       SEND_AGAIN, PAYOKE,  ALREADY_PENDING",
            "REDIRECTED, SEND_AGAIN, PAYOKE,  ALREADY_PENDING"})
    void table(Status status, Step step, String to, String rule) {
        var refusal = IntakeRules.check(status, step, "PAG_ASA", to, Set.of("SURYA"));
        assertThat(refusal.map(IntakeRules.Refusal::rule).orElse(null)).isEqualTo(rule);
        refusal.ifPresent(r -> assertThat(r.message()).isNotBlank());
    }
}
