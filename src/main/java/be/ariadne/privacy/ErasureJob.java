package be.ariadne.privacy;

import be.ariadne.shared.JobLocks;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night (by default), on one instance at a time: erases what retention no longer allows to keep. */
@Component
@ConditionalOnProperty(name = "ariadne.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ErasureJob {
    static final String LOCK = "privacy-erasure";
    private final Erasure erasure;
    private final JobLocks locks;

    ErasureJob(Erasure erasure, JobLocks locks) {
        this.erasure = erasure;
        this.locks = locks;
    }

    @Scheduled(cron = "${ariadne.privacy.erasure-cron:0 30 2 * * *}")
    void run() {
        locks.runExclusively(LOCK, Duration.ofHours(2), () -> erasure.run(erasure.today()));
    }
}
