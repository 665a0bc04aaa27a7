package be.ariadne.shared.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * Aggregated view of the victim-status deadlines for the dashboard, contributed by the
 * protection module: how many open deadlines fall in each window, by kind. Only counts cross
 * the module boundary.
 */
public interface DeadlineOverview {

    /** Windows, in display order. */
    enum Window { OVERDUE, NEXT_14_DAYS, DAYS_15_TO_30, DAYS_31_TO_90 }

    /** {@code kind}: a stable code such as {@code REFLECTION_PERIOD_END}, also a message key suffix. */
    record Bucket(String kind, Window window, long count) {}

    /** @param centreCode a centre's code for that centre's cases only, or {@code null} for all */
    List<Bucket> buckets(LocalDate today, String centreCode);
}
