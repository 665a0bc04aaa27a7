package be.ariadne.access;

/** What a user does. A user has one or more roles, within one organisation. */
public enum Role {
    FIRST_LINE,
    CASE_WORKER,
    INVESTIGATOR,
    PROSECUTOR,
    IMMIGRATION_OFFICER,
    ANALYST,
    ADMIN,
    /** The data protection officer of a specialised centre: answers subject access requests for the cases the centre holds. */
    DATA_PROTECTION_OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }
}
