package be.ariadne.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.shared.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Impossible dates and ages are refused naming the field; possible ones pass. */
class CaseChecksTest {
    private static final LocalDate REG = LocalDate.of(2025, 3, 1);

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "2000-05-01, -,    2000-05-01, -,          -",
            "2000-05-01, -,    1999-12-31, -,          dateFrom",
            "-,          2000, 1999-12-31, -,          dateFrom",
            "-,          2000, 2000-01-01, -,          -",
            "2000-05-01, -,    2010-01-01, 2009-01-01, dateTo",
            "-,          -,    1950-01-01, -,          -"})
    void placeDates(String birthDate, Integer birthYear, String from, String to, String badField) {
        List<FieldProblem> p = new ArrayList<>();
        CaseChecks.place(d(from), d(to), d(birthDate), birthYear, p);
        if (badField == null) assertThat(p).isEmpty();
        else assertThat(p).extracting(FieldProblem::field).containsExactly(badField);
    }

    @Test
    void aBirthAfterTheRegistrationOrAfterAPlaceIsRefused() {
        List<FieldProblem> p = new ArrayList<>();
        CaseChecks.birthDate(LocalDate.of(2025, 3, 2), REG, null, p);
        CaseChecks.birthDate(LocalDate.of(2010, 1, 1), REG, LocalDate.of(2009, 6, 1), p);
        CaseChecks.birthDate(LocalDate.of(2010, 1, 1), REG, LocalDate.of(2011, 6, 1), p);
        assertThat(p).extracting(FieldProblem::field).containsExactly("birthDate", "birthDate");
        assertThat(p.get(1).message()).contains("2009-06-01");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "2008, -,  -,  -,          -",
            "2026, -,  -,  -,          birthYear",
            "2008, -,  -,  2007-05-01, birthYear",
            "2008, 17, -,  -,          -",
            "2008, 16, -,  -,          ageAtRegistration",
            "2008, -,  18, -,          ageWhenTrafficked",
            "-,    30, 31, -,          ageWhenTrafficked",
            "-,    30, 29, -,          -"})
    void summaryAges(Integer birthYear, Integer age, Integer trafficked, String earliestPlace, String badField) {
        Map<String, Object> m = new HashMap<>();
        m.put("birthYear", birthYear);
        m.put("ageAtRegistration", age);
        m.put("ageWhenTrafficked", trafficked);
        List<FieldProblem> p = new ArrayList<>();
        CaseChecks.summary(m, REG, null, d(earliestPlace), p);
        if (badField == null) assertThat(p).isEmpty();
        else assertThat(p).extracting(FieldProblem::field).containsExactly(badField);
    }

    @Test
    void theAgeComesFromTheBirthDateOrElseTheYearAsStatisticsCount() {
        assertThat(CaseChecks.ageAt(LocalDate.of(2008, 3, 2), 2008, REG)).isEqualTo(16);
        assertThat(CaseChecks.ageAt(null, 2008, REG)).isEqualTo(17);
        assertThat(CaseChecks.ageAt(null, null, REG)).isNull();
        List<FieldProblem> p = new ArrayList<>();
        CaseChecks.summary(new HashMap<>(Map.of("birthYear", 2007)), REG, LocalDate.of(2008, 3, 2), null, p);
        assertThat(p).extracting(FieldProblem::field).containsExactly("birthYear");
    }

    private static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
