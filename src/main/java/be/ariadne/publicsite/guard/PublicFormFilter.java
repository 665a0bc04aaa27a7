package be.ariadne.publicsite.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Public forms that cannot be processed are turned, before the security filters see them, into a
 * request for the page of the form, marked with {@link #NOTICE} so that the page says why and
 * nothing is stored:
 * <ul>
 * <li>a post larger than {@code ariadne.publicsite.max-form-bytes} (every field has a smaller limit
 * of its own; this stops a body nobody could have typed before it is read): the form comes back
 * empty, with 413;</li>
 * <li>a post whose session has ended (a form left open longer than the session timeout, or sent
 * without ever having a session), which the CSRF check would otherwise answer with a bare "not
 * allowed": the form comes back filled in with what was typed.</li>
 * </ul>
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
public class PublicFormFilter extends OncePerRequestFilter {
    /** Request attribute: the message key of the notice the form page shows. */
    public static final String NOTICE = "publicsite.formNotice";
    public static final String EXPIRED = "public.form.expired";
    public static final String TOO_LARGE = "public.form.tooLarge";
    /** Every public form posts to the address of the page that shows it. */
    static final List<String> FORMS = List.of("/self-check", "/report/details", "/report/receipt",
            "/training/*/register", "/training/registration/*");
    private final AntPathMatcher paths = new AntPathMatcher();
    private final long maxFormBytes;

    PublicFormFilter(@Value("${ariadne.publicsite.max-form-bytes:131072}") long maxFormBytes) {
        this.maxFormBytes = maxFormBytes;
    }

    /** The notice for a form page, or null when the request is an ordinary one. */
    public static String notice(HttpServletRequest request) {
        return (String) request.getAttribute(NOTICE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) return true;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return FORMS.stream().noneMatch(p -> paths.match(p, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxFormBytes || !parameters(request)) {
            request.setAttribute(NOTICE, TOO_LARGE);
            response.setStatus(413);
            chain.doFilter(new AsPage(request, false), response);
            return;
        }
        if (request.getSession(false) == null) {
            request.setAttribute(NOTICE, EXPIRED);
            chain.doFilter(new AsPage(request, true), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Reads the posted form; false when the container refuses it (beyond its own size limit, or malformed). */
    private static boolean parameters(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (RuntimeException refusedByTheContainer) {
            return false;
        }
    }

    /** The post presented as a request for the page: GET, with the typed fields or none. */
    private static final class AsPage extends HttpServletRequestWrapper {
        private final boolean keepFields;

        AsPage(HttpServletRequest request, boolean keepFields) {
            super(request);
            this.keepFields = keepFields;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return keepFields ? super.getParameter(name) : null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return keepFields ? super.getParameterMap() : Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return keepFields ? super.getParameterNames() : Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return keepFields ? super.getParameterValues(name) : null;
        }
    }
}
