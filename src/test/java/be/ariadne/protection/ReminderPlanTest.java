package be.ariadne.protection;

import static be.ariadne.protection.ProcedureFixtures.d;
import static be.ariadne.protection.ProcedureFixtures.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReminderPlanTest {

    private static final ReminderPlan PLAN = ReminderPlan.from(ProcedureFixtures.DEFAULT_RULES);

    /** Registration certificate valid until 2026-06-02. */
    private static final ProcedureState CERTIFICATE = play(ProcedureEvent.statementMade(d("2026-03-02")));

    @Test
    void remindersFall14And3DaysBeforeTheLastValidDay() {
        List<Reminder> reminders = PLAN.remindersFor("C-0042", CERTIFICATE);

        assertThat(reminders).extracting(Reminder::dueOn).containsExactly(d("2026-05-19"), d("2026-05-30"));
        assertThat(reminders).extracting(Reminder::key).containsExactly(
                "C-0042|REGISTRATION_CERTIFICATE|2026-06-02|P14D",
                "C-0042|REGISTRATION_CERTIFICATE|2026-06-02|P3D");
    }

    @Test
    void noRemindersWithoutAnEndDate() {
        assertThat(PLAN.remindersFor("C-0042", ProcedureState.notStarted())).isEmpty();
        assertThat(PLAN.remindersFor("C-0042", ProcedureTransitionTableTest.stateIn(ProcedurePhase.PERMANENT)))
                .isEmpty();
    }

    @Test
    void aDailySchedulerSendsEachReminderExactlyOnce() {
        Set<String> sent = new HashSet<>();
        StringBuilder log = new StringBuilder();
        for (LocalDate day = d("2026-05-01"); !day.isAfter(d("2026-06-10")); day = day.plusDays(1)) {
            for (Reminder reminder : PLAN.toSend(Map.of("C-0042", CERTIFICATE), day, sent)) {
                assertThat(sent.add(reminder.key())).isTrue();
                log.append(day).append(' ').append(reminder.offset()).append(';');
            }
        }

        assertThat(log).hasToString("2026-05-19 P14D;2026-05-30 P3D;");
    }

    @Test
    void afterDowntimeOnlyTheMostRecentDueReminderIsSent() {
        Set<String> sent = new HashSet<>();

        // Down from 2026-05-18 to 2026-05-25: the 14-day reminder is caught up late.
        assertThat(PLAN.toSend(Map.of("C-0042", CERTIFICATE), d("2026-05-25"), sent))
                .extracting(Reminder::offset).containsExactly(Period.ofDays(14));
        // Down past both dates: only the 3-day one, never a stale "14 days left".
        assertThat(PLAN.toSend(Map.of("C-0042", CERTIFICATE), d("2026-05-31"), sent))
                .extracting(Reminder::offset).containsExactly(Period.ofDays(3));
        // The day after expiry it is an overdue deadline, not a reminder.
        assertThat(PLAN.toSend(Map.of("C-0042", CERTIFICATE), d("2026-06-03"), sent)).isEmpty();
        assertThat(PLAN.toSend(Map.of("C-0042", CERTIFICATE), d("2026-06-02"), sent)).hasSize(1);
    }

    @Test
    void anExtensionGetsItsOwnReminders() {
        ProcedureState extended = play(CERTIFICATE, ProcedureFixtures.DEFAULT_RULES, false,
                ProcedureEvent.registrationCertificateExtended(d("2026-05-20")));
        Set<String> sent = new HashSet<>(Set.of("C-0042|REGISTRATION_CERTIFICATE|2026-06-02|P14D"));

        assertThat(PLAN.toSend(Map.of("C-0042", extended), d("2026-05-21"), sent)).isEmpty();
        assertThat(PLAN.toSend(Map.of("C-0042", extended), d("2026-08-19"), sent)).extracting(Reminder::key)
                .containsExactly("C-0042|REGISTRATION_CERTIFICATE|2026-09-02|P14D");
    }

    @Test
    void severalCasesAreSortedByDueDate() {
        ProcedureState annex = play(ProcedureEvent.reflectionPeriodGranted(d("2026-04-10"))); // until 2026-05-25
        List<Reminder> due = PLAN.toSend(Map.of("C-0042", CERTIFICATE, "C-0007", annex), d("2026-05-20"), Set.of());

        assertThat(due).extracting(Reminder::caseCode, Reminder::dueOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C-0007", d("2026-05-11")),
                org.assertj.core.groups.Tuple.tuple("C-0042", d("2026-05-19")));
    }

    @Test
    void offsetsAreValidated() {
        assertThatThrownBy(() -> new ReminderPlan(List.of(Period.ofDays(-1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> new ReminderPlan(List.of(Period.ofDays(3), Period.ofDays(3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeated");
        assertThat(new ReminderPlan(List.of(Period.ZERO)).remindersFor("C-1", CERTIFICATE))
                .extracting(Reminder::dueOn).containsExactly(d("2026-06-02"));
    }
}
