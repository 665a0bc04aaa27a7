package be.ariadne.publicsite.guard;

import be.ariadne.crypto.KeyProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fixed-window counters per client and action, kept in the database so that every instance
 * shares them. A counter's key is an HMAC of the action, the UTC day and the client address,
 * under a key derived from the blind-index key (outside the database): the table holds no
 * address, cannot be reversed by brute force without the key, and yesterday's buckets cannot be
 * linked to today's. Counters of ended windows are deleted as new windows start.
 */
@Component
public class RateLimiter {
    public enum Action { REPORT, SELF_CHECK, RECEIPT, TRAINING }

    private final JdbcClient jdbc;
    private final RateLimits limits;
    private final Clock clock;
    private final SecretKey bucketKey;
    private final TransactionTemplate outsideTransactions;

    RateLimiter(JdbcClient jdbc, RateLimits limits, Clock clock, KeyProvider keys, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
        this.bucketKey = new SecretKeySpec(hmac(keys.indexKey(), "ariadne/publicsite/rate-limit/v1"), "HmacSHA256");
        this.outsideTransactions = new TransactionTemplate(tm);
        // Each statement commits on its own: a counter must count even when the caller's work fails,
        // and a duplicate insert must not abort a surrounding PostgreSQL transaction.
        this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /**
     * Counts one attempt of {@code action} by the client. Empty when it is within the limit;
     * otherwise how long until the window ends (the attempt is then refused and must store nothing).
     */
    public Optional<Duration> hit(Action action, String clientAddress) {
        Instant now = clock.instant();
        long windowMillis = limits.window().toMillis();
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), windowMillis));
        Instant windowEnd = windowStart.plusMillis(windowMillis);
        String day = windowStart.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        String bucket = HexFormat.of().formatHex(hmac(bucketKey, action.name() + "|" + day + "|" + clientAddress));
        OffsetDateTime start = windowStart.atOffset(ZoneOffset.UTC);
        Integer hits = outsideTransactions.execute(s -> count(bucket, action, start));
        if (hits != null && hits > limits.limit(action)) {
            Duration retry = Duration.between(now, windowEnd);
            return Optional.of(retry.isNegative() || retry.isZero() ? Duration.ofSeconds(1) : retry);
        }
        return Optional.empty();
    }

    private int count(String bucket, Action action, OffsetDateTime start) {
        if (increment(bucket, action, start) == 0) {
            try {
                jdbc.sql("INSERT INTO public_rate_limit (bucket, action, window_start, hits) VALUES (?, ?, ?, 1)")
                        .params(bucket, action.name(), start).update();
                // A new window began for this client: a good moment to forget ended windows.
                jdbc.sql("DELETE FROM public_rate_limit WHERE window_start < ?").param(start.minus(limits.window())).update();
            } catch (DuplicateKeyException raced) {
                increment(bucket, action, start);
            }
        }
        return jdbc.sql("SELECT hits FROM public_rate_limit WHERE bucket = ? AND action = ? AND window_start = ?")
                .params(bucket, action.name(), start).query(Integer.class).single();
    }

    private int increment(String bucket, Action action, OffsetDateTime start) {
        return jdbc.sql("UPDATE public_rate_limit SET hits = hits + 1 WHERE bucket = ? AND action = ? AND window_start = ?")
                .params(bucket, action.name(), start).update();
    }

    private static byte[] hmac(SecretKey key, String text) {
        return FormSecrets.hmac(key, text);
    }
}
