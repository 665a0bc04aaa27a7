package be.ariadne.exchange;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A birth date as HTCDS {@code prs_Birthdate} carries it: a full date, or the year alone
 * ({@code YYYY}) when only the year is known.
 */
public final class BirthDate {

    private final int year;
    private final LocalDate date;

    private BirthDate(int year, LocalDate date) {
        this.year = year;
        this.date = date;
    }

    /** A full birth date. */
    public static BirthDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new BirthDate(date.getYear(), date);
    }

    /** A birth year alone. */
    public static BirthDate ofYear(int year) {
        return new BirthDate(year, null);
    }

    public int year() {
        return year;
    }

    /** The full date, empty when only the year is known. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    public boolean isYearOnly() {
        return date == null;
    }

    /**
     * Age in whole years on the given day. With the year alone, the age is the difference of the
     * years, as the statistics contract counts it (born 2008, registered in 2025: 17).
     */
    public int ageAt(LocalDate day) {
        return date == null ? day.getYear() - year : Period.between(date, day).getYears();
    }

    /** Whether the person was born after the given day (with the year alone: in a later year). */
    public boolean isAfter(LocalDate day) {
        return date == null ? year > day.getYear() : date.isAfter(day);
    }

    /** {@code YYYY-MM-DD}, or {@code YYYY} for a year alone. */
    @Override
    public String toString() {
        if (date != null) {
            return date.toString();
        }
        String digits = Integer.toString(year);
        return year >= 0 && year < 1000 ? "0".repeat(4 - digits.length()) + digits : digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BirthDate && ((BirthDate) other).year == year
                && Objects.equals(((BirthDate) other).date, date);
    }

    @Override
    public int hashCode() {
        return 31 * year + Objects.hashCode(date);
    }
}
