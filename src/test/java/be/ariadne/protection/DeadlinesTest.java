package be.ariadne.protection;

import static be.ariadne.protection.ProcedureFixtures.d;
import static be.ariadne.protection.ProcedureFixtures.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final LocalDate TODAY = d("2026-05-01");

    /** Synthetic case codes; validUntil in the comment. */
    private static Map<String, ProcedureState> cases() {
        Map<String, ProcedureState> states = new LinkedHashMap<>();
        states.put("C-0001", play(ProcedureEvent.reflectionPeriodGranted(d("2026-03-31")))); // 2026-05-15
        states.put("C-0002", play(ProcedureEvent.statementMade(d("2026-02-01")))); // 2026-05-01, today
        states.put("C-0003", play(ProcedureEvent.reflectionPeriodGranted(d("2026-03-17")))); // 2026-05-01
        states.put("C-0004", play(ProcedureEvent.statementMade(d("2026-02-16")))); // 2026-05-16, one day too far
        states.put("C-0005", play(ProcedureEvent.reflectionPeriodGranted(d("2026-03-01")))); // 2026-04-15, overdue
        states.put("C-0006", play(ProcedureEvent.statementMade(d("2026-01-30")))); // 2026-04-30, overdue
        states.put("C-0007", ProcedureTransitionTableTest.stateIn(ProcedurePhase.PERMANENT));
        states.put("C-0008", ProcedureTransitionTableTest.stateIn(ProcedurePhase.ENDED));
        states.put("C-0009", ProcedureState.notStarted());
        return states;
    }

    @Test
    void theContractsListHoldsDocumentsExpiringFromTodayToTodayPlusWithinSoonestFirst() {
        List<Deadline> deadlines = Deadlines.within(cases(), TODAY, 14);

        assertThat(deadlines).containsExactly(
                new Deadline("C-0002", ProcedurePhase.REGISTRATION_CERTIFICATE,
                        ResidenceDocument.REGISTRATION_CERTIFICATE, d("2026-05-01"), false),
                new Deadline("C-0003", ProcedurePhase.REFLECTION_PERIOD, ResidenceDocument.ANNEX_15,
                        d("2026-05-01"), false),
                new Deadline("C-0001", ProcedurePhase.REFLECTION_PERIOD, ResidenceDocument.ANNEX_15,
                        d("2026-05-15"), false));
    }

    @Test
    void withinZeroDaysIsToday() {
        assertThat(Deadlines.within(cases(), TODAY, 0)).extracting(Deadline::caseCode)
                .containsExactly("C-0002", "C-0003");
        assertThat(Deadlines.within(cases(), TODAY, 15)).extracting(Deadline::caseCode)
                .containsExactly("C-0002", "C-0003", "C-0001", "C-0004");
    }

    @Test
    void overdueDocumentsAreListedSeparatelyOldestFirst() {
        assertThat(Deadlines.overdue(cases(), TODAY)).containsExactly(
                new Deadline("C-0005", ProcedurePhase.REFLECTION_PERIOD, ResidenceDocument.ANNEX_15,
                        d("2026-04-15"), true),
                new Deadline("C-0006", ProcedurePhase.REGISTRATION_CERTIFICATE,
                        ResidenceDocument.REGISTRATION_CERTIFICATE, d("2026-04-30"), true));
    }

    @Test
    void caseWorkersSeeOverdueThenUpcomingInOneList() {
        List<Deadline> deadlines = Deadlines.overdueAndWithin(cases(), TODAY, 14);

        assertThat(deadlines).extracting(Deadline::caseCode)
                .containsExactly("C-0005", "C-0006", "C-0002", "C-0003", "C-0001");
        assertThat(deadlines).extracting(Deadline::overdue).containsExactly(true, true, false, false, false);
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThatThrownBy(() -> Deadlines.within(cases(), TODAY, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("withinDays");
    }
}
