package be.ariadne.publicsite.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A public form sent after its session ended (left open longer than the session timeout, or
 * sent without ever having a session) cannot pass the CSRF check, and would be answered with a
 * bare "not allowed". Before the security filters see it, such a post is turned into a request
 * for the same page, marked {@link #EXPIRED}: the page shows the form again, filled in with what
 * was typed, says why, and nothing is stored.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
public class ExpiredFormFilter extends OncePerRequestFilter {
    public static final String EXPIRED = "publicsite.formExpired";
    /** Every public form posts to the address of the page that shows it. */
    static final List<String> FORMS = List.of("/self-check", "/report/details", "/report/receipt",
            "/training/*/register", "/training/registration/*");
    private final AntPathMatcher paths = new AntPathMatcher();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) return true;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return FORMS.stream().noneMatch(p -> paths.match(p, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        request.getParameterMap(); // read the posted form before the method is presented as GET
        request.setAttribute(EXPIRED, Boolean.TRUE);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        }, response);
    }
}
