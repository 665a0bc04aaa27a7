package be.ariadne.casefile;

import be.ariadne.shared.FieldProblem;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rules across fields of a case, in plain Java: impossible dates (a place before the person's
 * birth, a birth after the registration) and ages that contradict the birth date or year.
 */
final class CaseChecks {
    private CaseChecks() {
    }

    /** Age at registration: from the birth date when known, else registration year − birth year (statistics contract). */
    static Integer ageAt(LocalDate birthDate, Integer birthYear, LocalDate registration) {
        if (registration == null) return null;
        if (birthDate != null) return Period.between(birthDate, registration).getYears();
        if (birthYear != null) return registration.getYear() - birthYear;
        return null;
    }

    /** The first day the person may have lived: the birth date, or 1 January of the birth year. */
    static LocalDate earliestAlive(LocalDate birthDate, Integer birthYear) {
        if (birthDate != null) return birthDate;
        if (birthYear != null) return LocalDate.of(birthYear, 1, 1);
        return null;
    }

    /** The summary as it would be after the change ({@code merged}), against the birth date kept in IDENTITY. */
    static void summary(Map<String, Object> merged, LocalDate registrationDate, LocalDate birthDate, LocalDate earliestPlace,
                        List<FieldProblem> problems) {
        Integer birthYear = (Integer) merged.get("birthYear");
        if (birthYear != null && registrationDate != null && birthYear > registrationDate.getYear()) {
            problems.add(new FieldProblem("birthYear", "is after the registration year " + registrationDate.getYear()));
            return;
        }
        if (birthYear != null && birthDate != null && birthYear != birthDate.getYear()) {
            problems.add(new FieldProblem("birthYear", "does not match the birth date recorded in the identity compartment"));
            return;
        }
        if (birthYear != null && earliestPlace != null && earliestPlace.getYear() < birthYear) {
            problems.add(new FieldProblem("birthYear", "is after the date of a recorded place of recruitment, transit or exploitation ("
                    + earliestPlace + ")"));
            return;
        }
        Integer derived = ageAt(birthDate, birthYear, registrationDate);
        Integer given = (Integer) merged.get("ageAtRegistration");
        if (derived != null && given != null && !Objects.equals(derived, given)) {
            problems.add(new FieldProblem("ageAtRegistration", "does not match the birth date or year (that gives " + derived
                    + "); leave it empty to have it computed"));
            return;
        }
        Integer age = derived != null ? derived : given;
        Integer trafficked = (Integer) merged.get("ageWhenTrafficked");
        if (age != null && trafficked != null && trafficked > age) {
            problems.add(new FieldProblem("ageWhenTrafficked", "is greater than the age at registration (" + age + ")"));
        }
    }

    /** A birth date against the registration date and the dates of the places already recorded. */
    static void birthDate(LocalDate birthDate, LocalDate registrationDate, LocalDate earliestPlace, List<FieldProblem> problems) {
        if (birthDate == null) return;
        if (registrationDate != null && birthDate.isAfter(registrationDate)) {
            problems.add(new FieldProblem("birthDate", "is after the registration date " + registrationDate));
        } else if (earliestPlace != null && birthDate.isAfter(earliestPlace)) {
            problems.add(new FieldProblem("birthDate", "is after the date of a recorded place of recruitment, transit or exploitation ("
                    + earliestPlace + ")"));
        }
    }

    /** A place's dates: in order, and not before the person's birth. */
    static void place(LocalDate from, LocalDate to, LocalDate birthDate, Integer birthYear, List<FieldProblem> problems) {
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("dateTo", "is before dateFrom (" + from + ")"));
        }
        LocalDate alive = earliestAlive(birthDate, birthYear);
        if (alive == null) return;
        if (from != null && from.isBefore(alive)) {
            problems.add(new FieldProblem("dateFrom", "is before the person's birth"));
        } else if (to != null && to.isBefore(alive)) {
            problems.add(new FieldProblem("dateTo", "is before the person's birth"));
        }
    }

    /** Two dates of one record in order (planned/actual end after start…). */
    static void order(String earlierField, LocalDate earlier, String laterField, LocalDate later, List<FieldProblem> problems) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            problems.add(new FieldProblem(laterField, "is before " + earlierField + " (" + earlier + ")"));
        }
    }
}
