package be.ariadne.access;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request, from the security context. */
public final class CurrentUser {
    private CurrentUser() {
    }

    public static Optional<AriadneUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AriadneUser u) return Optional.of(u);
        return Optional.empty();
    }

    /** The signed-in user; denies access when there is none. */
    public static AriadneUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("sign in first"));
    }
}
