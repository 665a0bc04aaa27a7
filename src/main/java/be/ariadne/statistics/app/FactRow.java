package be.ariadne.statistics.app;

import java.time.LocalDate;

/** One row of {@code statistics_case_fact}: a case's values in the dimensions, already classified. */
record FactRow(long caseId, LocalDate registrationDate, String centre, String gender, String ageGroup,
               String citizenshipGroup, String exploitationGroup, String nationality, boolean counted) {
}
