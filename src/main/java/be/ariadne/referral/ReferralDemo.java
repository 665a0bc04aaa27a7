package be.ariadne.referral;

import be.ariadne.screening.NewSignal;
import be.ariadne.screening.ScreeningRequest;
import be.ariadne.screening.SignalSource;
import be.ariadne.screening.Signals;
import be.ariadne.shared.Actor;
import be.ariadne.shared.DemoContributor;
import be.ariadne.shared.SystemActor;
import be.ariadne.shared.SystemSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo referrals (synthetic): two screenings of the demo hospital's social service referred by the
 * application on its behalf — one waiting in PAG-ASA's intake queue (user {@code caseworker}), one
 * urgent one waiting at Payoke (user {@code payoke}); both in {@code frontline}'s list. Seeded once
 * (marked in {@code app_setting}); none with {@code ariadne.demo.cases=0} (the test harness).
 */
@Component
class ReferralDemo implements DemoContributor {
    static final String SEEDED = "referral.demo.seeded";
    static final String REFERRER = "HOSPITAL_DEMO";
    private final Signals signals;
    private final Referrals referrals;
    private final SystemSettings settings;
    private final TransactionTemplate tx;
    private final Environment env;

    ReferralDemo(Signals signals, Referrals referrals, SystemSettings settings, TransactionTemplate tx, Environment env) {
        this.signals = signals;
        this.referrals = referrals;
        this.settings = settings;
        this.tx = tx;
        this.env = env;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed() {
        if ("0".equals(env.getProperty("ariadne.demo.cases"))) return;
        seedReferrals();
    }

    /** Seeds the demo referrals unless they were seeded already. */
    void seedReferrals() {
        if (settings.get(SEEDED).isPresent()) return;
        tx.executeWithoutResult(s -> {
            long brussels = new SystemActor("demo").call(() -> signals.saveFromSystem(REFERRER, SignalSource.SCREENING,
                    new NewSignal(ScreeningRequest.builder().signs("NO_PAY", "DEBT_TO_PAY_OFF", "LITTLE_SOCIAL_CONTACT").build(),
                            null, null, LocalDate.now().minusDays(2), "1000", "Brussels", Locale.ENGLISH)));
            long antwerp = new SystemActor("demo").call(() -> signals.saveFromSystem(REFERRER, SignalSource.SCREENING,
                    new NewSignal(ScreeningRequest.builder().signs("NO_PAY", "DEBT_TO_PAY_OFF", "LITTLE_SOCIAL_CONTACT").build(),
                            null, null, LocalDate.now().minusDays(1), "2000", "Antwerpen", Locale.ENGLISH)));
            asReferrer(() -> {
                referrals.refer(new Referrals.ReferInput(brussels, "PAG_ASA", null, "GIVEN", null, false, false, "WOMAN"));
                referrals.refer(new Referrals.ReferInput(antwerp, "PAYOKE", null, "COULD_NOT_BE_ASKED",
                        "Synthetic demo: the person was asleep in the emergency ward; the social service asked for a visit.", true, false, "MAN"));
            });
            settings.put(SEEDED, "true");
        });
    }

    /** The application acting for the demo hospital's social service (audited as {@code system:demo}). */
    record DemoReferrer() implements Actor {
        public long userId() { return 0; }
        public String username() { return "system:demo"; }
        public long organisationId() { return 0; }
        public String organisationCode() { return REFERRER; }
        public String organisationType() { return "FIRST_LINE"; }
        public Set<String> roles() { return Set.of("FIRST_LINE"); }
    }

    private static void asReferrer(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new DemoReferrer(), null, List.of()));
        SecurityContextHolder.setContext(ctx);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
