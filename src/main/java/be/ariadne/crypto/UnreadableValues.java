package be.ariadne.crypto;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decrypts a value for display, or, when it cannot be decrypted, reports it (a warning in the log
 * and a {@code VALUE_UNREADABLE} audit entry naming the place, never the value) and gives an
 * {@link UnreadableValue} instead, so that one corrupted value does not hide the rest.
 */
@Component
public class UnreadableValues {
    private static final Logger log = LoggerFactory.getLogger(UnreadableValues.class);
    private final FieldEncryption encryption;
    private final AuditLog audit;

    UnreadableValues(FieldEncryption encryption, AuditLog audit) {
        this.encryption = encryption;
        this.audit = audit;
    }

    /** The text, or an {@link UnreadableValue} (reported against {@code objectType}/{@code objectId}, e.g. "case" and its code). */
    public Object decrypt(byte[] stored, Binding binding, String objectType, Supplier<String> objectId) {
        try {
            return encryption.decrypt(stored, binding);
        } catch (UnreadableValueException e) {
            report(e, objectType, objectId);
            return new UnreadableValue(binding.toString());
        }
    }

    /** The text, or {@code "[unreadable]"} (reported likewise): for values shown as plain text (history, file names, reasons). */
    public String decryptText(byte[] stored, Binding binding, String objectType, Supplier<String> objectId) {
        Object v = decrypt(stored, binding, objectType, objectId);
        return v instanceof UnreadableValue u ? u.toString() : (String) v;
    }

    /** Logs and audits an unreadable value (the audit entry is written in the caller's transaction, unless it is read-only). */
    public void report(UnreadableValueException e, String objectType, Supplier<String> objectId) {
        Binding b = e.binding();
        log.warn("unreadable value at {}.{} of {} {}: {}", b.table(), b.field(), objectType, objectId.get(), e.getMessage());
        if (TransactionSynchronizationManager.isActualTransactionActive() && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) return;
        audit.record(new AuditEvent("VALUE_UNREADABLE", objectType, objectId.get(), null, AuditEvent.Outcome.FAILURE,
                "place=" + b.table() + "." + b.field()));
    }
}
