package be.ariadne.access;

/** What a user does. A user has one or more roles, within one organisation. */
public enum Role {
    FIRST_LINE,
    CASE_WORKER,
    INVESTIGATOR,
    PROSECUTOR,
    IMMIGRATION_OFFICER,
    ANALYST,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
