package be.ariadne.shared.web;

import java.util.Set;

/**
 * An entry of the main navigation, contributed by a module as a bean. Shown to users who have
 * one of {@code roles}; an empty set means every signed-in user.
 */
public record NavigationItem(String labelKey, String href, Set<String> roles, int order) {
    public boolean visibleTo(Set<String> userRoles) {
        if (roles.isEmpty()) return true;
        for (String r : userRoles) if (roles.contains(r)) return true;
        return false;
    }
}
