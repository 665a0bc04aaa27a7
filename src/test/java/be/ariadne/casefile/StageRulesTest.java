package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.shared.RefusedException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stage rules, table by table: each row a state, a request and the expected outcome (a kind, or the rule that refuses). */
class StageRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final LocalDate REGISTERED = LocalDate.of(2026, 1, 10);

    private static StageRules.State state(String stage, String stageDate, String status) {
        return new StageRules.State(Stage.valueOf(stage), LocalDate.parse(stageDate), REGISTERED, CaseStatus.valueOf(status));
    }

    @ParameterizedTest(name = "{0} on {1} ({2}) -> {3} on {4} reason ''{5}'' = {6}")
    @CsvSource(nullValues = "-", value = {
            // from,        since,      status,   to,            date,       reason,          expected
            "DETECTION,     2026-01-10, ACTIVE,   IDENTIFICATION,2026-01-11, -,               FORWARD",
            "DETECTION,     2026-01-10, ACTIVE,   REMEDY,        2026-03-15, -,               FORWARD",
            "IDENTIFICATION,2026-01-20, ACTIVE,   PROTECTION,    2026-01-20, -,               FORWARD",
            "ARREST,        2026-02-01, FOLLOW_UP,PROSECUTION,   2026-02-02, -,               FORWARD",
            "PROTECTION,    2026-01-20, ACTIVE,   DETECTION,     2026-02-01, entered by mistake, CORRECTION",
            "PROTECTION,    2026-01-20, ACTIVE,   DETECTION,     2026-02-01, -,               CORRECTION_NEEDS_REASON",
            "PROTECTION,    2026-01-20, ACTIVE,   IDENTIFICATION,2026-02-01, '  ',            CORRECTION_NEEDS_REASON",
            "PROTECTION,    2026-01-20, ACTIVE,   PROTECTION,    2026-02-01, -,               SAME_STAGE",
            "PROTECTION,    2026-01-20, ACTIVE,   SUPPORT,       2026-01-19, -,               DATE_BEFORE_PREVIOUS_TRANSITION",
            "DETECTION,     2026-01-10, ACTIVE,   SUPPORT,       2026-01-09, -,               DATE_BEFORE_REGISTRATION",
            "DETECTION,     2026-01-10, ACTIVE,   SUPPORT,       2026-03-16, -,               DATE_IN_FUTURE",
            "SUPPORT,       2026-02-01, CLOSED,   INVESTIGATION, 2026-02-02, -,               CASE_CLOSED",
            "SUPPORT,       2026-02-01, CLOSED_REFERRED, DETECTION, 2026-02-02, a reason,     CASE_CLOSED"})
    void moves(String from, String since, String status, String to, String date, String reason, String expected) {
        StageRules.State s = state(from, since, status);
        if (expected.equals("FORWARD") || expected.equals("CORRECTION")) {
            StageRules.Transition t = StageRules.move(s, Stage.valueOf(to), LocalDate.parse(date), reason, TODAY);
            assertThat(t.kind().name()).isEqualTo(expected);
            assertThat(t.to()).isEqualTo(Stage.valueOf(to));
            assertThat(t.apply(s).stageDate()).isEqualTo(LocalDate.parse(date));
            assertThat(t.status()).isEqualTo(s.status());
        } else {
            assertThatThrownBy(() -> StageRules.move(s, Stage.valueOf(to), LocalDate.parse(date), reason, TODAY))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.rule()).isEqualTo(expected));
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "ACTIVE,          SUPPORT_COMPLETED,        CLOSED,          2026-03-01, CLOSE",
            "FOLLOW_UP,       REFERRED_TO_OTHER_CENTRE, CLOSED_REFERRED, 2026-03-01, CLOSE",
            "ACTIVE,          -,                        -,               2026-03-01, CLOSE_NEEDS_REASON",
            "CLOSED,          SUPPORT_COMPLETED,        CLOSED,          2026-03-01, ALREADY_CLOSED",
            "ACTIVE,          SUPPORT_COMPLETED,        CLOSED,          2026-01-01, DATE_BEFORE_REGISTRATION",
            "ACTIVE,          SUPPORT_COMPLETED,        CLOSED,          2026-04-01, DATE_IN_FUTURE"})
    void closing(String status, String reason, String closedAs, String date, String expected) {
        StageRules.State s = state("SUPPORT", "2026-02-01", status);
        CaseStatus as = closedAs == null ? null : CaseStatus.valueOf(closedAs);
        if (expected.equals("CLOSE")) {
            StageRules.Transition t = StageRules.close(s, LocalDate.parse(date), reason, as, TODAY);
            assertThat(t.status()).isEqualTo(as);
            assertThat(t.to()).isEqualTo(Stage.SUPPORT);
        } else {
            assertThatThrownBy(() -> StageRules.close(s, LocalDate.parse(date), reason, as, TODAY))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.rule()).isEqualTo(expected));
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "CLOSED,          she came back,   2026-03-02, REOPEN",
            "CLOSED_REFERRED, referral failed, 2026-03-02, REOPEN",
            "CLOSED,          -,               2026-03-02, REOPEN_NEEDS_REASON",
            "ACTIVE,          why not,         2026-03-02, NOT_CLOSED",
            "CLOSED,          she came back,   2026-02-28, DATE_BEFORE_PREVIOUS_TRANSITION"})
    void reopening(String status, String reason, String date, String expected) {
        StageRules.State s = state("SUPPORT", "2026-03-01", status);
        if (expected.equals("REOPEN")) {
            StageRules.Transition t = StageRules.reopen(s, LocalDate.parse(date), reason, TODAY);
            assertThat(t.status()).isEqualTo(CaseStatus.ACTIVE);
            assertThat(t.to()).isEqualTo(Stage.SUPPORT);
        } else {
            assertThatThrownBy(() -> StageRules.reopen(s, LocalDate.parse(date), reason, TODAY))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.rule()).isEqualTo(expected));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "DETECTION,     PROTECTION,   CASE_SUMMARY",
            "SUPPORT,       INVESTIGATION,CASE_SUMMARY INVESTIGATION",
            "INVESTIGATION, ARREST,       CASE_SUMMARY INVESTIGATION",
            "ARREST,        PROSECUTION,  CASE_SUMMARY LEGAL",
            "PROSECUTION,   REMEDY,       CASE_SUMMARY LEGAL",
            "ARREST,        INVESTIGATION,CASE_SUMMARY INVESTIGATION",
            "PROSECUTION,   ARREST,       CASE_SUMMARY",
            "CONVICTION,    PROSECUTION,  CASE_SUMMARY LEGAL",
            "ARREST,        DETECTION,    CASE_SUMMARY"})
    void whoMayMove(String from, String to, String compartments) {
        Set<Compartment> expected = java.util.Arrays.stream(compartments.split(" ")).map(Compartment::valueOf)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(StageRules.movers(Stage.valueOf(from), Stage.valueOf(to))).isEqualTo(expected);
    }

    @Test
    void aCaseOpensAtItsRegistrationDateActive() {
        StageRules.Transition t = StageRules.open(null, REGISTERED);
        assertThat(t.to()).isEqualTo(Stage.DETECTION);
        assertThat(t.date()).isEqualTo(REGISTERED);
        assertThat(t.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(Stage.ARREST.owner()).isEqualTo(Compartment.INVESTIGATION);
        assertThat(Stage.REMEDY.owner()).isEqualTo(Compartment.LEGAL);
        assertThat(Stage.SUPPORT.owner()).isEqualTo(Compartment.CASE_SUMMARY);
    }
}
