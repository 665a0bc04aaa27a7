package be.ariadne.publicsite.guard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many submissions one client address may make per window on the public site
 * ({@code ariadne.publicsite.limits.*}). Over the limit the answer is 429 with {@code Retry-After}.
 */
@ConfigurationProperties("ariadne.publicsite.limits")
public record RateLimits(
        @DefaultValue("1h") Duration window,
        @DefaultValue("5") int reports,
        @DefaultValue("30") int selfChecks,
        @DefaultValue("20") int receiptAttempts,
        @DefaultValue("10") int trainingRegistrations) {

    public RateLimits {
        if (window == null || window.isZero() || window.isNegative()) throw new IllegalArgumentException("ariadne.publicsite.limits.window must be positive");
        if (window.compareTo(Duration.ofDays(1)) > 0) throw new IllegalArgumentException("ariadne.publicsite.limits.window must be at most 1 day");
        if (reports < 1 || selfChecks < 1 || receiptAttempts < 1 || trainingRegistrations < 1) {
            throw new IllegalArgumentException("ariadne.publicsite.limits.* must be at least 1");
        }
    }

    public int limit(RateLimiter.Action action) {
        return switch (action) {
            case REPORT -> reports;
            case SELF_CHECK -> selfChecks;
            case RECEIPT -> receiptAttempts;
            case TRAINING -> trainingRegistrations;
        };
    }
}
