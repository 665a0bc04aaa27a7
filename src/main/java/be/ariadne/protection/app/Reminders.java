package be.ariadne.protection.app;

import be.ariadne.access.Accounts;
import be.ariadne.access.Role;
import be.ariadne.access.UserAccount;
import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.protection.DurationRules;
import be.ariadne.protection.ProcedureState;
import be.ariadne.protection.Reminder;
import be.ariadne.protection.ReminderPlan;
import be.ariadne.shared.Actor;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.mail.Mailer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case workers' reminders that a residence document expires (14 and 3 days before, offsets
 * from {@code durations.json}): stored in the application, listed on the home page and the
 * reminders page, e-mailed when SMTP is configured. "Exactly once" rests on the database: a
 * reminder is one row under a unique key (case, document, last valid day, offset), and only the
 * instance whose insert succeeds notifies anyone. After downtime the run catches up: each document
 * still valid gets its most recent reminder due, once.
 */
@Service
public class Reminders {
    private final JdbcClient jdbc;
    private final ProcedureStore store;
    private final ReminderPlan plan;
    private final Accounts accounts;
    private final Mailer mailer;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    Reminders(JdbcClient jdbc, ProcedureStore store, DurationRules rules, Accounts accounts, Mailer mailer, AuditLog audit,
              TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.plan = ReminderPlan.from(rules);
        this.accounts = accounts;
        this.mailer = mailer;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a run did: reminders created by this run, e-mails handed to the SMTP server. */
    public record Run(int created, int emailed) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Creates (and e-mails) the reminders due on {@code today} that no run created before. */
    public Run run(LocalDate today) {
        LocalDate horizon = today;
        for (Period offset : plan.offsets()) if (today.plus(offset).isAfter(horizon)) horizon = today.plus(offset);
        Map<String, ProcedureStore.Row> rows = new HashMap<>();
        Map<String, ProcedureState> states = new HashMap<>();
        for (ProcedureStore.Row row : store.expiringBetween(today, horizon, null)) {
            rows.put(row.caseCode(), row);
            states.put(row.caseCode(), store.load(row.caseId()).state());
        }
        if (states.isEmpty()) return new Run(0, 0);
        Set<String> sent = new HashSet<>();
        jdbc.sql("SELECT case_code, document, valid_until, reminder_offset FROM procedure_reminder WHERE valid_until >= ?")
                .param(today)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getObject(3, LocalDate.class) + "|" + rs.getString(4))
                .list().forEach(sent::add);
        int created = 0;
        int emailed = 0;
        for (Reminder r : plan.toSend(states, today, sent)) {
            ProcedureStore.Row row = rows.get(r.caseCode());
            List<UserAccount> recipients;
            try {
                recipients = tx.execute(s -> create(row, r, today));
            } catch (DuplicateKeyException already) {
                continue; // another instance (or an earlier run) created it: the unique key decides
            }
            created++;
            emailed += email(row, r, recipients);
        }
        return new Run(created, emailed);
    }

    /** Inserts the reminder and its recipients; {@link DuplicateKeyException} when it exists already (the unique key). */
    private List<UserAccount> create(ProcedureStore.Row row, Reminder r, LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("INSERT INTO procedure_reminder (case_id, case_code, centre_code, document, valid_until, reminder_offset, due_on, "
                            + "created_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(row.caseId(), row.caseCode(), row.centreCode(), r.document().name(), r.validUntil(), r.offset().toString(),
                            r.dueOn(), today, now, "system:reminders")
                    .update();
        long id = jdbc.sql("SELECT id FROM procedure_reminder WHERE case_id = ? AND document = ? AND valid_until = ? AND reminder_offset = ?")
                .params(row.caseId(), r.document().name(), r.validUntil(), r.offset().toString()).query(Long.class).single();
        List<UserAccount> recipients = accounts.list(row.centreCode()).stream()
                .filter(u -> u.active() && u.roles().contains(Role.CASE_WORKER)).toList();
        for (UserAccount u : recipients) {
            jdbc.sql("INSERT INTO procedure_reminder_recipient (reminder_id, user_id, username) VALUES (?, ?, ?)")
                    .params(id, u.id(), u.username()).update();
        }
        audit.record("system:reminders", null, AuditEvent.of("PROCEDURE_REMINDER_CREATED", "case", row.caseCode())
                .withDetail("document=" + r.document() + " validUntil=" + r.validUntil() + " offset=" + r.offset()
                        + " recipients=" + recipients.size()));
        return recipients;
    }

    /** E-mails the recipients (case code and date only, never an identity); marks who was e-mailed. */
    private int email(ProcedureStore.Row row, Reminder r, List<UserAccount> recipients) {
        if (!mailer.enabled()) return 0;
        int sent = 0;
        String subject = "Ariadne: " + r.document() + " of case " + r.caseCode() + " expires on " + r.validUntil();
        String body = "The " + r.document() + " of case " + r.caseCode() + " is valid until " + r.validUntil()
                + ".\nOpen the case in Ariadne to record the next step of the procedure: /cases/" + r.caseCode() + "\n";
        for (UserAccount u : recipients) {
            if (u.email() == null || u.email().isBlank()) continue;
            if (mailer.send(u.email(), subject, body)) {
                sent++;
                jdbc.sql("UPDATE procedure_reminder_recipient SET emailed_at = ? WHERE user_id = ? AND reminder_id = "
                                + "(SELECT id FROM procedure_reminder WHERE case_id = ? AND document = ? AND valid_until = ? AND reminder_offset = ?)")
                        .params(OffsetDateTime.now(clock), u.id(), row.caseId(), r.document().name(), r.validUntil(), r.offset().toString())
                        .update();
            }
        }
        return sent;
    }

    /** One reminder as its recipient sees it. */
    public record Item(long id, String caseCode, String document, LocalDate validUntil, String offset, LocalDate dueOn,
                       OffsetDateTime createdAt, boolean read) {
    }

    /** The actor's reminders, unread first, newest first. */
    public List<Item> of(Actor actor, boolean unreadOnly, int limit) {
        return jdbc.sql("SELECT r.id, r.case_code, r.document, r.valid_until, r.reminder_offset, r.due_on, r.created_at, x.read_at "
                        + "FROM procedure_reminder r JOIN procedure_reminder_recipient x ON x.reminder_id = r.id WHERE x.user_id = ?"
                        + (unreadOnly ? " AND x.read_at IS NULL" : "")
                        + " ORDER BY CASE WHEN x.read_at IS NULL THEN 0 ELSE 1 END, r.valid_until, r.id DESC LIMIT " + Math.max(1, limit))
                .param(actor.userId())
                .query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, OffsetDateTime.class), rs.getObject(8) != null))
                .list();
    }

    /** Marks one of the actor's reminders read; 404 when it is not theirs. */
    public void markRead(Actor actor, long id) {
        int found = jdbc.sql("SELECT COUNT(*) FROM procedure_reminder_recipient WHERE reminder_id = ? AND user_id = ?")
                .params(id, actor.userId()).query(Integer.class).single();
        if (found == 0) throw new NotFoundException("There is no reminder " + id + " for you.");
        jdbc.sql("UPDATE procedure_reminder_recipient SET read_at = ? WHERE reminder_id = ? AND user_id = ? AND read_at IS NULL")
                .params(OffsetDateTime.now(clock), id, actor.userId()).update();
    }
}
