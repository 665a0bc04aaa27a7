package be.ariadne.publicsite;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives concerns from the public: stores each report once (the receipt code is the key, so a
 * form sent twice makes one report), then announces it with {@link ConcernReported} in the same
 * transaction. Additions made later with the receipt code are appended, once per form.
 */
@Service
class ConcernReports {
    private final ReportStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    ConcernReports(ReportStore store, AuditLog audit, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** The report stored (or found, when the same form was sent before), and whether it was already there. */
    record Receipt(long reportId, boolean alreadyReceived) {
    }

    Receipt submit(Concern concern, String receiptCode, String language) {
        String hash = ReceiptCode.hash(receiptCode);
        Optional<Long> existing = store.idByReceipt(hash);
        if (existing.isPresent()) return new Receipt(existing.get(), true);
        try {
            Long id = tx.execute(s -> {
                Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
                long reportId = store.insert(concern, hash, at, language);
                audit.record(AuditEvent.of("CONCERN_REPORTED", "concern_report", reportId)
                        .withDetail((concern.urgent() ? "urgent " : "") + (concern.contact() == null ? "anonymous" : "named")));
                events.publishEvent(new ConcernReported(reportId, concern.postalCode(), concern.municipality(), concern.urgent(),
                        concern.signs(), at));
                return reportId;
            });
            return new Receipt(id, false);
        } catch (DuplicateKeyException sameFormAtTheSameTime) {
            // A double click: the other request stored it a moment ago.
            return new Receipt(store.idByReceipt(hash).orElseThrow(() -> sameFormAtTheSameTime), true);
        }
    }

    /** The report a receipt code belongs to. */
    Optional<Long> reportOf(String canonicalCode) {
        return store.idByReceipt(ReceiptCode.hash(canonicalCode));
    }

    /** Appends the text to the report; false when this form had already added it. */
    boolean add(long reportId, String submissionKey, String text) {
        if (store.additionExists(submissionKey)) return false;
        try {
            tx.executeWithoutResult(s -> {
                long additionId = store.addition(reportId, submissionKey, text, clock.instant().truncatedTo(ChronoUnit.MICROS));
                audit.record(AuditEvent.of("CONCERN_REPORT_ADDITION", "concern_report", reportId)
                        .withDetail("addition " + additionId));
            });
            return true;
        } catch (DuplicateKeyException sameFormAtTheSameTime) {
            return false;
        }
    }
}
