package be.ariadne.shared.web;

import java.util.Set;

/**
 * A block of a signed-in user's home page, contributed by a module: a title, a short text, and
 * links (or an htmx fragment URL that loads the block's live content, e.g. the next deadlines).
 */
public record HomeSection(String titleKey, String textKey, Set<String> roles, int order, String fragmentUrl,
                          java.util.List<Link> links) {
    public record Link(String labelKey, String href) {
    }

    public boolean visibleTo(Set<String> userRoles) {
        if (roles.isEmpty()) return true;
        for (String r : userRoles) if (roles.contains(r)) return true;
        return false;
    }
}
