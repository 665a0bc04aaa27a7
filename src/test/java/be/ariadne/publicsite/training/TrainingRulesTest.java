package be.ariadne.publicsite.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ariadne.shared.RefusedException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingRulesTest {
    static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");
    static final Instant LATER = NOW.plusSeconds(3600);

    @ParameterizedTest(name = "capacity {0}, {1} registered → {2}")
    @CsvSource({"1, 0, REGISTERED", "3, 2, REGISTERED", "3, 3, WAITING", "3, 4, WAITING"})
    void aNewcomerGetsAPlaceWhilePlacesRemain(int capacity, int registered, RegistrationStatus expected) {
        assertThat(TrainingRules.placeFor(capacity, registered)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "capacity {0}, {1} registered, {2} waiting → {3} promoted")
    @CsvSource({"3, 2, 0, 0", "3, 2, 5, 1", "5, 2, 5, 3", "5, 2, 2, 2", "3, 3, 4, 0", "3, 4, 4, 0"})
    void freePlacesGoToTheWaitingListInOrder(int capacity, int registered, int waiting, int promoted) {
        assertThat(TrainingRules.promotions(capacity, registered, waiting)).isEqualTo(promoted);
    }

    @Test
    void refusalsNameTheirRule() {
        assertRule(() -> TrainingRules.checkCanRegister(SessionStatus.CANCELLED, LATER, NOW), "SESSION_CANCELLED");
        assertRule(() -> TrainingRules.checkCanRegister(SessionStatus.SCHEDULED, NOW, NOW), "SESSION_STARTED");
        assertRule(() -> TrainingRules.checkCanCancel(RegistrationStatus.CANCELLED, LATER, NOW), "REGISTRATION_CANCELLED");
        assertRule(() -> TrainingRules.checkCanCancel(RegistrationStatus.WAITING, NOW.minusSeconds(1), NOW), "SESSION_STARTED");
        assertRule(() -> TrainingRules.checkCanConfirm(RegistrationStatus.CANCELLED, SessionStatus.SCHEDULED), "REGISTRATION_CANCELLED");
        assertRule(() -> TrainingRules.checkCanConfirm(RegistrationStatus.REGISTERED, SessionStatus.CANCELLED), "SESSION_CANCELLED");
        assertRule(() -> TrainingRules.checkCapacity(4, 5), "CAPACITY_BELOW_REGISTERED");
        assertRule(() -> TrainingRules.checkCanEdit(SessionStatus.CANCELLED), "SESSION_CANCELLED");
        assertRule(() -> TrainingRules.checkCanCancelSession(SessionStatus.CANCELLED), "SESSION_CANCELLED");
    }

    @Test
    void whatTheRulesAllow() {
        TrainingRules.checkCanRegister(SessionStatus.SCHEDULED, LATER, NOW);
        TrainingRules.checkCanCancel(RegistrationStatus.REGISTERED, LATER, NOW);
        TrainingRules.checkCanCancel(RegistrationStatus.WAITING, LATER, NOW);
        TrainingRules.checkCanConfirm(RegistrationStatus.WAITING, SessionStatus.SCHEDULED);
        TrainingRules.checkCapacity(5, 5);
        TrainingRules.checkCanEdit(SessionStatus.SCHEDULED);
        TrainingRules.checkCanCancelSession(SessionStatus.SCHEDULED);
    }

    private static void assertRule(Runnable r, String rule) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }
}
