package be.ariadne.statistics.app;

import be.ariadne.casefile.CaseFacts;
import be.ariadne.casefile.CaseFactsChanged;
import be.ariadne.casefile.CaseFiles;
import be.ariadne.shared.JobLocks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the facts table up to date: synchronously, in the transaction of the case file's change
 * (so the figures never disagree with the cases), and by a catch-up over the case file's
 * {@link CaseFiles#facts(long, int)} when the application is ready (cases opened before this
 * module existed) or on demand. Writing facts marks their months stale; the monthly and yearly
 * counts are rebuilt after small changes, periodically, and when the application is ready.
 */
@Component
class FactsUpdater {
    private static final Logger log = LoggerFactory.getLogger(FactsUpdater.class);
    static final int CATCH_UP_BATCH = 1000;
    /** Changes of up to this many cases rebuild their months' counts right after they commit. */
    static final int SMALL_CHANGE = 1000;

    private final FactStore store;
    private final FactClassifier classifier;
    private final CaseFiles cases;
    private final JobLocks locks;
    private final TransactionTemplate tx;

    FactsUpdater(FactStore store, FactClassifier classifier, CaseFiles cases, JobLocks locks, TransactionTemplate tx) {
        this.store = store;
        this.classifier = classifier;
        this.cases = cases;
        this.locks = locks;
        this.tx = tx;
    }

    @EventListener
    void on(CaseFactsChanged event) {
        store.upsert(rows(event.facts()));
    }

    /**
     * After a small change (a case edited, a few opened) its months' counts are rebuilt at once, so
     * the counts stay fresh; the batches of a bulk import leave that to {@link #refreshPeriodically()}.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(CaseFactsChanged event) {
        if (event.facts().size() > SMALL_CHANGE) return;
        try {
            refresh();
        } catch (RuntimeException e) {
            // The change itself is committed; the months stay marked and the job rebuilds them.
            log.warn("Statistics: rebuilding counts after a change failed, left to the periodic job: {}", e.toString());
        }
    }

    @Scheduled(initialDelayString = "${ariadne.statistics.refresh-delay:PT20S}", fixedDelayString = "${ariadne.statistics.refresh-every:PT30S}")
    void refreshPeriodically() {
        int months = refresh();
        if (months > 0) log.info("Statistics: counts of {} months rebuilt", months);
    }

    /**
     * Rebuilds the counts of every stale month, one month per transaction, on one instance at a
     * time (another instance busy with it: nothing to do, the marks stay until it or the next run
     * gets them).
     *
     * @return the number of months rebuilt
     */
    int refresh() {
        int[] done = {0};
        locks.runExclusively("statistics-refresh", Duration.ofMinutes(10), () -> {
            for (var month : store.staleMonths().entrySet()) {
                tx.executeWithoutResult(s -> store.rebuild(month.getKey(), month.getValue()));
                done[0]++;
            }
        });
        return done[0];
    }

    List<FactRow> rows(List<CaseFacts> facts) {
        List<FactRow> rows = new ArrayList<>(facts.size());
        for (CaseFacts f : facts) {
            FactRow row = classifier.row(f);
            if (row != null) rows.add(row);
        }
        return rows;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpWhenReady() {
        long done = catchUp(false);
        if (done > 0) log.info("Statistics: facts of {} cases caught up", done);
        refresh();
    }

    /**
     * Brings the facts of the cases the table has not seen (all cases with {@code all}) up to date.
     *
     * @return how many cases were read, or −1 when another instance is doing it
     */
    long catchUp(boolean all) {
        long[] after = {all ? 0 : store.maxCaseId()};
        long[] seen = {0};
        boolean ran = locks.runBatchesExclusively("statistics-catch-up", Duration.ofMinutes(5), () -> {
            List<CaseFacts> batch = cases.facts(after[0], CATCH_UP_BATCH);
            if (batch.isEmpty()) return false;
            tx.executeWithoutResult(s -> store.upsert(rows(batch)));
            after[0] = batch.get(batch.size() - 1).caseId();
            seen[0] += batch.size();
            return true;
        });
        return ran ? seen[0] : -1;
    }
}
