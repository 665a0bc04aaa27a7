package be.ariadne.audit;

import be.ariadne.shared.cli.CliCommand;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code java -jar ariadne.jar audit verify}: exit 0 when the chain is intact, 1 when it is broken. */
@Component
class AuditVerifyCommand implements CliCommand {
    private final AuditTrail trail;

    AuditVerifyCommand(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public String name() {
        return "audit verify";
    }

    @Override
    public String usage() {
        return "audit verify    check the whole audit trail's hash chain (exit 0 intact, 1 broken)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("audit verify takes no arguments (got: " + String.join(" ", args) + ")");
            return 2;
        }
        AuditTrail.Verification v = trail.verify();
        if (v.intact()) {
            out.println("audit trail intact: " + v.entriesChecked() + " entries verified");
            return 0;
        }
        err.println("audit trail BROKEN at entry " + v.firstBadSeq() + ": " + v.problem());
        return 1;
    }
}
