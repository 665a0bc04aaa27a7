package be.ariadne.shared;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The application itself acting (demo seeding, command-line tools, scheduled jobs), so that the
 * audit trail names who did it: {@code system:<task>}. Holds no role: it cannot pass a policy
 * check meant for people.
 */
public record SystemActor(String task) implements Actor {
    @Override
    public long userId() {
        return 0;
    }

    @Override
    public String username() {
        return "system:" + task;
    }

    @Override
    public long organisationId() {
        return 0;
    }

    @Override
    public String organisationCode() {
        return null;
    }

    @Override
    public String organisationType() {
        return "SYSTEM";
    }

    @Override
    public Set<String> roles() {
        return Set.of();
    }

    /** Runs the work with this actor in the security context, then restores the previous context. */
    public <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this, null, java.util.List.of()));
        SecurityContextHolder.setContext(ctx);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
