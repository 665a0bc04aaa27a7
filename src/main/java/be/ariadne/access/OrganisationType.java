package be.ariadne.access;

/** The kinds of partners of the national referral mechanism. */
public enum OrganisationType {
    SPECIALISED_CENTRE,
    FIRST_LINE,
    POLICE,
    LABOUR_INSPECTORATE,
    PROSECUTION,
    IMMIGRATION_OFFICE,
    GUARDIANSHIP_SERVICE,
    COURT,
    MONITORING_BODY
}
