package be.ariadne.statistics;

/**
 * Places a case in the dimensions of the statistics contract. Pure: the same facts always give
 * the same classification. (Whether a case is counted at all — cases found not to be victims of
 * trafficking are not — is the caller's selection.)
 */
public final class CaseClassifier {

    private final EuMemberStates euMemberStates;

    public CaseClassifier(EuMemberStates euMemberStates) {
        if (euMemberStates == null) {
            throw new IllegalArgumentException("euMemberStates is required");
        }
        this.euMemberStates = euMemberStates;
    }

    /** A classifier using the bundled catalogue of EU member states. */
    public static CaseClassifier withBundledCatalogues() {
        return new CaseClassifier(EuMemberStates.bundled());
    }

    /**
     * Classifies one case.
     *
     * @throws InvalidStatisticsInputException naming the field when a fact is missing or invalid
     */
    public Classification classify(CaseFacts facts) {
        if (facts == null) {
            throw new InvalidStatisticsInputException("case", "statistics.error.required");
        }
        if (facts.registrationDate() == null) {
            throw new InvalidStatisticsInputException("registrationDate", "statistics.error.required");
        }
        if (facts.centre() == null) {
            throw new InvalidStatisticsInputException("centre", "statistics.error.required");
        }
        String year = Dimension.YEAR.checkValue(Integer.toString(facts.registrationDate().getYear()));
        String centre = Dimension.CENTRE.checkValue(facts.centre());
        return new Classification(
                Integer.parseInt(year),
                centre,
                facts.gender() == null ? Gender.UNKNOWN : facts.gender(),
                AgeGroup.at(facts.registrationDate(), facts.birthDate(), facts.birthYear(), facts.ageAtRegistration()),
                CitizenshipGroup.of(facts.citizenships(), euMemberStates),
                ExploitationGroup.of(facts.exploitation()));
    }
}
