package be.ariadne.casefile;

import be.ariadne.access.OrganisationType;
import be.ariadne.access.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Field-level restriction of the IDENTITY compartment, as data ({@code casefile/identity-restrictions.csv}:
 * organisation_type, role, identity_part): a role listed there reads (and writes) only the listed
 * parts of IDENTITY; a role not listed gets the whole compartment its need-to-know row gives. Plain
 * Java; {@link CaseGuard} puts the parts into every {@link CaseScope}, the one place the screens, the
 * API, the history and the search ask.
 */
final class IdentityRestrictions {
    static final String RESOURCE = "/casefile/identity-restrictions.csv";

    /** The parts of an identity: the records (and for the identity form, the fields) each covers. */
    enum IdentityPart {
        NAMES("identity", "firstName", "lastName"),
        BIRTH_DATE("identity", "birthDate"),
        ALIASES("aliases"),
        PHONES("phones"),
        IDENTITY_DOCUMENTS("identity-documents"),
        ADDRESSES("addresses");

        final String entity;
        final Set<String> fields; // empty: every field of the record

        IdentityPart(String entity, String... fields) {
            this.entity = entity;
            this.fields = Set.of(fields);
        }

        boolean covers(String entityName, String field) {
            return entity.equals(entityName) && (fields.isEmpty() || field == null || fields.contains(field));
        }

        static final Set<IdentityPart> ALL = Collections.unmodifiableSet(EnumSet.allOf(IdentityPart.class));
    }

    record Line(OrganisationType organisationType, Role role, IdentityPart part) {
    }

    private final List<Line> lines;
    private final Map<OrganisationType, Map<Role, Set<IdentityPart>>> rules;

    IdentityRestrictions(List<Line> lines, NeedToKnowPolicy policy) {
        this.lines = List.copyOf(lines);
        Map<OrganisationType, Map<Role, Set<IdentityPart>>> m = new EnumMap<>(OrganisationType.class);
        for (Line l : lines) {
            if (policy != null && !policy.row(l.organisationType(), l.role()).containsKey(Compartment.IDENTITY)) {
                throw new IllegalStateException("identity restrictions: " + l.organisationType() + "/" + l.role()
                        + " has no access to IDENTITY in the need-to-know policy");
            }
            Set<IdentityPart> parts = m.computeIfAbsent(l.organisationType(), t -> new EnumMap<>(Role.class))
                    .computeIfAbsent(l.role(), r -> EnumSet.noneOf(IdentityPart.class));
            if (!parts.add(l.part())) {
                throw new IllegalStateException("identity restrictions: " + l.organisationType() + "/" + l.role() + "/"
                        + l.part() + " is listed twice");
            }
        }
        this.rules = m;
    }

    static IdentityRestrictions load(NeedToKnowPolicy policy) {
        return load(RESOURCE, policy);
    }

    /** A missing file restricts nobody. */
    static IdentityRestrictions load(String resource, NeedToKnowPolicy policy) {
        try (InputStream in = IdentityRestrictions.class.getResourceAsStream(resource)) {
            if (in == null) return new IdentityRestrictions(List.of(), policy);
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource, policy);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    static IdentityRestrictions parse(Reader reader, String name, NeedToKnowPolicy policy) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().equals(List.of("organisation_type", "role", "identity_part"))) {
                throw new IllegalStateException(name + ": the header must be organisation_type,role,identity_part");
            }
            for (CSVRecord r : parser) {
                String where = name + " line " + (r.getRecordNumber() + 1);
                if (r.size() != 3) throw new IllegalStateException(where + ": expected 3 columns");
                Line line = new Line(parse(OrganisationType.class, r.get(0), where, "organisation type"),
                        parse(Role.class, r.get(1), where, "role"), parse(IdentityPart.class, r.get(2), where, "identity part"));
                try {
                    new IdentityRestrictions(List.of(line), policy);
                } catch (IllegalStateException e) {
                    throw new IllegalStateException(where + ": " + e.getMessage(), e);
                }
                if (lines.contains(line)) throw new IllegalStateException(where + ": " + line.organisationType() + "/" + line.role()
                        + "/" + line.part() + " is listed twice");
                lines.add(line);
            }
        }
        return new IdentityRestrictions(lines, policy);
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

    /** The parts one role of one organisation type reads when it reads IDENTITY (all when not restricted). */
    Set<IdentityPart> parts(OrganisationType type, Role role) {
        Set<IdentityPart> p = rules.getOrDefault(type, Map.of()).get(role);
        return p == null ? IdentityPart.ALL : Collections.unmodifiableSet(p);
    }

    /**
     * The parts of IDENTITY a user reads: the union over those of their roles whose need-to-know row
     * gives IDENTITY (an unrestricted such role gives all). None when no role reads IDENTITY.
     */
    Set<IdentityPart> parts(String organisationType, Set<String> roles, NeedToKnowPolicy policy) {
        OrganisationType type = parseOrNull(OrganisationType.class, organisationType);
        Set<IdentityPart> union = EnumSet.noneOf(IdentityPart.class);
        if (type == null || roles == null) return union;
        for (String r : roles) {
            Role role = parseOrNull(Role.class, r);
            if (role == null || !policy.row(type, role).containsKey(Compartment.IDENTITY)) continue;
            union.addAll(parts(type, role));
        }
        return Collections.unmodifiableSet(union);
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
