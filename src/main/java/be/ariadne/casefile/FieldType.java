package be.ariadne.casefile;

/** The kinds of values a case field holds; each has one way to be read, checked, stored and shown. */
enum FieldType {
    TEXT, LONG_TEXT, INTEGER, DECIMAL, DATE, BOOLEAN,
    /** One code of a code list. */
    CODE,
    /** Several codes of a code list. */
    CODES,
    /** An ISO 3166-1 alpha-2 country. */
    COUNTRY,
    COUNTRIES,
    /** ISO 639-1 languages. */
    LANGUAGES,
    /** The id of another record of the same case (e.g. the objective of a support action). */
    REF,
    /** A user name (a task's owner). */
    USERNAME;

    boolean multi() {
        return this == CODES || this == COUNTRIES || this == LANGUAGES;
    }
}
