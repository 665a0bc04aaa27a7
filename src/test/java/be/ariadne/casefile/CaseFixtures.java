package be.ariadne.casefile;

import be.ariadne.shared.SystemActor;
import be.ariadne.testsupport.Api;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Helpers for the case file's integration tests: cases opened through the API, records placed
 * directly with the application's own scope (to put data in compartments no test user may write),
 * tokens kept per user.
 */
@Component
class CaseFixtures {
    static final SystemActor SYSTEM = new SystemActor("test");
    private final CaseFiles files;
    private final CaseEditing editing;
    private final CaseDocuments documents;
    private final Sharing sharing;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    CaseFixtures(CaseFiles files, CaseEditing editing, CaseDocuments documents, Sharing sharing) {
        this.files = files;
        this.editing = editing;
        this.documents = documents;
        this.sharing = sharing;
    }

    String token(Api api, String username) {
        return tokens.computeIfAbsent(username, u -> api.token(u, "demo"));
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** A case held by {@code centre}, opened by the application. */
    CaseRef open(String centre, NewCase c) {
        return SYSTEM.call(() -> files.open(c, centre));
    }

    CaseScope system(CaseRef ref) {
        return CaseScope.system(ref, SYSTEM);
    }

    long note(CaseRef ref, Compartment c, String body) {
        return editing.create(system(ref), CaseModel.NOTES, RawInput.of(Map.of("body", body)), c);
    }

    long add(CaseRef ref, EntitySpec e, Compartment c, Map<String, Object> values) {
        return editing.create(system(ref), e, RawInput.of(new LinkedHashMap<>(values)), c);
    }

    void patch(CaseRef ref, EntitySpec e, Map<String, Object> values) {
        editing.patch(system(ref), e, RawInput.of(values), editing.version(e, ref, 0));
    }

    long pdf(CaseRef ref, Compartment c, String fileName) {
        return documents.upload(system(ref), c.name(), "OTHER", "application/pdf", fileName, PDF);
    }

    long share(CaseRef ref, String partner, List<String> compartments) {
        return sharing.share(system(ref), new Sharing.Request(partner, compartments, "CONSENT", "test sharing", "VICTIM", "2025-01-02", null, null));
    }

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
}
