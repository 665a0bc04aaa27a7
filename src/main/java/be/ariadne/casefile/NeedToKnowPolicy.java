package be.ariadne.casefile;

import be.ariadne.access.OrganisationType;
import be.ariadne.access.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The need-to-know policy, as data ({@code casefile/need-to-know.csv}: organisation_type, role,
 * compartment, access): which role of which organisation type may read or write which
 * compartment. A role without a line for a compartment has no access to it. Plain Java: the
 * rows of a user, nothing about cases (see {@link AccessRules}).
 */
final class NeedToKnowPolicy {
    static final String RESOURCE = "/casefile/need-to-know.csv";

    record Line(OrganisationType organisationType, Role role, Compartment compartment, Access access) {
    }

    private final List<Line> lines;
    private final Map<OrganisationType, Map<Role, Map<Compartment, Access>>> rules;

    NeedToKnowPolicy(List<Line> lines) {
        this.lines = List.copyOf(lines);
        Map<OrganisationType, Map<Role, Map<Compartment, Access>>> m = new EnumMap<>(OrganisationType.class);
        for (Line l : lines) {
            Map<Compartment, Access> row = m.computeIfAbsent(l.organisationType(), t -> new EnumMap<>(Role.class))
                    .computeIfAbsent(l.role(), r -> new EnumMap<>(Compartment.class));
            if (row.containsKey(l.compartment())) {
                throw new IllegalStateException("need-to-know policy: " + l.organisationType() + "/" + l.role() + "/"
                        + l.compartment() + " is listed twice");
            }
            row.put(l.compartment(), l.access());
        }
        this.rules = m;
    }

    static NeedToKnowPolicy load() {
        return load(RESOURCE);
    }

    static NeedToKnowPolicy load(String resource) {
        try (InputStream in = NeedToKnowPolicy.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("need-to-know policy " + resource + " is missing");
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    static NeedToKnowPolicy parse(java.io.Reader reader, String name) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().equals(List.of("organisation_type", "role", "compartment", "access"))) {
                throw new IllegalStateException(name + ": the header must be organisation_type,role,compartment,access");
            }
            for (CSVRecord r : parser) {
                String where = name + " line " + (r.getRecordNumber() + 1);
                if (r.size() != 4) throw new IllegalStateException(where + ": expected 4 columns");
                lines.add(new Line(parse(OrganisationType.class, r.get(0), where, "organisation type"),
                        parse(Role.class, r.get(1), where, "role"),
                        parse(Compartment.class, r.get(2), where, "compartment"),
                        parse(Access.class, r.get(3), where, "access")));
            }
        }
        return new NeedToKnowPolicy(lines);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String where, String what) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown " + what + " '" + value + "'");
        }
    }

    List<Line> lines() {
        return lines;
    }

    /** The access of one role in one organisation type (empty: none). */
    Map<Compartment, Access> row(OrganisationType type, Role role) {
        Map<Compartment, Access> r = rules.getOrDefault(type, Map.of()).get(role);
        return r == null ? Map.of() : Collections.unmodifiableMap(r);
    }

    /**
     * The access of a user: the union of their roles' rows in their organisation's type (the
     * stronger access wins). Unknown types or roles (e.g. the system actor) have none.
     */
    Map<Compartment, Access> row(String organisationType, Set<String> roles) {
        OrganisationType type = parseOrNull(OrganisationType.class, organisationType);
        if (type == null || roles == null) return Map.of();
        Map<Compartment, Access> union = new EnumMap<>(Compartment.class);
        for (String r : roles) {
            Role role = parseOrNull(Role.class, r);
            if (role == null) continue;
            row(type, role).forEach((c, a) -> union.merge(c, a, (x, y) -> x == Access.WRITE || y == Access.WRITE ? Access.WRITE : Access.READ));
        }
        return Collections.unmodifiableMap(union);
    }

    private static <E extends Enum<E>> E parseOrNull(Class<E> type, String value) {
        if (value == null) return null;
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
