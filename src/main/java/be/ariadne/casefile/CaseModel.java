package be.ariadne.casefile;

import static be.ariadne.casefile.FieldSpec.code;
import static be.ariadne.casefile.FieldSpec.codes;
import static be.ariadne.casefile.FieldSpec.of;
import static be.ariadne.casefile.FieldType.BOOLEAN;
import static be.ariadne.casefile.FieldType.COUNTRIES;
import static be.ariadne.casefile.FieldType.COUNTRY;
import static be.ariadne.casefile.FieldType.DATE;
import static be.ariadne.casefile.FieldType.DECIMAL;
import static be.ariadne.casefile.FieldType.INTEGER;
import static be.ariadne.casefile.FieldType.LANGUAGES;
import static be.ariadne.casefile.FieldType.LONG_TEXT;
import static be.ariadne.casefile.FieldType.TEXT;
import static be.ariadne.casefile.FieldType.USERNAME;

import be.ariadne.crypto.BlindIndexKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every kind of record of a case, its compartment and its fields: the one description the API,
 * the forms, the history and the storage share. Field names are the API's (and HTCDS's, see
 * docs/htcds-mapping.md).
 */
final class CaseModel {
    // CASE_SUMMARY (table case_file; stage, status and closing are changed by transitions only)
    static final EntitySpec SUMMARY = EntitySpec.singleton("summary", "case_file", Compartment.CASE_SUMMARY, "id",
            of("registrationDate", DATE, "registration_date").notFuture().createOnly(),
            code("gender", "gender", CodeLists.GENDERS).required(),
            of("birthYear", INTEGER, "birth_year").range(1900, 2100),
            of("ageAtRegistration", INTEGER, "age_at_registration").range(0, 120),
            of("ageWhenTrafficked", INTEGER, "age_when_trafficked").range(0, 120),
            of("presumedMinor", BOOLEAN, "presumed_minor"),
            code("traffickingStatus", "trafficking_status", CodeLists.TRAFFICKING_STATUSES).required(),
            code("status", "status", CodeLists.CASE_STATUSES).required(),
            of("citizenships", COUNTRIES, "citizenships"),
            of("languages", LANGUAGES, "languages"),
            codes("exploitation", "exploitation", CodeLists.EXPLOITATION_FORMS),
            codes("labourSectors", "labour_sectors", CodeLists.ISIC_SECTORS),
            codes("controlMethods", "control_methods", CodeLists.CONTROL_METHODS),
            codes("recruitmentMethods", "recruitment_methods", CodeLists.RECRUITMENT_METHODS),
            code("relationToRecruiter", "relation_to_recruiter", CodeLists.RECRUITER_RELATIONS),
            of("externalId", TEXT, "external_id").max(100).holderOnly());

    static final EntitySpec PLACES = EntitySpec.list("places", "case_place", Compartment.CASE_SUMMARY, "date_from, id",
            code("kind", "kind", CodeLists.PLACE_KINDS).required(),
            of("country", COUNTRY, "country"),
            of("postalCode", TEXT, "postal_code").max(20),
            of("municipality", TEXT, "municipality").max(100),
            of("dateFrom", DATE, "date_from").notFuture(),
            of("dateTo", DATE, "date_to").notFuture());

    // IDENTITY: every value encrypted.
    static final EntitySpec IDENTITY = EntitySpec.singleton("identity", "case_identity", Compartment.IDENTITY, "case_id",
            of("firstName", TEXT, "first_name").encrypted().max(100).index(BlindIndexKind.NAME),
            of("lastName", TEXT, "last_name").encrypted().max(100).index(BlindIndexKind.NAME),
            of("birthDate", DATE, "birth_date").encrypted().notFuture().index(BlindIndexKind.BIRTH_DATE));

    static final EntitySpec ALIASES = EntitySpec.list("aliases", "case_alias", Compartment.IDENTITY, "id",
            of("alias", TEXT, "alias").encrypted().required().max(100).index(BlindIndexKind.NAME));

    static final EntitySpec PHONES = EntitySpec.list("phones", "case_phone", Compartment.IDENTITY, "id",
            of("phone", TEXT, "phone").encrypted().required().max(30).index(BlindIndexKind.PHONE));

    static final EntitySpec ID_DOCUMENTS = EntitySpec.list("identity-documents", "case_id_document", Compartment.IDENTITY, "id",
            code("type", "doc_type", CodeLists.IDENTITY_DOCUMENT_TYPES).encrypted().required(),
            of("number", TEXT, "doc_number").encrypted().required().max(60).index(BlindIndexKind.DOCUMENT_NUMBER),
            of("issuingCountry", COUNTRY, "issuing_country").encrypted(),
            of("expiryDate", DATE, "expiry_date").encrypted());

    static final EntitySpec ADDRESSES = EntitySpec.list("addresses", "case_address", Compartment.IDENTITY, "id",
            of("street", TEXT, "street").encrypted().max(200),
            of("postalCode", TEXT, "postal_code").encrypted().max(20),
            of("municipality", TEXT, "municipality").encrypted().max(100),
            of("country", COUNTRY, "country").encrypted());

    // Records whose compartment the author chooses.
    static final EntitySpec NOTES = EntitySpec.list("notes", "case_note", null, "created_at DESC, id DESC",
            of("body", LONG_TEXT, "body").encrypted().required().max(20_000));

    static final EntitySpec TASKS = EntitySpec.list("tasks", "case_task", null, "task_status DESC, due_date, id",
            of("title", TEXT, "title").encrypted().required().max(300),
            of("dueDate", DATE, "due_date"),
            of("owner", USERNAME, "owner_username"),
            code("status", "task_status", CodeLists.TASK_STATUSES).required());

    static final EntitySpec EVENTS = EntitySpec.list("events", "case_event", null, "event_date, id",
            of("date", DATE, "event_date").required(),
            of("description", LONG_TEXT, "description").encrypted().required().max(2000));

    // SUPPORT: the support plan.
    static final EntitySpec OBJECTIVES = EntitySpec.list("objectives", "support_objective", Compartment.SUPPORT, "id",
            code("type", "support_type", CodeLists.SUPPORT_TYPES).required(),
            of("objective", LONG_TEXT, "objective").encrypted().required().max(2000),
            of("actionPlan", LONG_TEXT, "action_plan").encrypted().max(4000),
            of("startDate", DATE, "start_date"),
            of("plannedEndDate", DATE, "planned_end_date"),
            of("actualEndDate", DATE, "actual_end_date").notFuture(),
            code("status", "plan_status", CodeLists.SUPPORT_STATUSES).required(),
            of("outcome", LONG_TEXT, "outcome").encrypted().max(2000));

    static final EntitySpec ACTIONS = EntitySpec.list("actions", "support_action", Compartment.SUPPORT, "objective_id, id",
            FieldSpec.ref("objectiveId", "objective_id", "objectives").required().createOnly(),
            code("type", "support_type", CodeLists.SUPPORT_TYPES).required(),
            of("description", LONG_TEXT, "description").encrypted().required().max(2000),
            of("plannedDate", DATE, "planned_date"),
            of("actualDate", DATE, "actual_date").notFuture(),
            code("status", "plan_status", CodeLists.SUPPORT_STATUSES).required(),
            of("outcome", LONG_TEXT, "outcome").encrypted().max(2000));

    // INVESTIGATION
    static final EntitySpec INVESTIGATION = EntitySpec.singleton("investigation", "case_investigation", Compartment.INVESTIGATION, "case_id",
            of("reference", TEXT, "reference").encrypted().max(100),
            of("investigatingService", TEXT, "investigating_service").encrypted().max(200),
            of("openedOn", DATE, "opened_on").notFuture());

    static final EntitySpec SUSPECTS = EntitySpec.list("suspects", "case_suspect", Compartment.INVESTIGATION, "id",
            of("alias", TEXT, "alias").encrypted().max(200),
            of("description", LONG_TEXT, "description").encrypted().max(2000),
            code("gender", "gender", CodeLists.GENDERS),
            of("nationality", COUNTRY, "nationality"),
            codes("roles", "roles", CodeLists.SUSPECT_ROLES));

    static final EntitySpec STATEMENTS = EntitySpec.list("statements", "case_statement", Compartment.INVESTIGATION, "statement_date, id",
            of("date", DATE, "statement_date").required().notFuture(),
            of("summary", LONG_TEXT, "summary").encrypted().max(2000));

    // LEGAL
    static final EntitySpec LEGAL = EntitySpec.singleton("legal", "case_legal", Compartment.LEGAL, "case_id",
            of("lawyer", TEXT, "lawyer").encrypted().max(200),
            of("complaintFiledOn", DATE, "complaint_filed_on").notFuture(),
            of("civilParty", BOOLEAN, "civil_party"),
            of("civilPartyOn", DATE, "civil_party_on").notFuture(),
            of("prosecutionReference", TEXT, "prosecution_reference").encrypted().max(100),
            of("judgmentReference", TEXT, "judgment_reference").encrypted().max(100),
            of("judgmentDate", DATE, "judgment_date").notFuture(),
            of("compensationAwarded", DECIMAL, "compensation_awarded"),
            of("compensationPaid", DECIMAL, "compensation_paid"));

    // MINOR_PROTECTION
    static final EntitySpec MINOR = EntitySpec.singleton("minor-protection", "case_minor", Compartment.MINOR_PROTECTION, "case_id",
            of("guardianName", TEXT, "guardian_name").encrypted().max(200),
            of("guardianAppointedOn", DATE, "guardian_appointed_on").notFuture());

    static final EntitySpec ALERTS = EntitySpec.list("alerts", "case_child_alert", Compartment.MINOR_PROTECTION, "alert_date, id",
            of("date", DATE, "alert_date").required().notFuture(),
            code("kind", "kind", CodeLists.CHILD_ALERT_KINDS).required(),
            of("description", LONG_TEXT, "description").encrypted().max(2000));

    static final List<EntitySpec> SINGLETONS = List.of(SUMMARY, IDENTITY, INVESTIGATION, LEGAL, MINOR);
    static final List<EntitySpec> LISTS = List.of(PLACES, ALIASES, PHONES, ID_DOCUMENTS, ADDRESSES, NOTES, TASKS, EVENTS,
            OBJECTIVES, ACTIONS, SUSPECTS, STATEMENTS, ALERTS);

    private static final Map<String, EntitySpec> BY_NAME = new LinkedHashMap<>();

    static {
        SINGLETONS.forEach(e -> BY_NAME.put(e.name, e));
        LISTS.forEach(e -> BY_NAME.put(e.name, e));
    }

    /** Defaults given to codes on creation when the author gives none. */
    static final Map<String, String> DEFAULTS = Map.of(
            "tasks.status", "OPEN", "objectives.status", "PLANNED", "actions.status", "PLANNED");

    private CaseModel() {
    }

    static Optional<EntitySpec> entity(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static Optional<EntitySpec> singleton(String name) {
        return entity(name).filter(e -> e.singleton);
    }

    static Optional<EntitySpec> list(String name) {
        return entity(name).filter(e -> !e.singleton);
    }

    /** The list records shown in a compartment's section (fixed-compartment ones). */
    static List<EntitySpec> listsOf(Compartment c) {
        return LISTS.stream().filter(e -> e.compartment == c).toList();
    }

    static Optional<EntitySpec> singletonOf(Compartment c) {
        return SINGLETONS.stream().filter(e -> e.compartment == c).findFirst();
    }
}
