package be.ariadne.statistics;

import java.util.ArrayList;
import java.util.List;

/** A case's value in every dimension of the statistics. */
public record Classification(int year, String centre, Gender gender, AgeGroup ageGroup,
                             CitizenshipGroup citizenshipGroup, ExploitationGroup exploitationGroup) {

    /** The value in one dimension, as published ({@code "2025"}, {@code "PAYOKE"}, {@code "CHILD"}…). */
    public String value(Dimension dimension) {
        switch (dimension) {
            case YEAR:
                return Integer.toString(year);
            case CENTRE:
                return centre;
            case GENDER:
                return gender.name();
            case AGE_GROUP:
                return ageGroup.name();
            case CITIZENSHIP_GROUP:
                return citizenshipGroup.name();
            case EXPLOITATION_GROUP:
                return exploitationGroup.name();
            default:
                throw new AssertionError(dimension);
        }
    }

    /** The values in the given dimensions, in their order: the key of the case's cell in a table. */
    public List<String> values(List<Dimension> dimensions) {
        List<String> values = new ArrayList<>(dimensions.size());
        for (Dimension dimension : dimensions) {
            values.add(value(dimension));
        }
        return List.copyOf(values);
    }
}
