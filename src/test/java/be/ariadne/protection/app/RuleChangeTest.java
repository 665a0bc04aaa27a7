package be.ariadne.protection.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.audit.AuditLog;
import be.ariadne.casefile.CaseFiles;
import be.ariadne.casefile.CaseGuard;
import be.ariadne.casefile.CaseRef;
import be.ariadne.casefile.NewCase;
import be.ariadne.casefile.ResidenceSupport;
import be.ariadne.protection.DurationRules;
import be.ariadne.protection.ProcedureEvent;
import be.ariadne.shared.SystemActor;
import be.ariadne.testsupport.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new duration rule set applies to events recorded after it takes effect; what was recorded keeps its dates and its rule set. */
@IntegrationTest
class RuleChangeTest {
    static final SystemActor SYSTEM = new SystemActor("test");
    @Autowired CaseFiles files;
    @Autowired CaseGuard guard;
    @Autowired ResidenceSupport residence;
    @Autowired ProcedureStore store;
    @Autowired RecordingRights rights;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired Procedures current;
    @Autowired JdbcClient jdbc;

    @Test
    void aRuleChangeAppliesToNewEventsOnly() {
        String json = """
                {"schemaVersion": 1, "reminderOffsets": ["P14D", "P3D"], "ruleSets": [
                  {"id": "BE-2017-05-20", "effectiveFrom": "2017-05-20",
                   "adult": {"reflectionPeriod": "P45D", "registrationCertificate": "P3M", "registrationCertificateExtension": "P3M", "aCard": "P6M", "aCardRenewal": "P6M"},
                   "minor": {"reflectionPeriod": "P3M", "registrationCertificate": "P3M", "registrationCertificateExtension": "P3M", "aCard": "P6M", "aCardRenewal": "P6M"}},
                  {"id": "TEST-2033", "effectiveFrom": "2033-01-01",
                   "adult": {"reflectionPeriod": "P60D", "registrationCertificate": "P6M", "registrationCertificateExtension": "P3M", "aCard": "P1Y", "aCardRenewal": "P1Y"},
                   "minor": {"reflectionPeriod": "P3M", "registrationCertificate": "P6M", "registrationCertificateExtension": "P3M", "aCard": "P1Y", "aCardRenewal": "P1Y"}}]}
                """;
        Procedures changed = new Procedures(guard, residence, store, DurationRules.fromJson(json, "test"), rights, audit, clock);
        CaseRef before = SYSTEM.call(() -> files.open(NewCase.builder().build(), "PAG_ASA"));
        SYSTEM.run(() -> current.recordAsSystem(SYSTEM, before, ProcedureEvent.reflectionPeriodGranted(LocalDate.of(2032, 12, 20))));
        // The rules change; the case recorded under the old rules keeps its end date, also when its next event comes under the new rules.
        SYSTEM.run(() -> changed.recordAsSystem(SYSTEM, before, ProcedureEvent.statementMade(LocalDate.of(2033, 1, 10))));
        var state = changed.readChecked(before).state();
        assertThat(state.history().get(0).validUntil()).isEqualTo(LocalDate.of(2033, 2, 3));
        assertThat(state.history().get(0).ruleSetId()).isEqualTo("BE-2017-05-20");
        assertThat(state.validUntil()).contains(LocalDate.of(2033, 7, 10));
        assertThat(state.history().get(1).ruleSetId()).isEqualTo("TEST-2033");
        CaseRef after = SYSTEM.call(() -> files.open(NewCase.builder().build(), "PAG_ASA"));
        SYSTEM.run(() -> changed.recordAsSystem(SYSTEM, after, ProcedureEvent.reflectionPeriodGranted(LocalDate.of(2033, 1, 5))));
        assertThat(changed.readChecked(after).state().validUntil()).contains(LocalDate.of(2033, 3, 6));
        assertThat(jdbc.sql("SELECT rules_in_force FROM procedure_event WHERE case_id = ? ORDER BY seq").param(before.id())
                .query(String.class).list()).containsExactly("BE-2017-05-20", "TEST-2033");
        // Reading with the rules of the data file again changes none of the stored dates.
        assertThat(current.readChecked(before).state()).isEqualTo(state);
    }
}
