package be.ariadne.casefile;

/**
 * The parts of a case file, each read and written on a need-to-know basis (policy
 * {@code casefile/need-to-know.csv}). Every piece of a case belongs to exactly one compartment.
 */
public enum Compartment {
    /** Names, aliases, birth date, identity documents, phone numbers, addresses (all encrypted at rest). */
    IDENTITY,
    /** Registration, status, stage and transitions, profile (gender, age, citizenships…), exploitation, places, timeline, assessments. */
    CASE_SUMMARY,
    /** The support plan and psycho-medical and social notes. */
    SUPPORT,
    /** Suspects, statements, investigation notes and documents. */
    INVESTIGATION,
    /** Lawyer, complaint, civil party, prosecution and judgment, remedy. */
    LEGAL,
    /** The victim-status procedure (contributed by the protection module) and residence notes and documents. */
    RESIDENCE,
    /** Guardian, child-protection alerts, notes about the minor. */
    MINOR_PROTECTION;

    /** The key of this compartment's object in {@code GET /api/v1/cases/{code}} ({@code minorProtection} …). */
    public String jsonKey() {
        return switch (this) {
            case IDENTITY -> "identity";
            case CASE_SUMMARY -> "summary";
            case SUPPORT -> "support";
            case INVESTIGATION -> "investigation";
            case LEGAL -> "legal";
            case RESIDENCE -> "residence";
            case MINOR_PROTECTION -> "minorProtection";
        };
    }

    /** A compartment named in a request parameter or form field; {@code null} when none is given. */
    static Compartment fromInput(String code) {
        if (code == null || code.isBlank()) return null;
        try {
            return Compartment.valueOf(code.trim());
        } catch (IllegalArgumentException e) {
            throw new be.ariadne.shared.InvalidInputException("compartment", "unknown compartment '" + code + "'");
        }
    }
}
