package be.ariadne.crypto;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.SystemActor;
import be.ariadne.shared.cli.CliCommand;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code keys status} (values per key), {@code keys reencrypt} (move every value to the current
 * key) and {@code keys retire N} (stop requiring a key nothing uses any more).
 */
@Component
class KeysCommand implements CliCommand {
    private final KeyRotation rotation;
    private final FieldEncryption encryption;
    private final AuditLog audit;

    KeysCommand(KeyRotation rotation, FieldEncryption encryption, AuditLog audit) {
        this.rotation = rotation;
        this.encryption = encryption;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "keys";
    }

    @Override
    public String usage() {
        return "keys status | keys reencrypt | keys retire N   encryption keys: values per key, rotation, retirement";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String sub = args.isEmpty() ? "" : args.get(0);
        switch (sub) {
            case "status" -> {
                KeyRotation.KeyCount c = rotation.count();
                out.println("current key: " + encryption.currentKeyId());
                for (Map.Entry<Integer, Long> e : c.perKey().entrySet()) {
                    out.println((e.getKey() < 0 ? "unreadable" : "key " + e.getKey()) + ": " + e.getValue() + " values");
                }
                out.println("total: " + c.total() + " values in " + rotation.columns().size() + " columns");
                return 0;
            }
            case "reencrypt" -> {
                KeyRotation.Pass p = new SystemActor("keys").call(rotation::reencryptAll);
                new SystemActor("keys").run(() -> audit.record(new AuditEvent("KEYS_REENCRYPTED", "key",
                        Integer.toString(encryption.currentKeyId()), null, AuditEvent.Outcome.SUCCESS,
                        p.reencrypted() + " moved, " + p.unreadable() + " unreadable")));
                out.println("examined " + p.examined() + ", re-encrypted " + p.reencrypted() + " to key " + encryption.currentKeyId()
                        + ", changed meanwhile " + p.skippedChanged() + ", unreadable " + p.unreadable());
                return p.unreadable() > 0 ? 1 : 0;
            }
            case "retire" -> {
                if (args.size() != 2 || !args.get(1).matches("\\d+")) {
                    err.println("usage: keys retire N   (N: the id of the key to retire)");
                    return 2;
                }
                try {
                    rotation.retire(Integer.parseInt(args.get(1)));
                } catch (IllegalStateException e) {
                    err.println("cannot retire key " + args.get(1) + ": " + e.getMessage());
                    return 1;
                }
                new SystemActor("keys").run(() -> audit.record(AuditEvent.of("KEY_RETIRED", "key", args.get(1))));
                out.println("key " + args.get(1) + " retired: it is no longer required at start-up");
                return 0;
            }
            default -> {
                err.println("usage: " + usage());
                return 2;
            }
        }
    }
}
