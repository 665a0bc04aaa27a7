package be.ariadne.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain: each entry's hash is the SHA-256 of the previous entry's hash and of every
 * field of the entry, in a fixed, unambiguous encoding (each field length-prefixed, so that
 * moving text from one field to the next changes the hash).
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String prevHash, long seq, Instant occurredAt, String actor, String organisation, String action,
                       String objectType, String objectId, String purpose, String outcome, String detail) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, prevHash);
        field(sb, Long.toString(seq));
        field(sb, occurredAt.toString());
        field(sb, actor);
        field(sb, organisation);
        field(sb, action);
        field(sb, objectType);
        field(sb, objectId);
        field(sb, purpose);
        field(sb, outcome);
        field(sb, detail);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String hash(AuditEntry e) {
        return hash(e.prevHash(), e.seq(), e.occurredAt(), e.actor(), e.organisation(), e.action(), e.objectType(),
                e.objectId(), e.purpose(), e.outcome(), e.detail());
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-1:");
        } else {
            sb.append(value.length()).append(':').append(value);
        }
        sb.append('|');
    }
}
