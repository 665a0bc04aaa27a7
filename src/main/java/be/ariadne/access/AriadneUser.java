package be.ariadne.access;

import be.ariadne.shared.Actor;
import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in user as every module sees it. Kept in the (database-backed) session, so it holds
 * no secret and nothing about victims.
 */
public record AriadneUser(long userId, String username, String displayName, long organisationId,
                          String organisationCode, String organisationName, OrganisationType orgType,
                          Set<Role> roleSet, boolean mustChangePassword) implements Actor, java.security.Principal, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public AriadneUser {
        roleSet = Set.copyOf(roleSet);
    }

    @Override
    public String organisationType() {
        return orgType.name();
    }

    @Override
    public Set<String> roles() {
        return roleSet.stream().map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The principal's name, used by Spring Session to find a user's sessions. */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roleSet.contains(role);
    }
}
