package be.ariadne.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** After a password reset, the one-time password opens only the page to choose a new one. */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {
    static final String PAGE = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUser.get();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean allowed = path.equals(PAGE) || path.equals("/logout") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/error");
        if (user.isPresent() && user.get().mustChangePassword() && !allowed) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
