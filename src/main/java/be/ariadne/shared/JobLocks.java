package be.ariadne.shared;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a job on at most one instance at a time: the instance that takes the lease in the
 * database runs it, the others skip. Leases expire, so a crashed instance does not block a job.
 * Each lease is taken and released in its own short statement (auto-commit), outside the job's
 * transactions.
 */
@Component
public class JobLocks {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    JobLocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs {@code job} if this instance gets the lease; returns whether it ran. */
    public boolean runExclusively(String name, Duration lease, Runnable job) {
        if (!tryAcquire(name, lease)) return false;
        try {
            job.run();
            return true;
        } finally {
            release(name);
        }
    }

    /** Runs batches while {@code batch} says there is more, renewing the lease between batches. */
    public boolean runBatchesExclusively(String name, Duration lease, BooleanSupplier batch) {
        if (!tryAcquire(name, lease)) return false;
        try {
            while (batch.getAsBoolean()) {
                if (!tryAcquire(name, lease)) return true; // lost the lease (e.g. paused too long): another instance goes on
            }
            return true;
        } finally {
            release(name);
        }
    }

    boolean tryAcquire(String name, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int taken = jdbc.sql("UPDATE job_lock SET holder = ?, locked_until = ? WHERE name = ? AND (locked_until < ? OR holder = ?)")
                .params(instance, now.plus(lease), name, now, instance).update();
        if (taken == 1) return true;
        try {
            return jdbc.sql("INSERT INTO job_lock (name, holder, locked_until) VALUES (?, ?, ?)")
                    .params(name, instance, now.plus(lease)).update() == 1;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }

    void release(String name) {
        jdbc.sql("UPDATE job_lock SET locked_until = ? WHERE name = ? AND holder = ?")
                .params(OffsetDateTime.now(clock).minusSeconds(1), name, instance).update();
    }

    /** For tests and diagnostics: who holds the lease now, if anyone. */
    public String holder(String name) {
        return jdbc.sql("SELECT holder FROM job_lock WHERE name = ? AND locked_until > ?")
                .params(name, OffsetDateTime.now(clock)).query(String.class).optional().orElse(null);
    }

    String instance() {
        return instance;
    }
}
