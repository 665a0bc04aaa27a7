package be.ariadne.access;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Which roles may be held in which organisation types: data ({@code access/role-assignments.json}), read at start-up. */
@Component
class RoleAssignments {
    private final Map<Role, Set<OrganisationType>> allowed;

    RoleAssignments() {
        this("/access/role-assignments.json");
    }

    RoleAssignments(String resource) {
        try (InputStream in = RoleAssignments.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("role assignments file " + resource + " is missing");
            JsonNode roles = JsonMapper.builder().build().readTree(in).path("roles");
            Map<Role, Set<OrganisationType>> map = new EnumMap<>(Role.class);
            for (Map.Entry<String, JsonNode> e : roles.properties()) {
                Role role = parse(Role.class, e.getKey(), resource);
                Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
                for (JsonNode t : e.getValue()) types.add(parse(OrganisationType.class, t.asString(), resource));
                map.put(role, Set.copyOf(types));
            }
            for (Role r : Role.values()) {
                if (!map.containsKey(r)) throw new IllegalStateException(resource + ": role " + r + " has no entry");
            }
            this.allowed = Map.copyOf(map);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    boolean allowed(Role role, OrganisationType type) {
        return allowed.get(role).contains(type);
    }

    Set<OrganisationType> typesFor(Role role) {
        return allowed.get(role);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String resource) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ": unknown " + type.getSimpleName() + " '" + value + "'");
        }
    }
}
