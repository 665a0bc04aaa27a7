package be.ariadne.crypto;

import be.ariadne.shared.JobLocks;
import be.ariadne.shared.SystemActor;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** In the background, on one instance at a time: moves values still under an older key to the current one. */
@Component
@ConditionalOnProperty(name = "ariadne.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ReencryptionJob {
    private final KeyRotation rotation;
    private final KeyProvider keys;
    private final JobLocks locks;

    ReencryptionJob(KeyRotation rotation, KeyProvider keys, JobLocks locks) {
        this.rotation = rotation;
        this.keys = keys;
        this.locks = locks;
    }

    @Scheduled(initialDelayString = "${ariadne.crypto.reencrypt-delay:PT1M}", fixedDelayString = "${ariadne.crypto.reencrypt-every:PT15M}")
    void run() {
        if (keys.dataKeyIds().size() < 2) return; // nothing to rotate from
        locks.runExclusively("crypto-reencryption", Duration.ofHours(1), () -> new SystemActor("reencryption").run(rotation::reencryptAll));
    }
}
