package be.ariadne.casefile;

/** Gender as HTCDS 2.0 {@code prs_Gender} (mapping in {@code casefile/genders.csv}). */
public enum Gender {
    FEMININE,
    MASCULINE,
    TRANSGENDER_FEMININE,
    TRANSGENDER_MASCULINE,
    NON_CONFORMING,
    UNKNOWN
}
