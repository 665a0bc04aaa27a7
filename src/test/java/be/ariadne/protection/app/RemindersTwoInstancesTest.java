package be.ariadne.protection.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.AriadneApplication;
import be.ariadne.casefile.CaseFiles;
import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.NewCase;
import be.ariadne.protection.ProcedureEvent;
import be.ariadne.shared.SystemActor;
import be.ariadne.testsupport.CliRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import be.ariadne.shared.mail.Mailer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances on one database, with one clock the test moves: each reminder is
 * created exactly once however the instances race, and a run after downtime catches up with the
 * most recent reminder due for each document that is still valid.
 */
class RemindersTwoInstancesTest {
    static final SystemActor SYSTEM = new SystemActor("test");
    static final MutableClock CLOCK = new MutableClock(LocalDate.of(2026, 3, 1));
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    /** Stands for the SMTP server: what each instance handed over. */
    static final List<String> MAILS = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final Mailer MAILER = new Mailer() {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public boolean send(String to, String subject, String body) {
            MAILS.add(to + " " + subject);
            return true;
        }
    };

    static ConfigurableApplicationContext start(boolean demo) {
        return new SpringApplicationBuilder(AriadneApplication.class)
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("clock", CLOCK);
                    ((GenericApplicationContext) ctx).registerBean("recordingMailer", Mailer.class, () -> MAILER, bd -> bd.setPrimary(true));
                })
                .run("--server.port=0", "--ariadne.test.db-name=protection-reminders", "--ariadne.demo=" + demo, "--ariadne.demo.cases=0");
    }

    @BeforeAll
    static void startBoth() {
        a = start(true);
        b = start(false);
        a.getBean(JdbcClient.class).sql("UPDATE app_user SET email = 'caseworker@pag-asa.example' WHERE username = 'caseworker'").update();
    }

    static long mailsAbout(String caseCode) {
        return MAILS.stream().filter(m -> m.startsWith("caseworker@pag-asa.example ") && m.contains(" case " + caseCode + " ")).count();
    }

    @AfterAll
    static void stopBoth() {
        if (b != null) b.close();
        if (a != null) a.close();
    }

    /** A PAG-ASA case whose annex 15 (45 days) ends {@code daysLeft} days after the clock's today. */
    static String caseEndingIn(int daysLeft) {
        CaseFiles files = a.getBean(CaseFiles.class);
        Procedures procedures = a.getBean(Procedures.class);
        return SYSTEM.call(() -> {
            CaseRef ref = files.open(NewCase.builder().build(), "PAG_ASA");
            procedures.recordAsSystem(SYSTEM, ref, ProcedureEvent.reflectionPeriodGranted(CLOCK.today().plusDays(daysLeft - 45)));
            return ref.code();
        });
    }

    static List<String> offsets(String caseCode) {
        return a.getBean(JdbcClient.class).sql("SELECT reminder_offset FROM procedure_reminder WHERE case_code = ? ORDER BY id")
                .param(caseCode).query(String.class).list();
    }

    static <T> List<T> race(Callable<T> onA, Callable<T> onB) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<T> fa = pool.submit(() -> { go.await(); return onA.call(); });
            Future<T> fb = pool.submit(() -> { go.await(); return onB.call(); });
            go.countDown();
            List<T> out = new ArrayList<>();
            out.add(fa.get());
            out.add(fb.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachReminderIsCreatedOnceWhateverTheInstancesDo() throws Exception {
        CLOCK.set(LocalDate.of(2026, 3, 1));
        String x = caseEndingIn(10);
        // The scheduled path on both instances at once: the database lease and the unique key.
        List<Optional<Reminders.Run>> runs = race(() -> a.getBean(ReminderJob.class).runNow(), () -> b.getBean(ReminderJob.class).runNow());
        assertThat(offsets(x)).containsExactly("P14D");
        // Even without the lease (both instances inside the job at the same moment), the unique key decides.
        String y = caseEndingIn(12);
        List<Reminders.Run> direct = race(() -> a.getBean(Reminders.class).run(CLOCK.today()), () -> b.getBean(Reminders.class).run(CLOCK.today()));
        assertThat(direct.get(0).created() + direct.get(1).created()).isEqualTo(1);
        assertThat(offsets(y)).containsExactly("P14D");
        assertThat(offsets(x)).containsExactly("P14D");
        // The holding centre's case worker is the recipient, once.
        assertThat(a.getBean(JdbcClient.class).sql("SELECT x.username FROM procedure_reminder_recipient x JOIN procedure_reminder r "
                + "ON r.id = x.reminder_id WHERE r.case_code = ?").param(x).query(String.class).list()).containsExactly("caseworker");
        // Seven days later the 3-day reminder is due: once again exactly once.
        CLOCK.set(LocalDate.of(2026, 3, 8));
        race(() -> a.getBean(ReminderJob.class).runNow(), () -> b.getBean(ReminderJob.class).runNow());
        race(() -> a.getBean(Reminders.class).run(CLOCK.today()), () -> b.getBean(Reminders.class).run(CLOCK.today()));
        assertThat(offsets(x)).containsExactly("P14D", "P3D");
        assertThat(runs).anyMatch(Optional::isPresent);
        // One e-mail per reminder, whichever instance created it.
        assertThat(mailsAbout(x)).isEqualTo(2);
        assertThat(mailsAbout(y)).isEqualTo(1);
        assertThat(MAILS).allMatch(m -> m.startsWith("caseworker@pag-asa.example Ariadne: "));
    }

    @Test
    void afterDowntimeTheMostRecentReminderDueIsSentOnceAndNoneForAnEndedDeadline() {
        CLOCK.set(LocalDate.of(2026, 6, 1));
        String soon = caseEndingIn(2);     // its 14-day (May 20) and 3-day (May 31) reminders fell while the application was down
        String over = caseEndingIn(-1);    // ended yesterday: no reminder any more
        String later = caseEndingIn(20);   // nothing due yet
        Reminders reminders = b.getBean(Reminders.class);
        reminders.run(CLOCK.today());
        assertThat(offsets(soon)).containsExactly("P3D");
        assertThat(offsets(over)).isEmpty();
        assertThat(offsets(later)).isEmpty();
        assertThat(reminders.run(CLOCK.today()).created()).as("a second run sends nothing again").isZero();
        CLOCK.set(LocalDate.of(2026, 6, 7));
        reminders.run(CLOCK.today());
        assertThat(offsets(soon)).as("its deadline is over").containsExactly("P3D");
        assertThat(offsets(later)).containsExactly("P14D");
    }

    @Test
    void theCommandRunsTheRemindersAndRefusesArguments() {
        var env = a.getEnvironment();
        CliRunner.Result bad = CliRunner.run(env, "reminders", "run", "now");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("takes no arguments");
        CliRunner.Result ok = CliRunner.run(env, "reminders", "run");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("reminders:");
    }
}
