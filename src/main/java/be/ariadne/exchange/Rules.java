package be.ariadne.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The checks a value must pass, shared by {@link HtcdsRecord} (which refuses to exist with a
 * bad value) and {@link HtcdsCsvReader} (which reports every bad value of a row), so that
 * whatever can be built can be written and read back.
 */
final class Rules {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;
    static final int MAX_AGE = 130;
    /** Vocabularies this short are listed in an "unknown value" problem. */
    private static final int LISTED_VALUES = 8;

    private Rules() {
    }

    /** Length and control characters of a cleaned free-text value. */
    static Violation text(Column column, String value) {
        int length = value.codePointCount(0, value.length());
        if (length > column.maxLength()) {
            return Violation.of(column, "value.tooLong", Texts.shown(value), Integer.toString(length),
                    Integer.toString(column.maxLength()));
        }
        if (Texts.firstControlCharacter(value, column.multiline()) >= 0) {
            return Violation.of(column, "value.controlCharacter", Texts.shown(value));
        }
        return null;
    }

    static Violation required(Column column) {
        return Violation.of(column, "value.required");
    }

    /** The value is shown only when the year is refused (no string work on the good path). */
    static Violation year(Column column, int year, Object value) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Violation.of(column, "value.yearOutOfRange", Texts.shown(value.toString()),
                    Integer.toString(MIN_YEAR), Integer.toString(MAX_YEAR));
        }
        return null;
    }

    static Violation age(int age, Object value) {
        if (age < 0) {
            return Violation.of(Column.AGE_WHEN_TRAFFICKED, "value.negative", Texts.shown(value.toString()));
        }
        if (age > MAX_AGE) {
            return Violation.of(Column.AGE_WHEN_TRAFFICKED, "value.tooLarge", Texts.shown(value.toString()),
                    Integer.toString(MAX_AGE));
        }
        return null;
    }

    static Violation country(Column column, String code) {
        return Vocabulary.standard().isCountry(code) ? null
                : Violation.of(column, "value.invalidCountry", Texts.shown(code));
    }

    static Violation language(Column column, String code) {
        return Vocabulary.standard().isLanguage(code) ? null
                : Violation.of(column, "value.invalidLanguage", Texts.shown(code));
    }

    /** A value name of the column's HTCDS vocabulary. */
    static Violation vocabulary(Column column, String value) {
        Vocabulary vocabulary = Vocabulary.standard();
        if (vocabulary.contains(column.header(), value)) {
            return null;
        }
        String match = vocabulary.caseInsensitiveMatch(column.header(), value);
        if (match != null) {
            return Violation.of(column, "value.unknownDidYouMean", Texts.shown(value), Texts.shown(match));
        }
        List<String> names = vocabulary.values(column.header());
        if (names.size() <= LISTED_VALUES) {
            return Violation.of(column, "value.unknownExpected", Texts.shown(value), String.join(", ", names));
        }
        return Violation.of(column, "value.unknown", Texts.shown(value));
    }

    static Violation birthAfterRegistration(LocalDate registration, BirthDate birth) {
        if (registration != null && birth != null && birth.isAfter(registration)) {
            return Violation.of(Column.BIRTHDATE, "rule.birthAfterRegistration", Texts.shown(birth.toString()),
                    Texts.shown(registration.toString()));
        }
        return null;
    }

    /** Age when trafficked cannot exceed the age at registration (the statistics' way of counting it). */
    static Violation ageOlderThanPerson(LocalDate registration, BirthDate birth, Integer age) {
        if (registration == null || birth == null || age == null || birth.isAfter(registration)) {
            return null;
        }
        int ageAtRegistration = birth.ageAt(registration);
        if (age > ageAtRegistration) {
            return Violation.of(Column.AGE_WHEN_TRAFFICKED, "rule.olderThanPerson", Texts.shown(age.toString()),
                    Integer.toString(ageAtRegistration), Texts.shown(birth.toString()),
                    Texts.shown(registration.toString()));
        }
        return null;
    }

    static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    static String lower(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
