package be.ariadne.statistics;

import java.util.List;
import java.util.regex.Pattern;

/** Citizenship as Eurostat groups it: the reporting country, other EU member states, the rest. */
public enum CitizenshipGroup {
    BE, OTHER_EU, NON_EU, UNKNOWN;

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");
    private static final String BELGIUM = "BE";

    /**
     * The group of a person's citizenships (ISO 3166-1 alpha-2 codes): with several, the first
     * group in the order {@code BE}, {@code OTHER_EU}, {@code NON_EU} that applies; with none
     * (null or empty list), {@code UNKNOWN}.
     */
    public static CitizenshipGroup of(List<String> citizenships, EuMemberStates euMemberStates) {
        if (citizenships == null || citizenships.isEmpty()) {
            return UNKNOWN;
        }
        boolean eu = false;
        boolean belgian = false;
        for (String code : citizenships) {
            if (code == null || !ALPHA_2.matcher(code).matches()) {
                throw new InvalidStatisticsInputException("citizenships", "statistics.error.citizenship.invalid", code);
            }
            belgian |= BELGIUM.equals(code);
            eu |= euMemberStates.isMember(code);
        }
        return belgian ? BE : eu ? OTHER_EU : NON_EU;
    }
}
