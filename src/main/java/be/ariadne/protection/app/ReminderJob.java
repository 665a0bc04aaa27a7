package be.ariadne.protection.app;

import be.ariadne.shared.JobLocks;
import be.ariadne.shared.cli.CliCommand;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders every {@code ariadne.protection.reminders-interval} (default hourly, and once
 * shortly after start, which catches up after downtime) under the database lease
 * {@value #LOCK}; the unique key of each reminder keeps "exactly once" even if two instances ran at
 * the same moment. Also the command {@code reminders run}.
 */
@Component
public class ReminderJob implements CliCommand {
    static final String LOCK = "protection-reminders";
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final JobLocks locks;

    ReminderJob(Reminders reminders, JobLocks locks) {
        this.reminders = reminders;
        this.locks = locks;
    }

    @Scheduled(initialDelayString = "${ariadne.protection.reminders-initial-delay:PT1M}",
            fixedDelayString = "${ariadne.protection.reminders-interval:PT1H}")
    void scheduled() {
        try {
            runNow();
        } catch (RuntimeException e) {
            log.warn("reminder run failed, will retry at the next interval: {}", e.toString());
        }
    }

    /** One run under the lease; empty when another instance holds it. */
    public java.util.Optional<Reminders.Run> runNow() {
        AtomicReference<Reminders.Run> result = new AtomicReference<>();
        boolean ran = locks.runExclusively(LOCK, Duration.ofMinutes(10), () -> result.set(reminders.run(reminders.today())));
        if (ran && result.get() != null && result.get().created() > 0) {
            log.info("reminders: {} created, {} e-mails sent", result.get().created(), result.get().emailed());
        }
        return ran ? java.util.Optional.ofNullable(result.get()) : java.util.Optional.empty();
    }

    @Override
    public String name() {
        return "reminders run";
    }

    @Override
    public String usage() {
        return "reminders run    create (and e-mail) the procedure reminders due today that were not sent yet (exit 0)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("reminders run takes no arguments (got: " + String.join(" ", args) + ")");
            return 2;
        }
        var result = runNow();
        if (result.isEmpty()) {
            out.println("reminders: another instance is running them now; nothing done");
            return 0;
        }
        out.println("reminders: " + result.get().created() + " created, " + result.get().emailed() + " e-mails sent (mail "
                + "configured: see spring.mail.host)");
        return 0;
    }
}
