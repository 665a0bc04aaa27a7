package be.ariadne.shared;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two instances (two JobLocks on one database): only one runs a job at a time; an expired lease is taken over. */
@IntegrationTest
class JobLocksTest {
    @Autowired JdbcClient jdbc;

    @Test
    void onlyOneInstanceRunsAJobAtATime() throws Exception {
        JobLocks a = new JobLocks(jdbc, Clock.systemUTC());
        JobLocks b = new JobLocks(jdbc, Clock.systemUTC());
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread t = new Thread(() -> a.runExclusively("test-job", Duration.ofMinutes(5), () -> {
            runs.incrementAndGet();
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        t.start();
        inside.await();
        assertThat(a.holder("test-job")).isEqualTo(a.instance());
        assertThat(b.runExclusively("test-job", Duration.ofMinutes(5), runs::incrementAndGet)).isFalse();
        release.countDown();
        t.join();
        assertThat(b.runExclusively("test-job", Duration.ofMinutes(5), runs::incrementAndGet)).isTrue();
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void anExpiredLeaseIsTakenOver() {
        JobLocks crashed = new JobLocks(jdbc, Clock.systemUTC());
        JobLocks other = new JobLocks(jdbc, Clock.systemUTC());
        assertThat(crashed.tryAcquire("expiring-job", Duration.ofMillis(1))).isTrue();
        jdbc.sql("UPDATE job_lock SET locked_until = locked_until - INTERVAL '1' MINUTE WHERE name = 'expiring-job'").update();
        assertThat(other.tryAcquire("expiring-job", Duration.ofMinutes(1))).isTrue();
        assertThat(crashed.tryAcquire("expiring-job", Duration.ofMinutes(1))).isFalse();
    }
}
