package be.ariadne.access;

import java.util.stream.Collectors;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An API caller authenticated by a bearer token; keeps the token so that it can revoke itself. */
final class BearerAuthentication extends AbstractAuthenticationToken {
    private final AriadneUser user;
    private final transient String token;

    BearerAuthentication(AriadneUser user, String token) {
        super(user.roleSet().stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toList()));
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    String token() {
        return token;
    }
}
