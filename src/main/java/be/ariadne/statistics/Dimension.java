package be.ariadne.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A dimension by which cases can be counted, with its name on the wire ({@code by=gender,ageGroup}),
 * the values it can take and the order in which they are published.
 */
public enum Dimension {
    YEAR("year", null),
    CENTRE("centre", null),
    GENDER("gender", Gender.class),
    AGE_GROUP("ageGroup", AgeGroup.class),
    CITIZENSHIP_GROUP("citizenshipGroup", CitizenshipGroup.class),
    EXPLOITATION_GROUP("exploitationGroup", ExploitationGroup.class);

    /** A statistics query counts by at most this many dimensions at once. */
    public static final int MAX_DIMENSIONS = 3;

    private static final Pattern YEAR_VALUE = Pattern.compile("[0-9]{4}");
    private static final Pattern CENTRE_VALUE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final String wireName;
    private final List<String> codes;

    Dimension(String wireName, Class<? extends Enum<?>> values) {
        this.wireName = wireName;
        this.codes = values == null ? null
                : Arrays.stream(values.getEnumConstants()).map(Enum::name).collect(Collectors.toUnmodifiableList());
    }

    /** The name used in queries and answers, e.g. {@code exploitationGroup}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The fixed values of this dimension in publication order, or an empty list for the open
     * dimensions {@code year} and {@code centre}.
     */
    public List<String> fixedValues() {
        return codes == null ? List.of() : codes;
    }

    /** The dimension with this wire name; an unknown name is rejected naming it and the known ones. */
    public static Dimension fromWireName(String name) {
        Dimension dimension = find(name);
        if (dimension != null) {
            return dimension;
        }
        throw new InvalidStatisticsInputException("by", "statistics.error.by.unknown", name, knownNames());
    }

    /**
     * Parses the {@code by} parameter: comma-separated wire names, blanks around them ignored;
     * null or blank means no dimension. Rejects unknown names (naming all of them), repeated
     * names and more than {@link #MAX_DIMENSIONS} dimensions.
     */
    public static List<Dimension> parseList(String by) {
        if (by == null || by.isBlank()) {
            return List.of();
        }
        return parseList(Arrays.asList(by.split(",", -1)));
    }

    /** As {@link #parseList(String)}, from names already split. */
    public static List<Dimension> parseList(List<String> names) {
        List<String> unknown = new ArrayList<>();
        Set<Dimension> parsed = new LinkedHashSet<>();
        for (String raw : names) {
            String name = raw == null ? "" : raw.strip();
            if (name.isEmpty()) {
                throw new InvalidStatisticsInputException("by", "statistics.error.by.empty");
            }
            Dimension dimension = find(name);
            if (dimension == null) {
                unknown.add(name);
            } else if (!parsed.add(dimension)) {
                throw new InvalidStatisticsInputException("by", "statistics.error.by.repeated", name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidStatisticsInputException("by", "statistics.error.by.unknown",
                    String.join(", ", unknown), knownNames());
        }
        if (parsed.size() > MAX_DIMENSIONS) {
            throw new InvalidStatisticsInputException("by", "statistics.error.by.tooMany", MAX_DIMENSIONS, parsed.size());
        }
        return List.copyOf(parsed);
    }

    private static Dimension find(String name) {
        for (Dimension dimension : values()) {
            if (dimension.wireName.equals(name)) {
                return dimension;
            }
        }
        return null;
    }

    private static String knownNames() {
        return Arrays.stream(values()).map(Dimension::wireName).collect(Collectors.joining(", "));
    }

    /** Rejects a value this dimension cannot take, naming the dimension and the value. */
    String checkValue(String value) {
        boolean valid;
        if (value == null) {
            valid = false;
        } else if (this == YEAR) {
            valid = YEAR_VALUE.matcher(value).matches();
        } else if (this == CENTRE) {
            valid = CENTRE_VALUE.matcher(value).matches();
        } else {
            valid = codes.contains(value);
        }
        if (!valid) {
            throw new InvalidStatisticsInputException(wireName, "statistics.error.value.invalid", value, wireName);
        }
        return value;
    }

    /** The publication order of values: years ascending, centres alphabetically, codes as listed. */
    Comparator<String> valueOrder() {
        if (codes != null) {
            return Comparator.comparingInt(codes::indexOf);
        }
        // Years have four digits and centre codes are upper-case ASCII, so the natural order is right.
        return Comparator.naturalOrder();
    }
}
