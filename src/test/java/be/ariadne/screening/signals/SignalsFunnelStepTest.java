package be.ariadne.screening.signals;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.screening.NewSignal;
import be.ariadne.screening.ScreeningRequest;
import be.ariadne.screening.SignalSource;
import be.ariadne.screening.Signals;
import be.ariadne.shared.SystemActor;
import be.ariadne.shared.dashboard.FunnelStep;
import be.ariadne.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The funnel's first step counts the signals created in the period, of one organisation or of all. */
@IntegrationTest
class SignalsFunnelStepTest {
    @Autowired Signals signals;
    @Autowired List<FunnelStep> steps;

    @Test
    void countsTheSignalsCreatedInThePeriod() {
        FunnelStep step = steps.stream().filter(s -> s.key().equals("signals")).findFirst().orElseThrow();
        assertThat(step.order()).isEqualTo(10);
        LocalDate today = LocalDate.now(SignalsFunnelStep.BELGIUM);
        long all = step.count(today, today, null);
        long surya = step.count(today, today, "SURYA");
        long payoke = step.count(today, today, "PAYOKE");
        new SystemActor("funnel-test").call(() -> signals.saveFromSystem("SURYA", SignalSource.PUBLIC_REPORT,
                new NewSignal(ScreeningRequest.builder().signs("NO_FREEDOM_OF_MOVEMENT").build(), null, null, null, null, null, Locale.ENGLISH)));
        assertThat(step.count(today, today, null)).isEqualTo(all + 1);
        assertThat(step.count(today, today, "SURYA")).isEqualTo(surya + 1);
        assertThat(step.count(today, today, "PAYOKE")).isEqualTo(payoke);
        assertThat(step.count(today.minusDays(10), today.minusDays(1), "SURYA")).isZero();
    }
}
