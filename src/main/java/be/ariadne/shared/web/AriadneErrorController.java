package be.ariadne.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers whatever reaches the container's error page (unknown URLs, errors raised in filters):
 * a problem document under {@code /api}, an error page elsewhere. Replaces Boot's default error
 * controller so that no stack trace or internal detail is ever shown.
 */
@Controller
class AriadneErrorController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest req, HttpServletResponse res) {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        HttpStatus hs = HttpStatus.resolve(status);
        if (hs == null) hs = HttpStatus.INTERNAL_SERVER_ERROR;
        String uri = (String) req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detail = switch (hs) {
            case NOT_FOUND -> "There is nothing at " + (uri == null ? "this address" : uri);
            case FORBIDDEN -> "You do not have the right to do this.";
            case UNAUTHORIZED -> "Sign in first.";
            case BAD_REQUEST -> "The request could not be understood.";
            default -> "Something went wrong on our side.";
        };
        ProblemDetail pd = Problems.of(hs, hs.getReasonPhrase(), detail);
        if (ApiRequests.isApi(req)) {
            return Problems.response(pd);
        }
        res.setStatus(status);
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(hs);
        mav.addObject("status", status);
        mav.addObject("problem", pd);
        return mav;
    }
}
