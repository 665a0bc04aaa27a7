package be.ariadne.referral;

import be.ariadne.screening.NewSignal;
import be.ariadne.screening.ScreeningRequest;
import be.ariadne.screening.SignalSource;
import be.ariadne.screening.Signals;
import be.ariadne.shared.SystemActor;
import java.time.LocalDate;
import java.util.Locale;

/** Synthetic signals saved for an organisation, as a test's starting point. */
final class ReferralFixtures {
    private ReferralFixtures() {
    }

    static long signal(Signals signals, String organisation, String postalCode, Integer age) {
        ScreeningRequest.Builder b = ScreeningRequest.builder().signs("NO_PAY", "DEBT_TO_PAY_OFF", "LITTLE_SOCIAL_CONTACT")
                .indicators("EX_EXCESSIVE_HOURS");
        if (age != null) b.age(age);
        return new SystemActor("test").call(() -> signals.saveFromSystem(organisation, SignalSource.SCREENING,
                new NewSignal(b.build(), null, "Synthetic test note, never shown to the centre", LocalDate.now().minusDays(1),
                        postalCode, "Synthetic town", Locale.ENGLISH)));
    }
}
