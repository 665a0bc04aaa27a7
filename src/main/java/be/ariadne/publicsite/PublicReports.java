package be.ariadne.publicsite;

import be.ariadne.access.OrganisationType;
import be.ariadne.access.Organisations;
import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may do with the concerns reported by the public: read one for a centre's
 * triage, record which centre took it, and find those no centre has taken yet (to catch up after
 * a failure between storing and routing). Every read is audited, as a read of personal data.
 */
@Service
public class PublicReports {
    private final ReportStore store;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    PublicReports(ReportStore store, Organisations organisations, AuditLog audit, Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report's content, decrypted, with the information added later; empty when there is no such report. */
    @Transactional
    public Optional<PublicReport> find(long reportId) {
        Optional<PublicReport> report = store.find(reportId);
        report.ifPresent(r -> audit.record(AuditEvent.of("CONCERN_REPORT_READ", "concern_report", reportId)));
        return report;
    }

    /**
     * Records that the report landed in the triage queue of the centre {@code centreCode} (the code
     * of an active organisation of type {@code SPECIALISED_CENTRE}). Marking it again for the same
     * centre changes nothing; for another centre (a transfer) the new centre replaces the old.
     *
     * @throws NotFoundException     when there is no such report
     * @throws InvalidInputException when the code is not that of an active specialised centre
     */
    @Transactional
    public void markRouted(long reportId, String centreCode) {
        if (!store.exists(reportId)) throw new NotFoundException("There is no public report " + reportId);
        boolean centre = centreCode != null && organisations.byCode(centreCode)
                .filter(o -> o.type() == OrganisationType.SPECIALISED_CENTRE && o.active()).isPresent();
        if (!centre) throw new InvalidInputException("centreCode", "'" + centreCode + "' is not an active specialised centre");
        Optional<String> before = store.routedCentre(reportId);
        if (before.isPresent() && before.get().equals(centreCode)) return;
        store.markRouted(reportId, centreCode, clock.instant().truncatedTo(ChronoUnit.MICROS));
        audit.record(AuditEvent.of("CONCERN_REPORT_ROUTED", "concern_report", reportId)
                .withDetail(before.map(b -> b + " -> ").orElse("") + centreCode));
    }

    /** Ids of the reports not yet routed to a centre, oldest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Long> unrouted(int limit) {
        return store.unrouted(limit);
    }
}
