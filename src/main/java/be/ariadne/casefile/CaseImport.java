package be.ariadne.casefile;

import be.ariadne.access.Organisation;
import be.ariadne.access.OrganisationType;
import be.ariadne.access.Organisations;
import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.crypto.Binding;
import be.ariadne.crypto.BlindIndex;
import be.ariadne.crypto.BlindIndexKind;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.shared.Actor;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.SystemActor;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Bulk import and export of cases (HTCDS exchange). An import {@link Session} adds cases in
 * chunks inside the caller's transaction — so that the caller decides all-or-nothing — with
 * multi-row inserts (COPY on PostgreSQL), identities encrypted and blind-indexed in a small thread
 * pool. A case whose {@code externalId} the centre already holds is updated instead: a value given
 * replaces the case's value (each change kept in the history, old → new), a value not given leaves
 * the case's value as it is, a phone number, identity document number or address not yet known is
 * added. Facts are published as {@link CaseFactsChanged} once per chunk.
 */
@Service
public class CaseImport {
    static final String IMPORT_ACTOR_NOTE = "HTCDS import";
    private static final String SUMMARY_COLUMNS = "code, holding_org_id, external_id, registration_date, status, trafficking_status, stage, "
            + "stage_date, closed_on, gender, birth_year, age_at_registration, age_when_trafficked, presumed_minor, citizenships, languages, "
            + "exploitation, labour_sectors, control_methods, recruitment_methods, relation_to_recruiter, sex_exploitation_types, "
            + "created_at, created_by, updated_at, version";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final CaseGuard guard;
    private final CodeLists codes;
    private final Organisations organisations;
    private final FieldEncryption encryption;
    private final BlindIndex blindIndex;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ForkJoinPool pool = new ForkJoinPool(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
    private volatile Boolean postgres;

    CaseImport(JdbcClient jdbc, DataSource dataSource, CaseGuard guard, CodeLists codes, Organisations organisations,
               FieldEncryption encryption, BlindIndex blindIndex, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.guard = guard;
        this.codes = codes;
        this.organisations = organisations;
        this.encryption = encryption;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A problem of one case of a chunk: its position in the chunk, the field, the value given, what is wrong. */
    public record Problem(int index, String field, String value, String message) {
    }

    /** What a chunk did: cases created, cases updated, and the problems of the cases left out. */
    public record Outcome(int created, int updated, List<Problem> problems) {
    }

    /**
     * Starts importing cases held by {@code centreCode}: for the application acting (command line,
     * demo data) with a {@link SystemActor}; a person must be a case worker of that very centre.
     *
     * @throws InvalidInputException the centre is not an active specialised centre
     * @throws AccessDeniedException the signed-in user may not import for that centre
     */
    public Session begin(String centreCode) {
        Actor actor = CaseGuard.currentActor();
        Organisation centre = organisations.byCode(centreCode)
                .filter(o -> o.type() == OrganisationType.SPECIALISED_CENTRE && o.active())
                .orElseThrow(() -> new InvalidInputException("centre", "'" + centreCode + "' is not an active specialised centre"));
        if (!(actor instanceof SystemActor)) requireOwnCentreCaseWorker(actor, centre);
        return new Session(actor, centre);
    }

    private void requireOwnCentreCaseWorker(Actor actor, Organisation centre) {
        if (!"SPECIALISED_CENTRE".equals(actor.organisationType()) || guard.row(actor).get(Compartment.CASE_SUMMARY) != Access.WRITE
                || guard.row(actor).get(Compartment.IDENTITY) != Access.WRITE) {
            throw new AccessDeniedException("only case workers of a specialised centre import cases");
        }
        if (actor.organisationId() != centre.id()) throw new AccessDeniedException("a user may only import cases for their own centre");
    }

    /**
     * Whether a large import should commit chunk by chunk (after checking the whole file first):
     * on an H2 file database, whose append-only store grows by gigabytes under one transaction of a
     * million rows; PostgreSQL takes one transaction well.
     */
    public boolean prefersChunkCommits() {
        if (isPostgres()) return false;
        try {
            return jdbc.sql("SELECT DATABASE_PATH()").query(String.class).optional().isPresent();
        } catch (RuntimeException notH2) {
            return false;
        }
    }

    /**
     * For a staged import into an H2 file: sets aside the blind-index hash index (random keys: each
     * chunk would rewrite most of its pages) and returns what builds it again, sorted, at the end.
     * H2 commits on DDL; the command line has the file database to itself. Elsewhere, nothing.
     */
    public Runnable setAsideRandomIndexes() {
        if (!prefersChunkCommits()) return () -> { };
        jdbc.sql("DROP INDEX IF EXISTS case_blind_index_hash_ix").update();
        return () -> jdbc.sql("CREATE INDEX IF NOT EXISTS case_blind_index_hash_ix ON case_blind_index (index_hash, case_id)").update();
    }

    /** The centres cases may be imported for (codes). */
    public List<String> centreCodes() {
        return organisations.ofType(OrganisationType.SPECIALISED_CENTRE).stream().filter(Organisation::active).map(Organisation::code).toList();
    }

    /** One import, inside the caller's transaction. Not thread-safe. */
    public final class Session {
        private final Actor actor;
        private final Organisation centre;
        private int created;
        private int updated;
        /** The centre's cases by external id, and every case code: read once, kept up to date (no lookup per chunk). */
        private final Map<String, Long> byExternalId = new HashMap<>();
        private final Set<String> codesInUse = new HashSet<>();
        /** The cases this import created, to remove them again if a staged import fails half-way. */
        private final List<Long> createdIds = new ArrayList<>();

        private Session(Actor actor, Organisation centre) {
            this.actor = actor;
            this.centre = centre;
            jdbc.sql("SELECT external_id, id FROM case_file WHERE holding_org_id = ? AND external_id IS NOT NULL").param(centre.id())
                    .query(rs -> {
                        byExternalId.put(rs.getString(1), rs.getLong(2));
                    });
            codesInUse.addAll(jdbc.sql("SELECT code FROM case_file").query(String.class).list());
            if (!isPostgres()) largerH2Cache();
        }

        public String centreCode() {
            return centre.code();
        }

        public int created() {
            return created;
        }

        public int updated() {
            return updated;
        }

        /**
         * Checks the cases and imports those without a problem (a case with a problem is left out
         * and reported); must run inside a transaction.
         */
        public Outcome add(List<ImportedCase> cases) {
            List<Problem> problems = new ArrayList<>();
            LocalDate today = LocalDate.now(clock);
            List<Integer> good = new ArrayList<>(cases.size());
            for (int i = 0; i < cases.size(); i++) {
                int before = problems.size();
                CaseImport.this.check(cases.get(i), i, today, problems);
                if (problems.size() == before) good.add(i);
            }
            Map<String, Long> existing = existing(good.stream().map(i -> cases.get(i).externalId()).toList());
            List<ImportedCase> fresh = new ArrayList<>();
            List<CaseFacts> facts = new ArrayList<>();
            int changed = 0;
            OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
            for (int i : good) {
                ImportedCase c = cases.get(i);
                Long id = existing.get(c.externalId());
                if (id == null) {
                    fresh.add(c);
                } else {
                    update(id, c, actor, now, today);
                    changed++;
                }
            }
            if (!fresh.isEmpty()) {
                List<CaseFacts> inserted = insert(fresh, actor, centre, now, codesInUse);
                for (CaseFacts f : inserted) {
                    codesInUse.add(f.caseCode());
                }
                for (int k = 0; k < fresh.size(); k++) {
                    byExternalId.put(fresh.get(k).externalId(), inserted.get(k).caseId());
                    createdIds.add(inserted.get(k).caseId());
                }
                facts.addAll(inserted);
            }
            if (changed > 0) {
                for (int i : good) {
                    Long id = existing.get(cases.get(i).externalId());
                    if (id != null) facts.add(factsOf(id));
                }
            }
            if (!facts.isEmpty()) events.publishEvent(new CaseFactsChanged(facts));
            created += fresh.size();
            updated += changed;
            return new Outcome(fresh.size(), changed, problems);
        }

        /**
         * Removes the cases this import created (a staged import that failed half-way, see
         * {@link #prefersChunkCommits()}); run it in a transaction of its own.
         */
        public void undoCreated() {
            for (int from = 0; from < createdIds.size(); from += 1000) {
                String in = join(createdIds.subList(from, Math.min(createdIds.size(), from + 1000)));
                for (String table : List.of("case_blind_index", "case_identity", "case_investigation", "case_legal", "case_minor",
                        "case_transition", "case_change", "case_phone", "case_id_document", "case_address")) {
                    jdbc.sql("DELETE FROM " + table + " WHERE case_id IN (" + in + ")").update();
                }
                jdbc.sql("DELETE FROM case_file WHERE id IN (" + in + ")").update();
            }
            for (Long id : createdIds) byExternalId.values().remove(id);
            created = 0;
            createdIds.clear();
        }

        /** The problems of these cases, without importing any. */
        public List<Problem> check(List<ImportedCase> cases) {
            List<Problem> problems = new ArrayList<>();
            LocalDate today = LocalDate.now(clock);
            for (int i = 0; i < cases.size(); i++) CaseImport.this.check(cases.get(i), i, today, problems);
            return problems;
        }

        /** Records the import in the audit trail (one entry, with its counts and source). */
        public void finish(String source, long rejected) {
            audit.record(actor, AuditEvent.of("CASES_IMPORTED", "organisation", centre.code())
                    .withDetail("source=" + source + " created=" + created + " updated=" + updated + " rejected=" + rejected));
        }

        private Map<String, Long> existing(List<String> externalIds) {
            Map<String, Long> out = new HashMap<>();
            for (String e : externalIds) {
                Long id = byExternalId.get(e);
                if (id != null) out.put(e, id);
            }
            return out;
        }
    }

    // ---- checks -------------------------------------------------------------------------------

    private void check(ImportedCase c, int i, LocalDate today, List<Problem> problems) {
        text(i, "externalId", c.externalId(), 100, true, problems);
        if (c.registrationDate() == null) problems.add(new Problem(i, "registrationDate", "", "is required"));
        else if (c.registrationDate().isAfter(today)) problems.add(new Problem(i, "registrationDate", c.registrationDate().toString(), "is in the future"));
        if (c.birthDate() != null) {
            if (c.birthDate().isAfter(today)) problems.add(new Problem(i, "birthDate", c.birthDate().toString(), "is in the future"));
            else if (c.registrationDate() != null && c.birthDate().isAfter(c.registrationDate())) {
                problems.add(new Problem(i, "birthDate", c.birthDate().toString(), "is after the registration date " + c.registrationDate()));
            }
            if (c.birthYear() != null && c.birthYear() != c.birthDate().getYear()) {
                problems.add(new Problem(i, "birthYear", c.birthYear().toString(), "does not agree with the birth date " + c.birthDate()));
            }
        } else if (c.birthYear() != null && c.registrationDate() != null && c.birthYear() > c.registrationDate().getYear()) {
            problems.add(new Problem(i, "birthYear", c.birthYear().toString(), "is after the registration year " + c.registrationDate().getYear()));
        }
        if (c.ageWhenTrafficked() != null && (c.ageWhenTrafficked() < 0 || c.ageWhenTrafficked() > 120)) {
            problems.add(new Problem(i, "ageWhenTrafficked", c.ageWhenTrafficked().toString(), "is not an age from 0 to 120"));
        }
        text(i, "closingNote", c.closingNote(), 2000, false, problems);
        text(i, "firstName", c.firstName(), 100, false, problems);
        text(i, "lastName", c.lastName(), 100, false, problems);
        text(i, "identityNumber", c.identityNumber(), 60, false, problems);
        text(i, "phone", c.phone(), 30, false, problems);
        if (c.phone() != null && !c.phone().matches(CaseFiles.PHONE)) problems.add(new Problem(i, "phone", c.phone(), "is not a phone number"));
        if (c.address() != null) {
            text(i, "address.street", c.address().street(), 200, false, problems);
            text(i, "address.postalCode", c.address().postalCode(), 20, false, problems);
            text(i, "address.municipality", c.address().municipality(), 100, false, problems);
            if (c.address().country() != null && !codes.isCountry(c.address().country())) {
                problems.add(new Problem(i, "address.country", c.address().country(), "is not an ISO 3166-1 alpha-2 country code"));
            }
        }
        for (String country : c.citizenships()) {
            if (!codes.isCountry(country)) problems.add(new Problem(i, "citizenships", country, "is not an ISO 3166-1 alpha-2 country code"));
        }
        for (String language : c.languages()) {
            if (!codes.isLanguage(language)) problems.add(new Problem(i, "languages", language, "is not an ISO 639-1 language code"));
        }
        code(i, "relationToRecruiter", CodeLists.RECRUITER_RELATIONS, c.relationToRecruiter() == null ? List.of() : List.of(c.relationToRecruiter()), problems);
        code(i, "recruitmentMethods", CodeLists.RECRUITMENT_METHODS, c.recruitmentMethods(), problems);
        code(i, "controlMethods", CodeLists.CONTROL_METHODS, c.controlMethods(), problems);
        code(i, "labourSectors", CodeLists.ISIC_SECTORS, c.labourSectors(), problems);
        if (String.join(";", c.sexExploitationTypes()).length() > 190) {
            problems.add(new Problem(i, "sexExploitationTypes", String.join(";", c.sexExploitationTypes()), "is too long"));
        }
    }

    private static void text(int i, String field, String value, int max, boolean required, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            if (required) problems.add(new Problem(i, field, "", "is required"));
        } else if (value.length() > max) {
            problems.add(new Problem(i, field, value, "is longer than " + max + " characters"));
        }
    }

    private void code(int i, String field, String list, Collection<String> values, List<Problem> problems) {
        for (String v : values) if (!codes.contains(list, v)) problems.add(new Problem(i, field, v, "is not a known value"));
    }

    // ---- creating -----------------------------------------------------------------------------

    /** The rows of one new case, prepared (encrypted, indexed) off the database thread. */
    private record Prepared(List<Object[]> identity, List<Object[]> blind, List<Object[]> transitions, List<Object[]> changes,
                            List<Object[]> phones, List<Object[]> documents, List<Object[]> addresses) {
    }

    private List<CaseFacts> insert(List<ImportedCase> cases, Actor actor, Organisation centre, OffsetDateTime now, Set<String> codesInUse) {
        boolean pg = isPostgres();
        List<String> caseCodes = newCodes(cases.size(), codesInUse);
        BulkRows files = new BulkRows("case_file", SUMMARY_COLUMNS);
        List<CaseFacts> facts = new ArrayList<>(cases.size());
        for (int k = 0; k < cases.size(); k++) {
            ImportedCase c = cases.get(k);
            CaseStatus status = c.status() == null ? CaseStatus.ACTIVE : c.status();
            Integer birthYear = c.birthDate() != null ? Integer.valueOf(c.birthDate().getYear()) : c.birthYear();
            Integer age = CaseChecks.ageAt(c.birthDate(), birthYear, c.registrationDate());
            files.add(caseCodes.get(k), centre.id(), c.externalId(), c.registrationDate(), status.name(),
                    traffickingStatus(c).name(), Stage.DETECTION.name(), c.registrationDate(), status.closed() ? c.registrationDate() : null,
                    gender(c).name(), birthYear, age, c.ageWhenTrafficked(), false, multi(c.citizenships()), multi(c.languages()),
                    multi(c.exploitation().stream().map(Enum::name).sorted().toList()), multi(c.labourSectors()), multi(c.controlMethods()),
                    multi(c.recruitmentMethods()), c.relationToRecruiter(), multi(c.sexExploitationTypes()), now, actor.username(), now, 0);
        }
        List<Long> fileIds = files.flushWithIds(jdbc, dataSource, pg);
        long[] caseIds = new long[cases.size()];
        for (int k = 0; k < cases.size(); k++) caseIds[k] = fileIds.get(k);
        String org = actor.organisationCode();
        String author = actor.username();
        List<Prepared> prepared = pool.submit(() -> java.util.stream.IntStream.range(0, cases.size()).parallel()
                .mapToObj(k -> prepare(caseIds[k], cases.get(k), author, org, now)).toList()).join();
        BulkRows identity = new BulkRows("case_identity", "case_id, first_name, last_name, birth_date, updated_at, version");
        BulkRows inv = new BulkRows("case_investigation", "case_id, updated_at, version");
        BulkRows legal = new BulkRows("case_legal", "case_id, updated_at, version");
        BulkRows minor = new BulkRows("case_minor", "case_id, updated_at, version");
        BulkRows blind = new BulkRows("case_blind_index", "case_id, source_table, source_id, kind, index_hash");
        BulkRows transitions = new BulkRows("case_transition", "case_id, kind, from_stage, to_stage, status, transition_date, reason_text, "
                + "author, author_org, recorded_at");
        BulkRows changes = new BulkRows("case_change", "case_id, compartment, entity, operation, field, new_value, changed_at, changed_by, changed_by_org");
        BulkRows phones = new BulkRows("case_phone", "case_id, phone, created_at, created_by, created_by_org, updated_at, version");
        BulkRows documents = new BulkRows("case_id_document", "case_id, doc_type, doc_number, created_at, created_by, created_by_org, updated_at, version");
        BulkRows addresses = new BulkRows("case_address", "case_id, street, postal_code, municipality, country, created_at, created_by, "
                + "created_by_org, updated_at, version");
        for (int k = 0; k < cases.size(); k++) {
            Prepared p = prepared.get(k);
            long id = caseIds[k];
            p.identity().forEach(identity.rows::add);
            inv.add(id, now, 0);
            legal.add(id, now, 0);
            minor.add(id, now, 0);
            p.blind().forEach(blind.rows::add);
            p.transitions().forEach(transitions.rows::add);
            p.changes().forEach(changes.rows::add);
            p.phones().forEach(phones.rows::add);
            p.documents().forEach(documents.rows::add);
            p.addresses().forEach(addresses.rows::add);
            ImportedCase c = cases.get(k);
            Integer birthYear = c.birthDate() != null ? Integer.valueOf(c.birthDate().getYear()) : c.birthYear();
            facts.add(new CaseFacts(id, caseCodes.get(k), centre.code(), c.registrationDate(), gender(c), c.birthDate(), birthYear,
                    CaseChecks.ageAt(c.birthDate(), birthYear, c.registrationDate()), c.citizenships(), forms(c),
                    traffickingStatus(c), c.status() == null ? CaseStatus.ACTIVE : c.status()));
        }
        for (BulkRows rows : List.of(identity, inv, legal, minor, transitions, changes, addresses)) {
            rows.flush(jdbc, dataSource, pg);
        }
        // The blind indexes of phone and document rows name their row (as CaseRecords does).
        Map<String, Map<Long, Long>> rowIds = new HashMap<>();
        for (BulkRows rows : List.of(phones, documents)) {
            List<Long> caseOf = rows.rows.stream().map(r -> (Long) r[0]).toList();
            List<Long> ids = rows.flushWithIds(jdbc, dataSource, pg);
            Map<Long, Long> byCase = new HashMap<>();
            for (int k = 0; k < ids.size(); k++) byCase.putIfAbsent(caseOf.get(k), ids.get(k));
            rowIds.put(rows.table, byCase);
        }
        for (Object[] r : blind.rows) {
            if (!"case_identity".equals(r[1])) r[2] = rowIds.get((String) r[1]).get((Long) r[0]);
        }
        blind.flush(jdbc, dataSource, pg);
        return facts;
    }

    private Prepared prepare(long id, ImportedCase c, String author, String org, OffsetDateTime now) {
        List<Object[]> identity = new ArrayList<>(1);
        List<Object[]> blind = new ArrayList<>(8);
        List<Object[]> transitions = new ArrayList<>(2);
        List<Object[]> changes = new ArrayList<>(1);
        List<Object[]> phones = new ArrayList<>(1);
        List<Object[]> documents = new ArrayList<>(1);
        List<Object[]> addresses = new ArrayList<>(1);
        String birth = c.birthDate() == null ? null : c.birthDate().toString();
        identity.add(new Object[] {id, enc("case_identity", "first_name", id, c.firstName()), enc("case_identity", "last_name", id, c.lastName()),
                enc("case_identity", "birth_date", id, birth), now, 0});
        Set<String> hashes = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(4);
        if (c.firstName() != null) names.add(c.firstName());
        if (c.lastName() != null) names.add(c.lastName());
        if (c.firstName() != null && c.lastName() != null) {
            names.add(c.firstName() + " " + c.lastName());
            names.add(c.lastName() + " " + c.firstName());
        }
        for (String n : names) index(blind, hashes, id, "case_identity", id, BlindIndexKind.NAME, n);
        index(blind, hashes, id, "case_identity", id, BlindIndexKind.BIRTH_DATE, birth);
        CaseStatus status = c.status() == null ? CaseStatus.ACTIVE : c.status();
        transitions.add(new Object[] {id, StageRules.Kind.OPENED.name(), null, Stage.DETECTION.name(),
                status.closed() ? CaseStatus.ACTIVE.name() : status.name(), c.registrationDate(), null, author, org, now});
        if (status.closed()) {
            transitions.add(new Object[] {id, StageRules.Kind.CLOSE.name(), Stage.DETECTION.name(), Stage.DETECTION.name(), status.name(),
                    c.registrationDate(), enc("case_transition", "reason_text", id, c.closingNote()), author, org, now});
        }
        // No field-by-field history of an imported case's creation: its history starts with the opening
        // transition, by the importing actor, and the audit trail records the import (CASES_IMPORTED).
        // Records of lists are indexed under their own row id, which is known only after the insert:
        // the import indexes them under the case (source_id = case id), which search treats the same.
        if (c.phone() != null) {
            phones.add(new Object[] {id, enc("case_phone", "phone", id, c.phone()), now, author, org, now, 0});
            index(blind, hashes, id, "case_phone", 0L, BlindIndexKind.PHONE, c.phone());
        }
        if (c.identityNumber() != null) {
            documents.add(new Object[] {id, enc("case_id_document", "doc_type", id, "OTHER"),
                    enc("case_id_document", "doc_number", id, c.identityNumber()), now, author, org, now, 0});
            index(blind, hashes, id, "case_id_document", 0, BlindIndexKind.DOCUMENT_NUMBER, c.identityNumber());
        }
        ImportedCase.Address a = c.address();
        if (a != null && (a.street() != null || a.postalCode() != null || a.municipality() != null || a.country() != null)) {
            addresses.add(new Object[] {id, enc("case_address", "street", id, a.street()), enc("case_address", "postal_code", id, a.postalCode()),
                    enc("case_address", "municipality", id, a.municipality()), enc("case_address", "country", id, a.country()),
                    now, author, org, now, 0});
        }
        return new Prepared(identity, blind, transitions, changes, phones, documents, addresses);
    }

    private void index(List<Object[]> rows, Set<String> hashes, long caseId, String table, long sourceId, BlindIndexKind kind, String value) {
        String h = blindIndex.of(kind, value);
        if (h != null && hashes.add(h)) rows.add(new Object[] {caseId, table, sourceId, kind.name(), h});
    }

    private byte[] enc(String table, String field, long caseId, String value) {
        return encryption.encrypt(value, Binding.of(table, field, caseId));
    }

    private List<String> newCodes(int n, Set<String> inUse) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < n) {
            StringBuilder sb = new StringBuilder("AR-");
            for (int k = 0; k < 8; k++) {
                if (k == 4) sb.append('-');
                sb.append(CaseFiles.CODE_ALPHABET.charAt(random.nextInt(CaseFiles.CODE_ALPHABET.length())));
            }
            String code = sb.toString();
            if (!inUse.contains(code)) out.add(code);
        }
        return new ArrayList<>(out);
    }

    // ---- updating -----------------------------------------------------------------------------

    private void update(long id, ImportedCase c, Actor actor, OffsetDateTime now, LocalDate today) {
        Map<String, String> current = jdbc.sql("SELECT registration_date, status, trafficking_status, gender, birth_year, age_at_registration, "
                        + "age_when_trafficked, citizenships, languages, exploitation, labour_sectors, control_methods, recruitment_methods, "
                        + "relation_to_recruiter, sex_exploitation_types, stage, stage_date FROM case_file WHERE id = ? FOR UPDATE")
                .param(id).query((rs, n) -> row(rs)).single();
        Binding idB = Binding.of("case_identity", "first_name", id);
        record Ident(String first, String last, String birth) {
        }
        Ident ident = jdbc.sql("SELECT first_name, last_name, birth_date FROM case_identity WHERE case_id = ?").param(id)
                .query((rs, n) -> new Ident(encryption.decrypt(rs.getBytes(1), idB),
                        encryption.decrypt(rs.getBytes(2), Binding.of("case_identity", "last_name", id)),
                        encryption.decrypt(rs.getBytes(3), Binding.of("case_identity", "birth_date", id))))
                .optional().orElse(new Ident(null, null, null));
        LocalDate birthDate = c.birthDate() != null ? c.birthDate() : ident.birth() == null ? null : LocalDate.parse(ident.birth());
        LocalDate registration = c.registrationDate();
        Integer birthYear = c.birthDate() != null ? Integer.valueOf(c.birthDate().getYear()) : c.birthYear() != null ? c.birthYear()
                : current.get("birth_year") == null ? null : Integer.valueOf(current.get("birth_year"));
        Map<String, Object[]> wanted = new LinkedHashMap<>(); // column -> {field name, typed value, stored text}
        put(wanted, "registration_date", "registrationDate", registration, registration.toString());
        if (c.gender() != null) put(wanted, "gender", "gender", c.gender().name(), c.gender().name());
        if (c.traffickingStatus() != null) put(wanted, "trafficking_status", "traffickingStatus", c.traffickingStatus().name(), c.traffickingStatus().name());
        if (birthYear != null) put(wanted, "birth_year", "birthYear", birthYear, birthYear.toString());
        Integer age = CaseChecks.ageAt(birthDate, birthYear, registration);
        if (age != null) put(wanted, "age_at_registration", "ageAtRegistration", age, age.toString());
        if (c.ageWhenTrafficked() != null) put(wanted, "age_when_trafficked", "ageWhenTrafficked", c.ageWhenTrafficked(), c.ageWhenTrafficked().toString());
        putList(wanted, "citizenships", "citizenships", c.citizenships());
        putList(wanted, "languages", "languages", c.languages());
        putList(wanted, "exploitation", "exploitation", c.exploitation().stream().map(Enum::name).sorted().toList());
        putList(wanted, "labour_sectors", "labourSectors", c.labourSectors());
        putList(wanted, "control_methods", "controlMethods", c.controlMethods());
        putList(wanted, "recruitment_methods", "recruitmentMethods", c.recruitmentMethods());
        if (c.relationToRecruiter() != null) put(wanted, "relation_to_recruiter", "relationToRecruiter", c.relationToRecruiter(), c.relationToRecruiter());
        putList(wanted, "sex_exploitation_types", "sexExploitationTypes", c.sexExploitationTypes());
        List<String> sets = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (Map.Entry<String, Object[]> w : wanted.entrySet()) {
            String old = current.get(w.getKey());
            String neu = (String) w.getValue()[2];
            if (Objects.equals(old, neu)) continue;
            sets.add(w.getKey() + " = ?");
            params.add(w.getValue()[1]);
            history.add(change(id, Compartment.CASE_SUMMARY, "summary", (String) w.getValue()[0], plain(old), plain(neu), actor, now));
        }
        CaseStatus oldStatus = CaseStatus.valueOf(current.get("status"));
        CaseStatus newStatus = c.status();
        BulkRows transitions = new BulkRows("case_transition", "case_id, kind, from_stage, to_stage, status, transition_date, reason_text, "
                + "author, author_org, recorded_at");
        if (newStatus != null && newStatus != oldStatus) {
            sets.add("status = ?");
            params.add(newStatus.name());
            history.add(change(id, Compartment.CASE_SUMMARY, "summary", "status", oldStatus.name(), newStatus.name(), actor, now));
            String stage = current.get("stage");
            if (newStatus.closed() != oldStatus.closed()) {
                sets.add("closed_on = ?");
                params.add(newStatus.closed() ? today : new SqlParameterValue(Types.DATE, null));
                transitions.add(id, (newStatus.closed() ? StageRules.Kind.CLOSE : StageRules.Kind.REOPEN).name(), stage, stage, newStatus.name(),
                        today, enc("case_transition", "reason_text", id, newStatus.closed() ? c.closingNote() : IMPORT_ACTOR_NOTE),
                        actor.username(), actor.organisationCode(), now);
            }
        }
        if (!sets.isEmpty()) {
            params.add(now);
            params.add(id);
            jdbc.sql("UPDATE case_file SET " + String.join(", ", sets) + ", updated_at = ?, version = version + 1 WHERE id = ?").params(params).update();
        }
        // identity
        boolean identityChanged = false;
        String first = c.firstName() != null ? c.firstName() : ident.first();
        String last = c.lastName() != null ? c.lastName() : ident.last();
        String birth = birthDate == null ? null : birthDate.toString();
        if (!Objects.equals(first, ident.first()) || !Objects.equals(last, ident.last()) || !Objects.equals(birth, ident.birth())) {
            identityChanged = true;
            for (String[] f : new String[][] {{"firstName", ident.first(), first}, {"lastName", ident.last(), last}, {"birthDate", ident.birth(), birth}}) {
                if (!Objects.equals(f[1], f[2])) history.add(change(id, Compartment.IDENTITY, "identity", f[0], f[1], f[2], actor, now));
            }
            jdbc.sql("UPDATE case_identity SET first_name = ?, last_name = ?, birth_date = ?, updated_at = ?, version = version + 1 WHERE case_id = ?")
                    .params(bytes(enc("case_identity", "first_name", id, first)), bytes(enc("case_identity", "last_name", id, last)),
                            bytes(enc("case_identity", "birth_date", id, birth)), now, id).update();
        }
        BulkRows blind = new BulkRows("case_blind_index", "case_id, source_table, source_id, kind, index_hash");
        Set<String> hashes = new HashSet<>();
        if (identityChanged) {
            jdbc.sql("DELETE FROM case_blind_index WHERE case_id = ? AND source_table = 'case_identity'").param(id).update();
            List<String> names = new ArrayList<>();
            if (first != null) names.add(first);
            if (last != null) names.add(last);
            if (first != null && last != null) {
                names.add(first + " " + last);
                names.add(last + " " + first);
            }
            List<Object[]> rows = new ArrayList<>();
            for (String n : names) index(rows, hashes, id, "case_identity", id, BlindIndexKind.NAME, n);
            index(rows, hashes, id, "case_identity", id, BlindIndexKind.BIRTH_DATE, birth);
            rows.forEach(blind.rows::add);
        }
        String author = actor.username();
        String org = actor.organisationCode();
        if (c.phone() != null && !known("case_phone", "phone", id, c.phone())) {
            jdbc.sql("INSERT INTO case_phone (case_id, phone, created_at, created_by, created_by_org, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)")
                    .params(id, bytes(enc("case_phone", "phone", id, c.phone())), now, author, org, now).update();
            List<Object[]> rows = new ArrayList<>();
            index(rows, hashes, id, "case_phone", newest("case_phone", id), BlindIndexKind.PHONE, c.phone());
            rows.forEach(blind.rows::add);
            history.add(change(id, Compartment.IDENTITY, "phones", "phone", null, c.phone(), actor, now));
        }
        if (c.identityNumber() != null && !known("case_id_document", "doc_number", id, c.identityNumber())) {
            jdbc.sql("INSERT INTO case_id_document (case_id, doc_type, doc_number, created_at, created_by, created_by_org, updated_at, version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(id, bytes(enc("case_id_document", "doc_type", id, "OTHER")), bytes(enc("case_id_document", "doc_number", id, c.identityNumber())),
                            now, author, org, now).update();
            List<Object[]> rows = new ArrayList<>();
            index(rows, hashes, id, "case_id_document", newest("case_id_document", id), BlindIndexKind.DOCUMENT_NUMBER, c.identityNumber());
            rows.forEach(blind.rows::add);
            history.add(change(id, Compartment.IDENTITY, "identity-documents", "number", null, c.identityNumber(), actor, now));
        }
        ImportedCase.Address a = c.address();
        if (a != null && a.street() != null && !known("case_address", "street", id, a.street())) {
            jdbc.sql("INSERT INTO case_address (case_id, street, postal_code, municipality, country, created_at, created_by, created_by_org, "
                            + "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(id, bytes(enc("case_address", "street", id, a.street())), bytes(enc("case_address", "postal_code", id, a.postalCode())),
                            bytes(enc("case_address", "municipality", id, a.municipality())), bytes(enc("case_address", "country", id, a.country())),
                            now, author, org, now).update();
            history.add(change(id, Compartment.IDENTITY, "addresses", "street", null, a.street(), actor, now));
        }
        boolean pg = isPostgres();
        blind.flush(jdbc, dataSource, pg);
        transitions.flush(jdbc, dataSource, pg);
        BulkRows changes = new BulkRows("case_change", "case_id, compartment, entity, operation, field, old_value, new_value, changed_at, "
                + "changed_by, changed_by_org");
        history.forEach(changes.rows::add);
        changes.flush(jdbc, dataSource, pg);
    }

    private long newest(String table, long caseId) {
        return jdbc.sql("SELECT MAX(id) FROM " + table + " WHERE case_id = ?").param(caseId).query(Long.class).single();
    }

    private boolean known(String table, String column, long caseId, String value) {
        Binding b = Binding.of(table, column, caseId);
        for (byte[] stored : jdbc.sql("SELECT " + column + " FROM " + table + " WHERE case_id = ?").param(caseId).query(byte[].class).list()) {
            if (value.equals(encryption.decrypt(stored, b))) return true;
        }
        return false;
    }

    private Object[] change(long id, Compartment compartment, String entity, String field, String old, String neu, Actor actor, OffsetDateTime now) {
        return new Object[] {id, compartment.name(), entity, "UPDATE", field, enc("case_change", "old_value", id, old),
                enc("case_change", "new_value", id, neu), now, actor.username(), actor.organisationCode()};
    }

    private static Object bytes(byte[] b) {
        return new SqlParameterValue(Types.VARBINARY, b);
    }

    private static void put(Map<String, Object[]> wanted, String column, String field, Object typed, String text) {
        wanted.put(column, new Object[] {field, typed, text});
    }

    private static void putList(Map<String, Object[]> wanted, String column, String field, List<String> values) {
        if (values.isEmpty()) return;
        String m = multi(values);
        wanted.put(column, new Object[] {field, m, m});
    }

    private static Map<String, String> row(ResultSet rs) throws SQLException {
        Map<String, String> m = new HashMap<>();
        int n = rs.getMetaData().getColumnCount();
        for (int i = 1; i <= n; i++) {
            Object v = rs.getObject(i);
            m.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                    v == null ? null : v instanceof java.sql.Date d ? d.toLocalDate().toString() : v.toString());
        }
        return m;
    }

    private static String plain(String stored) {
        if (stored == null) return null;
        if (stored.startsWith(";") && stored.endsWith(";") && stored.length() > 1) return stored.substring(1, stored.length() - 1);
        return stored;
    }

    private CaseFacts factsOf(long id) {
        LocalDate birthDate;
        byte[] enc = jdbc.sql("SELECT birth_date FROM case_identity WHERE case_id = ?").param(id).query(byte[].class).optional().orElse(null);
        String text = encryption.decrypt(enc, Binding.of("case_identity", "birth_date", id));
        birthDate = text == null ? null : LocalDate.parse(text);
        return jdbc.sql("SELECT c.*, o.code AS org_code FROM case_file c JOIN organisation o ON o.id = c.holding_org_id WHERE c.id = ?")
                .param(id).query((rs, n) -> CaseState.facts(rs, birthDate)).single();
    }

    // ---- export -------------------------------------------------------------------------------

    /**
     * Every case held by {@code centreCode} that the acting user may read in full (IDENTITY and
     * CASE_SUMMARY, as holder: {@link CaseGuard}'s rule), by id, to {@code sink}; returns how many.
     * The application acting ({@link SystemActor}, command line) reads them all. A person must be
     * a case worker of that centre. The caller audits the export.
     */
    public long export(String centreCode, Consumer<ImportedCase> sink) {
        Actor actor = CaseGuard.currentActor();
        Organisation centre = requireExport(centreCode);
        String condition = "c.holding_org_id = ?";
        List<Object> baseParams = new ArrayList<>(List.of(centre.id()));
        if (!(actor instanceof SystemActor)) {
            CaseGuard.Visibility identity = guard.visibility(actor, Compartment.IDENTITY);
            CaseGuard.Visibility summary = guard.visibility(actor, Compartment.CASE_SUMMARY);
            condition += " AND " + identity.sql() + " AND " + summary.sql();
            baseParams.addAll(identity.params());
            baseParams.addAll(summary.params());
        }
        long count = 0;
        long after = 0;
        while (true) {
            List<Object> params = new ArrayList<>(baseParams);
            params.add(after);
            List<Map<String, Object>> rows = jdbc.sql("SELECT c.id, c.external_id, c.registration_date, c.status, c.trafficking_status, c.gender, "
                            + "c.birth_year, c.age_when_trafficked, c.citizenships, c.languages, c.exploitation, c.labour_sectors, c.control_methods, "
                            + "c.recruitment_methods, c.relation_to_recruiter, c.sex_exploitation_types, c.code, "
                            + "i.first_name, i.last_name, i.birth_date FROM case_file c LEFT JOIN case_identity i ON i.case_id = c.id WHERE "
                            + condition + " AND c.id > ? ORDER BY c.id LIMIT 2000")
                    .params(params).query((rs, n) -> {
                        Map<String, Object> m = new HashMap<>();
                        int cols = rs.getMetaData().getColumnCount();
                        for (int i = 1; i <= cols; i++) m.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
                        return m;
                    }).list();
            if (rows.isEmpty()) return count;
            List<Long> ids = rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
            Map<Long, String> phones = firstOf("case_phone", "phone", ids);
            Map<Long, String> documents = firstOf("case_id_document", "doc_number", ids);
            Map<Long, String[]> addresses = addresses(ids);
            Map<Long, String> notes = closingNotes(ids);
            List<ImportedCase> out = pool.submit(() -> rows.parallelStream().map(r -> toCase(r, phones, documents, addresses, notes)).toList()).join();
            for (ImportedCase c : out) {
                sink.accept(c);
                count++;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /**
     * The centre, when the acting user may export its cases: the application acting, or a case
     * worker of that centre.
     */
    public Organisation requireExport(String centreCode) {
        Actor actor = CaseGuard.currentActor();
        Organisation centre = organisations.byCode(centreCode)
                .filter(o -> o.type() == OrganisationType.SPECIALISED_CENTRE)
                .orElseThrow(() -> new InvalidInputException("centre", "'" + centreCode + "' is not a specialised centre"));
        if (!(actor instanceof SystemActor)) requireOwnCentreCaseWorker(actor, centre);
        return centre;
    }

    private ImportedCase toCase(Map<String, Object> r, Map<Long, String> phones, Map<Long, String> documents, Map<Long, String[]> addresses,
                                Map<Long, String> notes) {
        long id = ((Number) r.get("id")).longValue();
        String birth = encryption.decrypt((byte[]) r.get("birth_date"), Binding.of("case_identity", "birth_date", id));
        Integer birthYear = r.get("birth_year") == null ? null : ((Number) r.get("birth_year")).intValue();
        String[] a = addresses.get(id);
        String externalId = (String) r.get("external_id");
        return new ImportedCase(externalId != null ? externalId : (String) r.get("code"), date(r.get("registration_date")),
                CaseStatus.valueOf((String) r.get("status")), notes.get(id),
                encryption.decrypt((byte[]) r.get("first_name"), Binding.of("case_identity", "first_name", id)),
                encryption.decrypt((byte[]) r.get("last_name"), Binding.of("case_identity", "last_name", id)),
                Gender.valueOf((String) r.get("gender")), birth == null ? null : LocalDate.parse(birth), birthYear,
                split(r.get("citizenships")), documents.get(id), phones.get(id),
                a == null ? null : new ImportedCase.Address(a[0], a[1], a[2], a[3]), split(r.get("languages")),
                TraffickingStatus.valueOf((String) r.get("trafficking_status")),
                r.get("age_when_trafficked") == null ? null : ((Number) r.get("age_when_trafficked")).intValue(),
                (String) r.get("relation_to_recruiter"), split(r.get("recruitment_methods")), split(r.get("control_methods")),
                split(r.get("exploitation")).stream().map(ExploitationForm::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(ExploitationForm.class))),
                split(r.get("sex_exploitation_types")), split(r.get("labour_sectors")));
    }

    private static LocalDate date(Object o) {
        if (o instanceof LocalDate d) return d;
        if (o instanceof java.sql.Date d) return d.toLocalDate();
        return LocalDate.parse(o.toString());
    }

    private static List<String> split(Object stored) {
        if (stored == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String part : stored.toString().split(";")) if (!part.isEmpty()) out.add(part);
        return out;
    }

    private Map<Long, String> firstOf(String table, String column, List<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("SELECT case_id, " + column + " FROM " + table + " WHERE case_id IN (" + join(ids) + ") ORDER BY id").query(rs -> {
            long id = rs.getLong(1);
            if (!out.containsKey(id)) out.put(id, encryption.decrypt(rs.getBytes(2), Binding.of(table, column, id)));
        });
        return out;
    }

    private Map<Long, String[]> addresses(List<Long> ids) {
        Map<Long, String[]> out = new HashMap<>();
        jdbc.sql("SELECT case_id, street, postal_code, municipality, country FROM case_address WHERE case_id IN (" + join(ids) + ") ORDER BY id")
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (out.containsKey(id)) return;
                    String[] cols = {"street", "postal_code", "municipality", "country"};
                    String[] v = new String[4];
                    for (int i = 0; i < 4; i++) v[i] = encryption.decrypt(rs.getBytes(i + 2), Binding.of("case_address", cols[i], id));
                    out.put(id, v);
                });
        return out;
    }

    /** The note of the latest closing of each closed case. */
    private Map<Long, String> closingNotes(List<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("SELECT t.case_id, t.reason_text FROM case_transition t JOIN case_file c ON c.id = t.case_id WHERE t.case_id IN (" + join(ids)
                        + ") AND t.kind = 'CLOSE' AND c.status IN ('CLOSED', 'CLOSED_REFERRED') ORDER BY t.id")
                .query(rs -> {
                    long id = rs.getLong(1);
                    out.put(id, encryption.decrypt(rs.getBytes(2), Binding.of("case_transition", "reason_text", id)));
                });
        return out;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private boolean isPostgres() {
        Boolean p = postgres;
        if (p == null) {
            Connection c = DataSourceUtils.getConnection(dataSource);
            try {
                p = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                p = false;
            } finally {
                DataSourceUtils.releaseConnection(c, dataSource);
            }
            postgres = p;
        }
        return p;
    }

    /**
     * H2 keeps its pages in a cache of 16 MB by default (per database): a large import then reads
     * back evicted index pages again and again and slows down as the tables grow. The cache is
     * raised to 256 MB (H2's {@code SET CACHE_SIZE}, in KB) when the heap allows it; PostgreSQL
     * manages its own buffers.
     */
    private void largerH2Cache() {
        if (Runtime.getRuntime().maxMemory() < 1536L * 1024 * 1024) return;
        // H2 commits the current transaction on SET: only outside one (the command line and the screens begin before theirs).
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) return;
        try {
            if (jdbc.sql("SELECT DATABASE_PATH()").query(String.class).optional().isEmpty()) return; // in memory
            Integer current = jdbc.sql("SELECT CAST(SETTING_VALUE AS INT) FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'")
                    .query(Integer.class).optional().orElse(0);
            if (current < 262_144) jdbc.sql("SET CACHE_SIZE 262144").update();
        } catch (RuntimeException notAllowed) {
            // not H2, or not an administrator: keep the configured cache
        }
    }

    private static Gender gender(ImportedCase c) {
        return c.gender() == null ? Gender.UNKNOWN : c.gender();
    }

    private static TraffickingStatus traffickingStatus(ImportedCase c) {
        return c.traffickingStatus() == null ? TraffickingStatus.POSSIBLE_VICTIM : c.traffickingStatus();
    }

    private static Set<ExploitationForm> forms(ImportedCase c) {
        return c.exploitation().isEmpty() ? Set.of() : EnumSet.copyOf(c.exploitation());
    }

    private static String multi(List<String> values) {
        return values.isEmpty() ? null : ";" + String.join(";", values) + ";";
    }

    private static String marks(int n) {
        return "?, ".repeat(n - 1) + "?";
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
