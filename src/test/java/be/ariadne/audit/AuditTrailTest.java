package be.ariadne.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.testsupport.CliRunner;
import be.ariadne.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AuditTrailTest {
    @Autowired AuditLog log;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired Environment env;

    private long tampered = -1;
    private String originalDetail;

    @AfterEach
    void restore() {
        if (tampered > 0) {
            jdbc.sql("UPDATE audit_entry SET detail = ? WHERE seq = ?").params(originalDetail, tampered).update();
            tampered = -1;
        }
    }

    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    /** Several requests auditing at the same moment (a home page loads its sections in parallel): one chain, no sequence number twice. */
    @Test
    void concurrentTransactionsEachGetTheirOwnPlaceInTheChain() throws Exception {
        int threads = 6, each = 10;
        long before = trail.count();
        java.util.concurrent.CyclicBarrier started = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        int n = i;
                        AuditEvent event = AuditEvent.of("CASE_READ", "case", "C-CONC-" + thread + "-" + n);
                        if (thread % 2 == 0) {
                            tx.executeWithoutResult(s -> {
                                // every transaction has read before any of them writes
                                jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
                                if (n == 0) await(started);
                                log.record("tester-" + thread, "PAG_ASA", event);
                            });
                        } else {
                            // outside any transaction, through the interface's default method (as a controller does)
                            if (n == 0) await(started);
                            log.record(new be.ariadne.shared.SystemActor("tester-" + thread), event);
                        }
                    }
                    return null;
                }));
            }
            for (var f : done) f.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(trail.count()).isEqualTo(before + threads * each);
        AuditTrail.Verification v = trail.verify();
        assertThat(v.intact()).as(v.problem()).isTrue();
    }

    private static void await(java.util.concurrent.CyclicBarrier b) {
        try {
            b.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void entriesAreChainedAndTheChainVerifies() {
        log.record("tester", "PAG_ASA", AuditEvent.of("CASE_READ", "case", "C-TEST-1"));
        log.record("tester", "PAG_ASA", AuditEvent.of("CASE_UPDATED", "case", "C-TEST-1").withDetail("stage"));
        AuditTrail.Verification v = trail.verify();
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(v.entriesChecked()).isEqualTo(trail.count());
        var last = trail.search(new AuditTrail.Filter("tester", null, null, null), 0, 2);
        assertThat(last).hasSize(2);
        assertThat(last.get(0).prevHash()).isEqualTo(last.get(1).entryHash());
    }

    @Test
    void aTamperedEntryIsNamedByVerifyAndTheCommandExitsOne() {
        log.record("tester", "PAG_ASA", AuditEvent.of("CASE_READ", "case", "C-TEST-2").withDetail("original"));
        long seq = trail.search(new AuditTrail.Filter(null, null, "case", "C-TEST-2"), 0, 1).get(0).seq();
        assertThat(CliRunner.run(env, "audit", "verify").exit()).isZero();

        originalDetail = "original";
        tampered = seq;
        jdbc.sql("UPDATE audit_entry SET detail = 'forged' WHERE seq = ?").param(seq).update();

        AuditTrail.Verification v = trail.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBadSeq()).isEqualTo(seq);
        CliRunner.Result r = CliRunner.run(env, "audit", "verify");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("entry " + seq);
    }

    @Test
    void aRemovedEntryIsDetected() {
        log.record("tester", "PAG_ASA", AuditEvent.of("CASE_READ", "case", "C-TEST-3"));
        var entry = trail.search(new AuditTrail.Filter(null, null, "case", "C-TEST-3"), 0, 1).get(0);
        jdbc.sql("DELETE FROM audit_entry WHERE seq = ?").param(entry.seq()).update();
        try {
            AuditTrail.Verification v = trail.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBadSeq()).isEqualTo(entry.seq());
        } finally {
            jdbc.sql("""
                    INSERT INTO audit_entry (seq, occurred_at, actor, organisation, action, object_type, object_id, purpose,
                                             outcome, detail, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(entry.seq(), java.time.OffsetDateTime.ofInstant(entry.occurredAt(), java.time.ZoneOffset.UTC),
                            entry.actor(), entry.organisation(), entry.action(), entry.objectType(), entry.objectId(),
                            entry.purpose(), entry.outcome(), entry.detail(), entry.prevHash(), entry.entryHash())
                    .update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theCommandRefusesArguments() {
        CliRunner.Result r = CliRunner.run(env, "audit", "verify", "extra");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("takes no arguments");
    }
}
