package be.ariadne.casefile;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.crypto.Binding;
import be.ariadne.crypto.FieldEncryption;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of a case: PDF, PNG or JPEG only, whose first bytes must be what the declared type
 * says, up to {@code ariadne.casefile.max-document-bytes} (10 MB by default). Content and file
 * name are encrypted; every download is audited.
 */
@Service
class CaseDocuments {
    /** The accepted types and the bytes their files start with. */
    static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final CodeLists codes;
    private final CaseHistory history;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxBytes;
    private final be.ariadne.crypto.UnreadableValues unreadable;

    CaseDocuments(JdbcClient jdbc, FieldEncryption encryption, CodeLists codes, CaseHistory history, AuditLog audit, Clock clock,
                  @Value("${ariadne.casefile.max-document-bytes:10485760}") long maxBytes, be.ariadne.crypto.UnreadableValues unreadable) {
        this.unreadable = unreadable;
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.codes = codes;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    record Document(long id, Compartment compartment, String type, String mediaType, long size, String fileName, Instant uploadedAt,
                    String uploadedBy, String uploadedByOrg) {
    }

    record Content(Document document, byte[] bytes) {
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The type a file really is, from its first bytes, or null when it is none of the accepted ones. */
    static String sniff(byte[] content) {
        for (Map.Entry<String, byte[]> e : SIGNATURES.entrySet()) {
            byte[] sig = e.getValue();
            if (content.length >= sig.length && Arrays.equals(Arrays.copyOf(content, sig.length), sig)) return e.getKey();
        }
        return null;
    }

    @Transactional
    long upload(CaseScope scope, String compartmentCode, String type, String declaredMediaType, String fileName, byte[] content) {
        List<FieldProblem> problems = new ArrayList<>();
        Compartment c = null;
        if (compartmentCode == null || compartmentCode.isBlank()) problems.add(new FieldProblem("compartment", "is required"));
        else {
            try {
                c = Compartment.valueOf(compartmentCode.trim());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("compartment", "unknown compartment '" + compartmentCode + "'"));
            }
        }
        if (c != null) scope.require(c, Access.WRITE);
        if (type == null || type.isBlank()) problems.add(new FieldProblem("type", "is required"));
        else if (!codes.contains(CodeLists.DOCUMENT_TYPES, type.trim())) problems.add(new FieldProblem("type", "unknown document type '" + type + "'"));
        String media = declaredMediaType == null ? "" : declaredMediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            problems.add(new FieldProblem("file", "is missing or empty"));
        } else if (content.length > maxBytes) {
            problems.add(new FieldProblem("file", "is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB (" + maxBytes + " bytes)"));
        } else if (!SIGNATURES.containsKey(media)) {
            problems.add(new FieldProblem("file", "type '" + media + "' is not accepted: PDF, PNG or JPEG only"));
        } else {
            String actual = sniff(content);
            if (!media.equals(actual)) {
                problems.add(new FieldProblem("file", "is not a " + media + " file as declared" + (actual == null ? "" : " (it is " + actual + ")")));
            }
        }
        String name = cleanName(fileName);
        if (name.length() > 200) problems.add(new FieldProblem("file", "name is longer than 200 characters"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        long caseId = scope.ref().id();
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO case_document (case_id, compartment, doc_type, media_type, size_bytes, file_name, content, created_at, "
                        + "created_by, created_by_org, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(caseId, c.name(), type.trim(), media, (long) content.length,
                        encryption.encrypt(name, Binding.of("case_document", "file_name", caseId)),
                        encryption.encryptBytes(content, Binding.of("case_document", "content", caseId)), now, scope.actor().username(),
                        new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.VARCHAR, scope.actor().organisationCode()), now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        history.record(caseId, scope.actor(), List.of(
                new CaseHistory.Change(c, "documents", id, "CREATE", "fileName", null, name),
                new CaseHistory.Change(c, "documents", id, "CREATE", "type", null, type.trim())));
        audit.record(scope.actor(), AuditEvent.of("CASE_DOCUMENT_UPLOADED", "case", scope.ref().code())
                .withDetail("compartment=" + c + " document=" + id + " type=" + type.trim() + " bytes=" + content.length));
        return id;
    }

    List<Document> list(CaseScope scope, Set<Compartment> compartments) {
        if (compartments.isEmpty()) return List.of();
        long caseId = scope.ref().id();
        String in = compartments.stream().map(x -> "'" + x.name() + "'").collect(Collectors.joining(", "));
        Binding names = Binding.of("case_document", "file_name", caseId);
        return jdbc.sql("SELECT id, compartment, doc_type, media_type, size_bytes, file_name, created_at, created_by, created_by_org "
                        + "FROM case_document WHERE case_id = ? AND compartment IN (" + in + ") ORDER BY created_at DESC, id DESC")
                .param(caseId)
                .query((rs, n) -> new Document(rs.getLong(1), Compartment.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getLong(5), unreadable.decryptText(rs.getBytes(6), names, "case", () -> scope.ref().code()),
                        rs.getObject(7, OffsetDateTime.class).toInstant(),
                        rs.getString(8), rs.getString(9)))
                .list();
    }

    /** The document's content, if its compartment may be read; audited. */
    @Transactional
    Content download(CaseScope scope, long id) {
        long caseId = scope.ref().id();
        String compartment = jdbc.sql("SELECT compartment FROM case_document WHERE id = ? AND case_id = ?").params(id, caseId)
                .query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Case " + scope.ref().code() + " has no document " + id + "."));
        Compartment c = Compartment.valueOf(compartment);
        scope.require(c, Access.READ);
        Document d = list(scope, Set.of(c)).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        byte[] bytes = jdbc.sql("SELECT content FROM case_document WHERE id = ?").param(id).query(byte[].class).single();
        byte[] plain = encryption.decryptBytes(bytes, Binding.of("case_document", "content", caseId));
        audit.record(scope.actor(), AuditEvent.of("CASE_DOCUMENT_DOWNLOADED", "case", scope.ref().code())
                .withDetail("compartment=" + c + " document=" + id + (scope.viaBreakGlass().contains(c) ? " break-glass=" + scope.breakGlassGrant() : "")));
        return new Content(d, plain);
    }

    static String cleanName(String fileName) {
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return n.isEmpty() ? "document" : n;
    }
}
