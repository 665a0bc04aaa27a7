package be.ariadne.casefile;

/**
 * Where a case stands in the multidisciplinary chain (law-and-procedure.md §6), in order. Every
 * move is an explicit transition with a date and an author.
 */
public enum Stage {
    DETECTION,
    IDENTIFICATION,
    PROTECTION,
    SUPPORT,
    INVESTIGATION,
    ARREST,
    PROSECUTION,
    CONVICTION,
    REMEDY;

    /**
     * The compartment whose writers may move a case to this stage (besides the writers of
     * {@link Compartment#CASE_SUMMARY}): the police's stages belong to {@code INVESTIGATION},
     * the prosecutor's and judge's to {@code LEGAL}.
     */
    public Compartment owner() {
        return switch (this) {
            case INVESTIGATION, ARREST -> Compartment.INVESTIGATION;
            case PROSECUTION, CONVICTION, REMEDY -> Compartment.LEGAL;
            default -> Compartment.CASE_SUMMARY;
        };
    }
}
