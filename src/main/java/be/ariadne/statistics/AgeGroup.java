package be.ariadne.statistics;

import java.time.LocalDate;
import java.time.Period;

/** Age group at registration: a child is under 18 on the day the case was registered. */
public enum AgeGroup {
    CHILD, ADULT, UNKNOWN;

    static final int AGE_OF_MAJORITY = 18;
    /** Older than this at registration is taken as an input error, not a person. */
    static final int MAXIMUM_AGE = 130;

    /**
     * The age group at registration, from the best information available: the birth date,
     * else the birth year alone (age = registration year − birth year), else an age given at
     * registration, else {@link #UNKNOWN}.
     *
     * @param registrationDate  the date the case was registered (required)
     * @param birthDate         may be null
     * @param birthYear         may be null; when the birth date is also given, it must agree with it
     * @param ageAtRegistration whole years, may be null
     */
    public static AgeGroup at(LocalDate registrationDate, LocalDate birthDate, Integer birthYear,
                              Integer ageAtRegistration) {
        if (registrationDate == null) {
            throw new InvalidStatisticsInputException("registrationDate", "statistics.error.required");
        }
        int age;
        if (birthDate != null) {
            if (birthDate.isAfter(registrationDate)) {
                throw new InvalidStatisticsInputException("birthDate", "statistics.error.birthDate.afterRegistration",
                        birthDate, registrationDate);
            }
            if (birthYear != null && birthYear != birthDate.getYear()) {
                throw new InvalidStatisticsInputException("birthYear", "statistics.error.birthYear.mismatch",
                        birthYear, birthDate);
            }
            age = Period.between(birthDate, registrationDate).getYears();
            checkAge("birthDate", age);
        } else if (birthYear != null) {
            if (birthYear > registrationDate.getYear()) {
                throw new InvalidStatisticsInputException("birthYear", "statistics.error.birthYear.afterRegistration",
                        birthYear, registrationDate.getYear());
            }
            // With the year alone, the age is counted as if the birthday had already passed.
            age = registrationDate.getYear() - birthYear;
            checkAge("birthYear", age);
        } else if (ageAtRegistration != null) {
            age = ageAtRegistration;
            checkAge("ageAtRegistration", age);
        } else {
            return UNKNOWN;
        }
        return age < AGE_OF_MAJORITY ? CHILD : ADULT;
    }

    private static void checkAge(String field, int age) {
        if (age < 0 || age > MAXIMUM_AGE) {
            throw new InvalidStatisticsInputException(field, "statistics.error.age.outOfRange", MAXIMUM_AGE, age);
        }
    }
}
