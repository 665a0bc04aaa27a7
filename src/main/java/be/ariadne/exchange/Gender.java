package be.ariadne.exchange;

/**
 * Gender of a person, Ariadne codes mirroring HTCDS 2.0 {@code prs_Gender}
 * ({@code Feminine} … {@code NonSpecifiedUnknown}).
 */
public enum Gender {
    FEMININE,
    MASCULINE,
    TRANSGENDER_FEMININE,
    TRANSGENDER_MASCULINE,
    NON_CONFORMING,
    UNKNOWN
}
