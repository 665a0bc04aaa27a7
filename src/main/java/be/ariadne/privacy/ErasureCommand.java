package be.ariadne.privacy;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.JobLocks;
import be.ariadne.shared.cli.CliCommand;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code erasure dry-run [--date YYYY-MM-DD]}: what retention would erase (today, or on a future
 * day for planning), and which cases a legal hold keeps. {@code erasure run}: erase it now (takes
 * the same lock as the scheduled job; interrupted, run it again).
 */
@Component
class ErasureCommand implements CliCommand {
    private final Erasure erasure;
    private final JobLocks locks;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    ErasureCommand(Erasure erasure, JobLocks locks, AuditLog audit, TransactionTemplate tx) {
        this.erasure = erasure;
        this.locks = locks;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public String name() {
        return "erasure";
    }

    @Override
    public String usage() {
        return "erasure dry-run [--date YYYY-MM-DD] | erasure run   cases past retention: report, or erase them";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String sub = args.isEmpty() ? "" : args.get(0);
        switch (sub) {
            case "dry-run" -> {
                LocalDate day = erasure.today();
                if (args.size() == 3 && args.get(1).equals("--date")) {
                    try {
                        day = LocalDate.parse(args.get(2));
                    } catch (DateTimeParseException e) {
                        err.println("--date: '" + args.get(2) + "' is not a date (YYYY-MM-DD)");
                        return 2;
                    }
                    if (day.isBefore(erasure.today())) {
                        err.println("--date: " + day + " is in the past; give today or a later day");
                        return 2;
                    }
                } else if (args.size() != 1) {
                    err.println("usage: " + usage());
                    return 2;
                }
                Erasure.Report r = erasure.dryRun(day);
                LocalDate d = day;
                Erasure.ACTOR.run(() -> tx.executeWithoutResult(s -> audit.record(Erasure.ACTOR,
                        AuditEvent.of("ERASURE_DRY_RUN", "erasure", d.toString()).withDetail("due=" + r.due().size() + " held=" + r.held().size()))));
                out.println("erasure dry-run for " + day + " (nothing is changed)");
                out.println("case\tcentre\tclosed on\tcompartments");
                for (Erasure.Item i : r.due()) out.println(i.caseCode() + "\t" + i.centre() + "\t" + i.closedOn() + "\t" + Erasure.names(i.compartments()));
                for (Erasure.Item i : r.held()) {
                    out.println(i.caseCode() + "\t" + i.centre() + "\t" + i.closedOn() + "\tKEPT (legal hold): " + Erasure.names(i.compartments()));
                }
                out.println(r.due().size() + " cases would be erased (" + r.compartments() + " compartments), " + r.held().size()
                        + " kept by a legal hold");
                return 0;
            }
            case "run" -> {
                if (args.size() != 1) {
                    err.println("usage: erasure run   (erases what has expired today; see 'erasure dry-run' first)");
                    return 2;
                }
                Erasure.Result[] result = new Erasure.Result[1];
                boolean ran = locks.runExclusively(ErasureJob.LOCK, Duration.ofHours(2), () -> result[0] = erasure.run(erasure.today()));
                if (!ran) {
                    err.println("another instance is erasing now; try again later");
                    return 1;
                }
                out.println("erased " + result[0].erased() + " cases, " + result[0].held() + " kept by a legal hold (run " + result[0].runRef() + ")");
                return 0;
            }
            default -> {
                err.println("usage: " + usage());
                return 2;
            }
        }
    }
}
