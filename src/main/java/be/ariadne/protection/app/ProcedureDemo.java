package be.ariadne.protection.app;

import be.ariadne.casefile.CaseFiles;
import be.ariadne.casefile.CaseRef;
import be.ariadne.protection.Condition;
import be.ariadne.protection.ProcedureEvent;
import be.ariadne.shared.DemoContributor;
import be.ariadne.shared.SystemActor;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo data: on the case file's shared demo case ({@code DEMO-1}, PAG-ASA, shared with the
 * Immigration Office), a procedure in progress whose annex 15 ends in 10 days, so that
 * {@code caseworker} sees it on the home page and the deadlines dashboard and {@code immigration}
 * in the Immigration Office's list. Idempotent; dates relative to the day of seeding.
 */
@Component
class ProcedureDemo implements DemoContributor {
    static final String DEMO_CASE = "DEMO-1";

    private final CaseFiles files;
    private final ProcedureStore store;
    private final Procedures procedures;
    private final Environment env;

    ProcedureDemo(CaseFiles files, ProcedureStore store, Procedures procedures, Environment env) {
        this.files = files;
        this.store = store;
        this.procedures = procedures;
        this.env = env;
    }

    @Override
    public int order() {
        return 400; // after the case file's demo cases (200)
    }

    @Override
    public void seed() {
        if ("0".equals(env.getProperty("ariadne.demo.cases"))) return;
        seedProcedure();
    }

    /** Seeds the demo procedure unless the case has one; returns the case's code, if the demo case exists. */
    Optional<String> seedProcedure() {
        Optional<CaseRef> demo = files.findByExternalId("PAG_ASA", DEMO_CASE);
        if (demo.isEmpty()) return Optional.empty();
        CaseRef ref = demo.get();
        if (store.load(ref.id()).version() > 0) return Optional.of(ref.code());
        SystemActor actor = new SystemActor("demo");
        LocalDate today = procedures.today();
        LocalDate granted = today.minusDays(35); // 45-day annex 15: ends in 10 days
        actor.run(() -> {
            procedures.recordAsSystem(actor, ref, ProcedureEvent.conditionMet(granted, Condition.ACCEPT_SUPPORT));
            procedures.recordAsSystem(actor, ref, ProcedureEvent.reflectionPeriodGranted(granted)
                    .withNote("Demo (synthetic): annex 15 issued by the Immigration Office."));
            procedures.recordAsSystem(actor, ref, ProcedureEvent.conditionMet(today.minusDays(30), Condition.BREAK_CONTACT));
        });
        return Optional.of(ref.code());
    }
}
