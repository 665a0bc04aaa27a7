package be.ariadne.access;

import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Form sign-in through the same checks, counting and lock-out as the token endpoint. */
@Component
class FormLoginProvider implements AuthenticationProvider {
    private final AccountAuthenticator authenticator;

    FormLoginProvider(AccountAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        AccountAuthenticator.Result result = authenticator.authenticate(username,
                credentials == null ? null : credentials.toString(), "web");
        if (result instanceof AccountAuthenticator.Success s) {
            AriadneUser user = s.user();
            return UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.roleSet().stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toList()));
        }
        // One message whatever the reason: it must not reveal which usernames exist or are locked.
        throw new BadCredentialsException("bad credentials");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
