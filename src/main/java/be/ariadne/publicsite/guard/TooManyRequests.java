package be.ariadne.publicsite.guard;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.ui.Model;

/** The answer to a flood: 429, {@code Retry-After} in seconds, and a page that says when to try again (and 112). */
public final class TooManyRequests {
    public static final String VIEW = "publicsite/too-many-requests";

    private TooManyRequests() {
    }

    public static String answer(HttpServletResponse response, Model model, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        model.addAttribute("retryMinutes", Math.max(1, (seconds + 59) / 60));
        return VIEW;
    }
}
