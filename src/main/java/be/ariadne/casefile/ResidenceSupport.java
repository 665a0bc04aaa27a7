package be.ariadne.casefile;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the victim-status procedure (module {@code protection}) needs from the case file, and
 * nothing more: whether a case is a presumed minor (to choose the minors' durations), the cases
 * shared with the caller's organisation whose {@link Compartment#RESIDENCE} they may write, and the
 * few identity facts an Immigration Office needs to issue a residence document (names, birth date,
 * identity documents: never phones, addresses or aliases). Access goes through {@link CaseGuard}.
 */
@Component
public class ResidenceSupport {
    private final CaseGuard guard;
    private final CaseState state;
    private final CaseRecords records;
    private final CaseFiles files;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    ResidenceSupport(CaseGuard guard, CaseState state, CaseRecords records, CaseFiles files, JdbcClient jdbc, AuditLog audit) {
        this.guard = guard;
        this.state = state;
        this.records = records;
        this.files = files;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Whether the case is flagged a presumed minor, and the date of birth when known (no access check: internal use). */
    public record Minority(boolean presumedMinor, LocalDate birthDate) {
    }

    /** One identity document, as the Immigration Office needs it. */
    public record IdentityDocument(String type, String number, String issuingCountry, LocalDate expiryDate) {
    }

    /** The identity needed to issue a residence document. */
    public record DocumentIdentity(String caseCode, String firstName, String lastName, LocalDate birthDate,
                                   List<IdentityDocument> documents) {
    }

    /** For the procedure's durations: the presumed-minor flag and the birth date of the case. */
    @Transactional(readOnly = true)
    public Minority minority(CaseRef ref) {
        boolean flagged = jdbc.sql("SELECT presumed_minor FROM case_file WHERE id = ?").param(ref.id())
                .query(Boolean.class).optional().orElse(false);
        LocalDate birthDate = state.facts(ref.id()).map(CaseFacts::birthDate).orElse(null);
        return new Minority(flagged, birthDate);
    }

    /**
     * Codes of the cases shared with the signed-in user's organisation whose RESIDENCE compartment
     * the user may write now, newest sharing first.
     */
    public List<CaseRef> residenceSharedWithMe(int limit) {
        Actor actor = CaseGuard.currentActor();
        List<CaseRef> out = new ArrayList<>();
        for (String code : files.sharedWith(actor, Math.max(1, limit))) {
            guard.lookup(code).filter(ref -> guard.may(actor, ref, Compartment.RESIDENCE, Access.WRITE)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The identity needed to issue a residence document, for the signed-in user when they may read
     * the case's IDENTITY compartment (404 / 403 otherwise, as {@link CaseGuard#require}). Audited as a read.
     */
    @Transactional // not read-only: the read is audited
    public DocumentIdentity identityForDocuments(String caseCode) {
        CaseScope scope = guard.scope(CaseGuard.currentActor(), caseCode);
        scope.require(Compartment.IDENTITY, Access.READ);
        long id = scope.ref().id();
        Map<EntitySpec, CaseRecords.Row> rows = records.singletons(id, List.of(CaseModel.IDENTITY), rs -> { });
        CaseRecords.Row identity = rows.get(CaseModel.IDENTITY);
        // Within the reader's identity parts too (casefile/identity-restrictions.csv), as every other reading.
        String first = identity == null || !scope.reads("identity", "firstName") ? null : (String) identity.get("firstName");
        String last = identity == null || !scope.reads("identity", "lastName") ? null : (String) identity.get("lastName");
        LocalDate birth = identity == null || !scope.reads("identity", "birthDate") ? null : (LocalDate) identity.get("birthDate");
        List<IdentityDocument> docs = new ArrayList<>();
        for (CaseRecords.Row r : scope.reads(CaseModel.ID_DOCUMENTS) ? records.list(CaseModel.ID_DOCUMENTS, id, EnumSet.of(Compartment.IDENTITY))
                : List.<CaseRecords.Row>of()) {
            docs.add(new IdentityDocument((String) r.get("type"), (String) r.get("number"), (String) r.get("issuingCountry"),
                    (LocalDate) r.get("expiryDate")));
        }
        audit.record(scope.actor(), AuditEvent.of("CASE_READ", "case", scope.ref().code())
                .withDetail("compartments=IDENTITY fields=names,birthDate,identityDocuments purpose=residence-documents"));
        guard.auditBreakGlassRead(scope, EnumSet.of(Compartment.IDENTITY));
        return new DocumentIdentity(scope.ref().code(), first, last, birth, docs);
    }

    /** The case by code, without access check (check with {@link CaseGuard} before showing anything). */
    public Optional<CaseRef> find(String caseCode) {
        return guard.lookup(caseCode);
    }
}
