package be.ariadne.publicsite.guard;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RateLimiterTest {
    @Autowired RateLimiter limiter;
    @Autowired JdbcClient jdbc;

    @Test
    void eachActionAndClientHasItsOwnCounterAndTheLimitIsTheConfiguredOne() {
        String client = ClientAddress.normalise("198.51.100.77");
        for (int i = 0; i < 5; i++) assertThat(limiter.hit(RateLimiter.Action.REPORT, client)).isEmpty();
        Optional<Duration> sixth = limiter.hit(RateLimiter.Action.REPORT, client);
        assertThat(sixth).isPresent();
        assertThat(sixth.get()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
        assertThat(limiter.hit(RateLimiter.Action.SELF_CHECK, client)).isEmpty();
        assertThat(limiter.hit(RateLimiter.Action.REPORT, ClientAddress.normalise("198.51.100.78"))).isEmpty();
    }

    @Test
    void theTableHoldsKeyedHashesOnlyAndForgetsEndedWindows() {
        OffsetDateTime old = OffsetDateTime.now(ZoneOffset.UTC).minusHours(5);
        jdbc.sql("INSERT INTO public_rate_limit (bucket, action, window_start, hits) VALUES ('old', 'REPORT', ?, 3)").param(old).update();
        limiter.hit(RateLimiter.Action.TRAINING, ClientAddress.normalise("198.51.100.79"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM public_rate_limit WHERE bucket = 'old'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT bucket FROM public_rate_limit").query(String.class).list()).allMatch(b -> b.matches("[0-9a-f]{64}"));
    }
}
