package be.ariadne.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The member states of the European Union, read from a versioned catalogue
 * ({@code statistics/eu-member-states.json}) with the date from which that composition is valid.
 */
public final class EuMemberStates {

    /** Classpath location of the bundled catalogue. */
    public static final String RESOURCE = "statistics/eu-member-states.json";

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    private final LocalDate validFrom;
    private final Set<String> memberStates;

    private EuMemberStates(LocalDate validFrom, Set<String> memberStates) {
        this.validFrom = validFrom;
        this.memberStates = Collections.unmodifiableSet(new TreeSet<>(memberStates));
    }

    /** The catalogue bundled with the application. */
    public static EuMemberStates bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Reads a catalogue: {@code {"validFrom": "YYYY-MM-DD", "memberStates": ["AT", ...]}}.
     *
     * @throws IllegalArgumentException naming the field when the catalogue is malformed
     */
    public static EuMemberStates read(InputStream json) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("EU member states catalogue: not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode validFromNode = root.get("validFrom");
        if (validFromNode == null || !validFromNode.isString()) {
            throw new IllegalArgumentException("EU member states catalogue: validFrom: missing (a date YYYY-MM-DD)");
        }
        LocalDate validFrom;
        try {
            validFrom = LocalDate.parse(validFromNode.asString());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("EU member states catalogue: validFrom: not a date YYYY-MM-DD: "
                    + validFromNode.asString(), e);
        }
        JsonNode list = root.get("memberStates");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("EU member states catalogue: memberStates: missing or empty");
        }
        Set<String> codes = new TreeSet<>();
        for (JsonNode element : list) {
            String code = element.isString() ? element.asString() : null;
            if (code == null || !ALPHA_2.matcher(code).matches()) {
                throw new IllegalArgumentException("EU member states catalogue: memberStates: not an ISO 3166-1 alpha-2 code: "
                        + element);
            }
            if (!codes.add(code)) {
                throw new IllegalArgumentException("EU member states catalogue: memberStates: " + code + " listed twice");
            }
        }
        if (!codes.contains("BE")) {
            // The reporting country itself must be a member, or OTHER_EU would be meaningless.
            throw new IllegalArgumentException("EU member states catalogue: memberStates: BE is missing");
        }
        return new EuMemberStates(validFrom, codes);
    }

    /** The first day on which this composition of the Union is valid. */
    public LocalDate validFrom() {
        return validFrom;
    }

    /** The member states' ISO 3166-1 alpha-2 codes, in alphabetical order. */
    public Set<String> memberStates() {
        return memberStates;
    }

    /** Whether the country with this ISO 3166-1 alpha-2 code is a member state. */
    public boolean isMember(String countryCode) {
        return memberStates.contains(countryCode);
    }

    private static final class Bundled {
        static final EuMemberStates INSTANCE = load();

        private static EuMemberStates load() {
            try (InputStream in = EuMemberStates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
