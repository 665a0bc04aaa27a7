package be.ariadne.privacy;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.casefile.CaseDataProtection;
import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.Compartment;
import be.ariadne.shared.SystemActor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the closed cases whose retention has ended, compartment by compartment, and erases them.
 * Each case is erased in its own transaction together with its markers ({@code privacy_erasure}):
 * a case is either fully erased for a compartment and marked so, or untouched. A run stopped
 * midway (process killed, database gone) leaves the cases done so far done and the others intact;
 * the next run goes on. The case row is locked for the erasure, so two instances cannot erase the
 * same case twice, and a legal hold placed meanwhile is seen.
 */
@Service
class Erasure {
    private static final Logger log = LoggerFactory.getLogger(Erasure.class);
    static final int PAGE = 200;
    static final SystemActor ACTOR = new SystemActor("erasure");

    private final RetentionRules rules;
    private final LegalHolds holds;
    private final CaseDataProtection cases;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Tests only: called at named points of the erasure of a case, to simulate a crash there. */
    volatile FaultPoint faults = (point, ref) -> { };

    interface FaultPoint {
        void at(String point, CaseRef ref);
    }

    Erasure(RetentionRules rules, LegalHolds holds, CaseDataProtection cases, JdbcClient jdbc, TransactionTemplate tx, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.holds = holds;
        this.cases = cases;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One case of the report: what would be (or was) erased, or why it is skipped. */
    record Item(String caseCode, String centre, LocalDate closedOn, Set<Compartment> compartments, boolean held) {
    }

    record Report(LocalDate day, List<Item> due, List<Item> held) {
        long compartments() {
            return due.stream().mapToLong(i -> i.compartments().size()).sum();
        }
    }

    record Result(String runRef, int erased, int held, int skipped) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What a run would erase on {@code day}, and which cases a legal hold keeps. Changes nothing. */
    Report dryRun(LocalDate day) {
        List<Item> due = new ArrayList<>();
        List<Item> held = new ArrayList<>();
        scan(day, (c, expired) -> {
            Item item = new Item(c.ref().code(), c.ref().holdingOrganisationCode(), c.closedOn(), expired, holds.held(c.ref().id()));
            (item.held() ? held : due).add(item);
            return true;
        });
        return new Report(day, due, held);
    }

    /** Erases what has expired on {@code day}: each case in its own transaction; returns the counts. */
    Result run(LocalDate day) {
        String runRef = "erasure-" + day + "-" + UUID.randomUUID().toString().substring(0, 8);
        int[] counts = new int[3];
        scan(day, (c, expired) -> {
            switch (eraseOne(c.ref(), day, runRef)) {
                case ERASED -> counts[0]++;
                case HELD -> counts[1]++;
                case NOTHING -> counts[2]++;
            }
            return true;
        });
        Result r = new Result(runRef, counts[0], counts[1], counts[2]);
        ACTOR.run(() -> tx.executeWithoutResult(s -> audit.record(ACTOR, AuditEvent.of("ERASURE_RUN", "erasure", runRef)
                .withDetail("day=" + day + " erased=" + r.erased() + " held=" + r.held() + " skipped=" + r.skipped()))));
        if (r.erased() > 0) log.info("erasure {}: {} cases erased, {} kept by a legal hold", runRef, r.erased(), r.held());
        return r;
    }

    enum Outcome { ERASED, HELD, NOTHING }

    /** The erasure of one case, all or nothing. */
    Outcome eraseOne(CaseRef ref, LocalDate day, String runRef) {
        return ACTOR.call(() -> tx.execute(s -> {
            CaseDataProtection.Locked state = cases.lock(ref);
            if (!state.closed()) return Outcome.NOTHING; // reopened since it was found
            Set<Compartment> expired = rules.expired(state.closedOn(), day);
            expired.removeAll(erased(List.of(ref.id())).getOrDefault(ref.id(), Set.of()));
            if (expired.isEmpty()) return Outcome.NOTHING; // another instance did it meanwhile
            if (holds.held(ref.id())) return Outcome.HELD;
            faults.at("before-erase", ref);
            int rows = cases.erase(ref, expired);
            faults.at("after-erase", ref);
            events.publishEvent(new CaseCompartmentsErased(ref, Set.copyOf(expired)));
            OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
            for (Compartment c : expired) {
                jdbc.sql("INSERT INTO privacy_erasure (case_id, compartment, erased_at, rule_years, run_ref) VALUES (?, ?, ?, ?, ?)")
                        .params(ref.id(), c.name(), now, rules.years(c), runRef).update();
                faults.at("after-marker", ref);
            }
            audit.record(ACTOR, AuditEvent.of("CASE_ERASED", "case", ref.code()).withPurpose("retention ended")
                    .withDetail("compartments=" + names(expired) + " closedOn=" + state.closedOn() + " rows=" + rows + " run=" + runRef));
            return Outcome.ERASED;
        }));
    }

    static String names(Set<Compartment> set) {
        return set.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    interface Visitor {
        boolean visit(CaseDataProtection.ClosedCase c, Set<Compartment> expired);
    }

    /** Walks the closed cases whose retention has ended for at least one compartment not yet erased. */
    private void scan(LocalDate day, Visitor visitor) {
        LocalDate latest = rules.earliestExpiry(day);
        long after = 0;
        while (true) {
            List<CaseDataProtection.ClosedCase> page = cases.closedCases(latest, after, PAGE);
            if (page.isEmpty()) return;
            Map<Long, Set<Compartment>> done = erased(page.stream().map(c -> c.ref().id()).toList());
            for (CaseDataProtection.ClosedCase c : page) {
                Set<Compartment> expired = rules.expired(c.closedOn(), day);
                expired.removeAll(done.getOrDefault(c.ref().id(), Set.of()));
                if (!expired.isEmpty() && !visitor.visit(c, expired)) return;
            }
            after = page.get(page.size() - 1).ref().id();
        }
    }

    /** The compartments already erased, per case. */
    Map<Long, Set<Compartment>> erased(List<Long> caseIds) {
        Map<Long, Set<Compartment>> out = new HashMap<>();
        if (caseIds.isEmpty()) return out;
        String in = caseIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        jdbc.sql("SELECT case_id, compartment FROM privacy_erasure WHERE case_id IN (" + in + ")")
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Compartment.class)).add(Compartment.valueOf(rs.getString(2)));
                });
        return out;
    }
}
