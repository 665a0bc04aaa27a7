package be.ariadne.casefile;

import be.ariadne.shared.DemoContributor;
import be.ariadne.shared.SystemActor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cases (synthetic people, names that are obviously made up): three held by PAG-ASA and one by
 * Payoke; the first is shared with the demo police (IDENTITY, CASE_SUMMARY, INVESTIGATION, on
 * consent), the demo prosecutor (by order) and the Immigration Office (IDENTITY, RESIDENCE), with
 * notes in several compartments, a support plan, a suspect and tasks. Idempotent: the cases are
 * recognised by their external ids. {@code ariadne.demo.cases=0} seeds none (the test harness).
 */
@Component
class CaseFileDemo implements DemoContributor {
    static final String FIRST = "DEMO-1";

    private final CaseFiles files;
    private final CaseEditing editing;
    private final CaseStages stages;
    private final Sharing sharing;
    private final TransactionTemplate tx;
    private final Environment env;

    CaseFileDemo(CaseFiles files, CaseEditing editing, CaseStages stages, Sharing sharing, TransactionTemplate tx, Environment env) {
        this.files = files;
        this.editing = editing;
        this.stages = stages;
        this.sharing = sharing;
        this.tx = tx;
        this.env = env;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed() {
        if ("0".equals(env.getProperty("ariadne.demo.cases"))) return;
        seedCases();
    }

    /** Seeds the demo cases unless they are there; returns the code of the first (the shared one). */
    String seedCases() {
        SystemActor actor = new SystemActor("demo");
        return actor.call(() -> tx.execute(s -> {
            var existing = files.findByExternalId("PAG_ASA", FIRST);
            if (existing.isPresent()) return existing.get().code();
            String first = sharedCase(actor);
            minorCase(actor);
            closedCase(actor);
            payokeCase(actor);
            return first;
        }));
    }

    private String sharedCase(SystemActor actor) {
        CaseRef ref = files.open(NewCase.builder()
                .registrationDate(LocalDate.of(2025, 9, 1)).gender(Gender.FEMININE).birthDate(LocalDate.of(1998, 5, 14))
                .citizenships(List.of("NG")).exploitation(Set.of(ExploitationForm.SEXUAL)).ageWhenTrafficked(26)
                .traffickingStatus(TraffickingStatus.POSSIBLE_VICTIM).externalId(FIRST).languages(List.of("en"))
                .controlMethods(List.of("DebtBondage", "WithholdsDocuments", "ThreatensChildrenFamily"))
                .identity(new NewCase.Identity("Synthia", "Example-Demo", List.of("Sunny Demo"), List.of("+32 470 00 00 01")))
                .assessment(new Assessment("SCREENING", "ilo-2009+signs-1", List.of("NO_PAY", "DEBT_TO_PAY_OFF"),
                        List.of("DR_JOB_NATURE", "EX_EXCESSIVE_HOURS"), "{\"demo\":true}", LocalDate.of(2025, 8, 29)))
                .build(), "PAG_ASA");
        CaseScope scope = CaseScope.system(ref, actor);
        add(scope, CaseModel.ID_DOCUMENTS, null, Map.of("type", "PASSPORT", "number", "DEMO-P-0000001", "issuingCountry", "NG",
                "expiryDate", "2029-01-31"));
        add(scope, CaseModel.ADDRESSES, null, Map.of("street", "1 Demo Street (synthetic shelter address)", "postalCode", "1000",
                "municipality", "Brussels", "country", "BE"));
        add(scope, CaseModel.PLACES, null, Map.of("kind", "RECRUITMENT", "country", "NG", "municipality", "Benin City", "dateFrom", "2024-11-01"));
        add(scope, CaseModel.PLACES, null, Map.of("kind", "TRANSIT", "country", "IT", "dateFrom", "2025-01-10", "dateTo", "2025-02-20"));
        add(scope, CaseModel.PLACES, null, Map.of("kind", "EXPLOITATION", "country", "BE", "postalCode", "1000", "municipality", "Brussels",
                "dateFrom", "2025-03-01", "dateTo", "2025-08-25"));
        stages.move(scope, "IDENTIFICATION", "2025-09-02", null);
        stages.move(scope, "PROTECTION", "2025-09-05", null);
        stages.move(scope, "SUPPORT", "2025-09-10", null);
        stages.move(scope, "INVESTIGATION", "2025-10-01", null);
        add(scope, CaseModel.EVENTS, Compartment.CASE_SUMMARY, Map.of("date", "2025-09-05", "description", "Demo: arrived at the shelter."));
        add(scope, CaseModel.NOTES, Compartment.SUPPORT, Map.of("body", "Demo note (synthetic): weekly psychological follow-up agreed; sleeps badly."));
        add(scope, CaseModel.NOTES, Compartment.INVESTIGATION, Map.of("body", "Demo note (synthetic): hearing planned with the THB unit."));
        add(scope, CaseModel.NOTES, Compartment.LEGAL, Map.of("body", "Demo note (synthetic): lawyer appointed through legal aid."));
        add(scope, CaseModel.NOTES, Compartment.RESIDENCE, Map.of("body", "Demo note (synthetic): annex 15 requested from the Immigration Office."));
        long shelter = add(scope, CaseModel.OBJECTIVES, null, Map.of("type", "SHELTER", "objective", "Safe accommodation at the shelter",
                "startDate", "2025-09-05", "plannedEndDate", "2026-03-31", "status", "IN_PROGRESS"));
        add(scope, CaseModel.ACTIONS, null, Map.of("objectiveId", String.valueOf(shelter), "type", "SHELTER", "description",
                "Room at the shelter", "plannedDate", "2025-09-05", "actualDate", "2025-09-05", "status", "ACHIEVED"));
        long psy = add(scope, CaseModel.OBJECTIVES, null, Map.of("type", "PSYCHOLOGICAL", "objective", "Regain sleep and confidence",
                "startDate", "2025-09-10", "status", "IN_PROGRESS"));
        add(scope, CaseModel.ACTIONS, null, Map.of("objectiveId", String.valueOf(psy), "type", "PSYCHOLOGICAL", "description",
                "Weekly session with the psychologist", "plannedDate", "2025-09-15", "status", "IN_PROGRESS"));
        add(scope, CaseModel.OBJECTIVES, null, Map.of("type", "LANGUAGE", "objective", "French lessons (A2)", "status", "PLANNED"));
        add(scope, CaseModel.SUSPECTS, null, Map.of("alias", "Demo suspect 'Madam X' (synthetic)", "gender", "FEMININE",
                "nationality", "NG", "roles", List.of("RecruiterOrIntermediary", "Exploiter")));
        add(scope, CaseModel.STATEMENTS, null, Map.of("date", "2025-10-03", "summary", "Demo: first statement to the federal police."));
        editing.patch(scope, CaseModel.LEGAL, RawInput.of(Map.of("lawyer", "Demo Lawyer (synthetic)", "complaintFiledOn", "2025-10-03",
                "civilParty", "true", "civilPartyOn", "2025-10-20")), 0);
        add(scope, CaseModel.TASKS, Compartment.RESIDENCE, Map.of("title", "Ask for the registration certificate", "owner", "caseworker",
                "dueDate", LocalDate.now().plusDays(14).toString()));
        add(scope, CaseModel.TASKS, Compartment.SUPPORT, Map.of("title", "Accompany to the hospital appointment", "owner", "caseworker",
                "dueDate", LocalDate.now().plusDays(3).toString()));
        sharing.share(scope, new Sharing.Request("POLICE_DEMO", List.of("IDENTITY", "CASE_SUMMARY", "INVESTIGATION"), "CONSENT",
                "Criminal investigation of the exploiters", "VICTIM", "2025-09-20", null, null));
        sharing.share(scope, new Sharing.Request("PROSECUTION_DEMO", List.of("IDENTITY", "CASE_SUMMARY", "INVESTIGATION", "LEGAL", "RESIDENCE"),
                "PROSECUTOR_ORDER", "Prosecution and victim status", null, null, "DEMO/2025/0001", "2025-10-02"));
        sharing.share(scope, new Sharing.Request("IMMIGRATION_OFFICE", List.of("IDENTITY", "RESIDENCE"), "CONSENT",
                "Residence documents of the victim-status procedure", "VICTIM", "2025-09-04", null, null));
        return ref.code();
    }

    private void minorCase(SystemActor actor) {
        CaseRef ref = files.open(NewCase.builder()
                .registrationDate(LocalDate.of(2025, 11, 12)).gender(Gender.MASCULINE).birthYear(2009).presumedMinor(true)
                .citizenships(List.of("RO")).exploitation(Set.of(ExploitationForm.FORCED_CRIME, ExploitationForm.BEGGING)).externalId("DEMO-2")
                .identity(new NewCase.Identity("Fabio", "Placeholder-Demo", List.of(), List.of()))
                .build(), "PAG_ASA");
        CaseScope scope = CaseScope.system(ref, actor);
        editing.patch(scope, CaseModel.MINOR, RawInput.of(Map.of("guardianName", "Demo Guardian (synthetic)", "guardianAppointedOn", "2025-11-20")), 0);
        add(scope, CaseModel.ALERTS, null, Map.of("date", "2025-11-12", "kind", "GUARDIAN_NEEDED", "description", "Demo: unaccompanied, guardian requested."));
        add(scope, CaseModel.NOTES, Compartment.MINOR_PROTECTION, Map.of("body", "Demo note (synthetic): placed in an observation and orientation centre."));
        stages.move(scope, "PROTECTION", "2025-11-13", null);
    }

    private void closedCase(SystemActor actor) {
        CaseRef ref = files.open(NewCase.builder()
                .registrationDate(LocalDate.of(2024, 2, 5)).gender(Gender.MASCULINE).birthYear(1985)
                .citizenships(List.of("BR")).exploitation(Set.of(ExploitationForm.LABOUR)).externalId("DEMO-3")
                .labourSectors(List.of("F_Construction")).controlMethods(List.of("TakesEarnings", "ExcessiveWorkingHours"))
                .identity(new NewCase.Identity("Nora", "Fictional-Demo", List.of(), List.of()))
                .build(), "PAG_ASA");
        CaseScope scope = CaseScope.system(ref, actor);
        stages.move(scope, "SUPPORT", "2024-02-20", null);
        stages.close(scope, "LEFT_COUNTRY", "2024-12-01", "Demo: returned home with IOM assistance.");
    }

    private void payokeCase(SystemActor actor) {
        files.open(NewCase.builder()
                .registrationDate(LocalDate.of(2025, 6, 17)).gender(Gender.MASCULINE).birthYear(1990)
                .citizenships(List.of("IN")).exploitation(Set.of(ExploitationForm.LABOUR)).externalId("DEMO-4")
                .labourSectors(List.of("I_AccommodationAndFoodServiceActivities"))
                .identity(new NewCase.Identity("Ravi", "Sample-Demo", List.of(), List.of()))
                .build(), "PAYOKE");
    }

    private long add(CaseScope scope, EntitySpec e, Compartment c, Map<String, Object> values) {
        return editing.create(scope, e, RawInput.of(new LinkedHashMap<>(values)), c);
    }
}
