package be.ariadne.exchange;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.casefile.CaseImport;
import be.ariadne.shared.Actor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the cases of a centre the acting user may read in full as HTCDS CSV (the case file
 * decides which, through its guard), and audits the export with its row count. A case the standard
 * cannot carry as it is (e.g. a name longer than HTCDS allows) is left out and reported.
 */
@Service
class HtcdsExport {
    private final CaseImport cases;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    HtcdsExport(CaseImport cases, AuditLog audit, TransactionTemplate tx) {
        this.cases = cases;
        this.audit = audit;
        this.tx = tx;
    }

    record Result(long written, long skipped) {
    }

    /** Refuses (before anything is written) a caller who may not export this centre's cases. */
    void requireAllowed(String centreCode) {
        cases.requireExport(centreCode);
    }

    Result export(String centreCode, OutputStream out, Consumer<String> skippedListener) {
        long[] counts = new long[2];
        try {
            HtcdsCsvWriter writer = HtcdsCsvWriter.open(out);
            tx.executeWithoutResult(s -> cases.export(centreCode, c -> {
                try {
                    writer.write(CaseMapping.toRecord(c));
                    counts[0]++;
                } catch (IllegalArgumentException e) {
                    counts[1]++;
                    skippedListener.accept(c.externalId() + ": " + e.getMessage());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(actor(), AuditEvent.of("CASES_EXPORTED", "organisation", centreCode)
                .withDetail("format=HTCDS-2.0-CSV rows=" + counts[0] + " skipped=" + counts[1]));
        return new Result(counts[0], counts[1]);
    }

    private static Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return (Actor) auth.getPrincipal();
    }
}
