package be.ariadne.access;

import be.ariadne.shared.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/** Authenticates API calls by {@code Authorization: Bearer TOKEN}; a token that is not valid is answered 401 at once. */
final class BearerTokenFilter extends OncePerRequestFilter {
    private final TokenService tokens;
    private final JsonMapper json = JsonMapper.builder().build();

    BearerTokenFilter(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).trim();
        Optional<AriadneUser> user = tokens.authenticate(token);
        if (user.isEmpty()) {
            unauthorized(response, json, "The bearer token is unknown, expired or revoked.");
            return;
        }
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(new BearerAuthentication(user.get(), token));
        SecurityContextHolder.setContext(ctx);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void unauthorized(HttpServletResponse response, JsonMapper json, String detail) throws IOException {
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.getOutputStream().write(json.writeValueAsBytes(Problems.asMap(
                Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", detail))));
    }
}
