package be.ariadne.publicsite;

import java.time.Instant;
import java.util.List;

/**
 * A member of the public reported a concern; published in the transaction that stored it (listen
 * with {@code @TransactionalEventListener} or {@code @ApplicationModuleListener}: the event is then
 * delivered once the report is committed). The referral module puts a signal in the triage queue
 * of the centre that serves {@code postalCode} (or {@code municipality} when no postal code was
 * given), reads the content with {@link PublicReports#find(long)} and records the routing with
 * {@link PublicReports#markRouted(long, String)}.
 *
 * @param reportId     the report's id
 * @param postalCode   Belgian postal code (4 digits), or null
 * @param municipality municipality as typed by the reporter, or null (one of the two is given)
 * @param urgent       the reporter said someone is in immediate danger (they were told to call 112)
 * @param signs        quick-screen sign codes the reporter ticked (e.g. {@code DOCUMENTS_CONFISCATED})
 * @param receivedAt   when the report was stored
 */
public record ConcernReported(long reportId, String postalCode, String municipality, boolean urgent, List<String> signs,
                              Instant receivedAt) {
    public ConcernReported {
        signs = List.copyOf(signs);
    }
}
