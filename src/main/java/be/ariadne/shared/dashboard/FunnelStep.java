package be.ariadne.shared.dashboard;

import java.time.LocalDate;

/**
 * One step of the referral funnel shown on the analysts' dashboard (signals → referrals →
 * accepted → status obtained). Each module that owns a step contributes a bean; the statistics
 * module puts them in {@link #order()} and applies disclosure control before anything is shown.
 * Only counts cross the module boundary, never a case.
 */
public interface FunnelStep {

    /** Stable key, also the message key suffix {@code dashboard.funnel.<key>} (e.g. {@code signals}). */
    String key();

    /** Position in the funnel: signals 10, referrals 20, accepted 30, status obtained 40. */
    int order();

    /**
     * How many items reached this step in the period, counted by the date they reached it.
     *
     * @param centreCode a centre's code to count only what concerns that centre, or {@code null} for all
     */
    long count(LocalDate from, LocalDate to, String centreCode);
}
