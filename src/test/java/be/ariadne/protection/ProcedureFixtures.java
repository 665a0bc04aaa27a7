package be.ariadne.protection;

import java.time.LocalDate;

/** Shared helpers for the procedure tests (synthetic data only). */
final class ProcedureFixtures {

    static final DurationRules DEFAULT_RULES = DurationRules.loadDefault();

    /** The default rules plus a later rule set with different durations, effective 2026-03-01. */
    static final DurationRules CHANGED_RULES = DurationRules.fromJson("""
            {
              "schemaVersion": 1,
              "note": "test rules with a change on 2026-03-01",
              "reminderOffsets": ["P14D", "P3D"],
              "ruleSets": [
                { "id": "BE-2017-05-20", "effectiveFrom": "2017-05-20",
                  "adult": { "reflectionPeriod": "P45D", "registrationCertificate": "P3M",
                             "registrationCertificateExtension": "P3M", "aCard": "P6M", "aCardRenewal": "P6M" },
                  "minor": { "reflectionPeriod": "P3M", "registrationCertificate": "P3M",
                             "registrationCertificateExtension": "P3M", "aCard": "P6M", "aCardRenewal": "P6M" } },
                { "id": "TEST-2026-03-01", "effectiveFrom": "2026-03-01",
                  "adult": { "reflectionPeriod": "P60D", "registrationCertificate": "P4M",
                             "registrationCertificateExtension": "P2M", "aCard": "P1Y", "aCardRenewal": "P1Y" },
                  "minor": { "reflectionPeriod": "P4M", "registrationCertificate": "P4M",
                             "registrationCertificateExtension": "P2M", "aCard": "P1Y", "aCardRenewal": "P1Y" } }
              ]
            }
            """, "test rules");

    private ProcedureFixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Records the events in order as an adult case; fails the test if one is refused. */
    static ProcedureState play(ProcedureEvent... events) {
        return play(ProcedureState.notStarted(), DEFAULT_RULES, false, events);
    }

    static ProcedureState play(ProcedureState start, DurationRules rules, boolean minor, ProcedureEvent... events) {
        ProcedureState state = start;
        for (ProcedureEvent event : events) {
            state = accepted(Procedure.record(state, event, rules, minor)).newState();
        }
        return state;
    }

    static RecordResult.Accepted accepted(RecordResult result) {
        if (result instanceof RecordResult.Accepted) {
            return (RecordResult.Accepted) result;
        }
        throw new AssertionError("expected the event to be accepted but it was refused: " + result);
    }

    static RecordResult.Refused refused(RecordResult result) {
        if (result instanceof RecordResult.Refused) {
            return (RecordResult.Refused) result;
        }
        throw new AssertionError("expected the event to be refused but it was accepted: " + result);
    }
}
