package be.ariadne.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.casefile.Compartment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Retention rules are data: the shipped file, overrides, and every mistake refused naming it. */
class RetentionRulesTest {
    @TempDir Path dir;

    @Test
    void theShippedRulesCoverEveryCompartment() {
        RetentionRules rules = new RetentionRules(new MockEnvironment());
        assertThat(rules.years()).containsOnlyKeys(Compartment.values());
        assertThat(rules.years(Compartment.SUPPORT)).isEqualTo(10);
        assertThat(rules.years(Compartment.LEGAL)).isEqualTo(20);
    }

    @Test
    void whatExpiresDependsOnTheClosingDayWholeYearsInclusive() {
        RetentionRules rules = new RetentionRules(new MockEnvironment());
        LocalDate closed = LocalDate.of(2014, 3, 31);
        assertThat(rules.expired(closed, LocalDate.of(2024, 3, 30))).isEmpty();
        assertThat(rules.expired(closed, LocalDate.of(2024, 3, 31))).isEqualTo(EnumSet.complementOf(EnumSet.of(Compartment.LEGAL)));
        assertThat(rules.expired(closed, LocalDate.of(2034, 3, 31))).isEqualTo(EnumSet.allOf(Compartment.class));
        assertThat(rules.expired(null, LocalDate.of(2099, 1, 1))).isEmpty();
        // leap day: closed 29 February, ten years later is 28 February
        assertThat(rules.expired(LocalDate.of(2016, 2, 29), LocalDate.of(2026, 2, 28))).contains(Compartment.SUPPORT);
        assertThat(rules.earliestExpiry(LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2016, 11, 28));
    }

    @Test
    void aRuleCanBeOverridden() {
        RetentionRules rules = new RetentionRules(new MockEnvironment().withProperty("ariadne.privacy.retention.SUPPORT", "12"));
        assertThat(rules.years(Compartment.SUPPORT)).isEqualTo(12);
        assertThat(rules.years(Compartment.IDENTITY)).isEqualTo(10);
        assertThatThrownBy(() -> new RetentionRules(new MockEnvironment().withProperty("ariadne.privacy.retention.SUPPORT", "ten")))
                .hasMessageContaining("ariadne.privacy.retention.SUPPORT='ten' is not a whole number of years");
        assertThatThrownBy(() -> new RetentionRules(new MockEnvironment().withProperty("ariadne.privacy.retention.LEGAL", "0")))
                .hasMessageContaining("0 years is outside 1 to 100");
    }

    @Test
    void mistakesInAFileAreNamed() throws Exception {
        assertThat(error("{\"rules\": [{\"compartment\": \"SUPORT\", \"yearsAfterClosure\": 10}]}")).contains("rule 1 names an unknown compartment 'SUPORT'");
        assertThat(error(all("") .replace("{\"compartment\": \"LEGAL\", \"yearsAfterClosure\": 20}",
                "{\"compartment\": \"LEGAL\", \"yearsAfterClosure\": 20}, {\"compartment\": \"LEGAL\", \"yearsAfterClosure\": 30}")))
                .contains("a second rule for LEGAL");
        assertThat(error(all("").replace("\"yearsAfterClosure\": 20", "\"yearsAfterClosure\": \"20\""))).contains("(LEGAL): yearsAfterClosure must be a whole number");
        assertThat(error(all("").replace(", {\"compartment\": \"LEGAL\", \"yearsAfterClosure\": 20}", ""))).contains("no retention rule for compartment LEGAL");
        assertThat(error("not json")).contains("cannot be read");
        Path ok = dir.resolve("ok.json");
        Files.writeString(ok, all("").replace("\"yearsAfterClosure\": 20", "\"yearsAfterClosure\": 25"));
        assertThat(new RetentionRules(new MockEnvironment().withProperty("ariadne.privacy.retention-file", ok.toString())).years(Compartment.LEGAL))
                .isEqualTo(25);
    }

    private static String all(String unused) {
        StringBuilder sb = new StringBuilder("{\"rules\": [");
        boolean first = true;
        for (Compartment c : Compartment.values()) {
            if (!first) sb.append(", ");
            first = false;
            sb.append("{\"compartment\": \"").append(c.name()).append("\", \"yearsAfterClosure\": ").append(c == Compartment.LEGAL ? 20 : 10).append('}');
        }
        return sb.append("]}").toString();
    }

    private String error(String json) throws Exception {
        Path f = Files.createTempFile(dir, "rules", ".json");
        Files.writeString(f, json);
        try {
            new RetentionRules(new MockEnvironment().withProperty("ariadne.privacy.retention-file", f.toString()));
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }
}
