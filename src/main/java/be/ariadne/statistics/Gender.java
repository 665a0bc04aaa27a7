package be.ariadne.statistics;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Gender as HTCDS 2.0 {@code prs_Gender} codes it; the order is the order of publication. */
public enum Gender {
    FEMININE, MASCULINE, TRANSGENDER_FEMININE, TRANSGENDER_MASCULINE, NON_CONFORMING, UNKNOWN;

    /** Parses a code; {@code null} means not recorded, hence {@link #UNKNOWN}. */
    public static Gender fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        for (Gender gender : values()) {
            if (gender.name().equals(code)) {
                return gender;
            }
        }
        throw new InvalidStatisticsInputException("gender", "statistics.error.code.unknown", code,
                Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
