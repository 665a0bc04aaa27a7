package be.ariadne.shared.web;

import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import be.ariadne.shared.NotFoundException;
import be.ariadne.shared.RefusedException;
import be.ariadne.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * One place that turns exceptions into answers: a problem document for the API, an error page
 * for the screens; never a stack trace. Unexpected errors are logged with a reference that the
 * answer repeats, so support can find the log line without the user seeing internals.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class GlobalExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, Problems.invalid(e.problems()));
    }

    @ExceptionHandler(BindException.class)
    Object bind(BindException e, HttpServletRequest req, HttpServletResponse res) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getFieldErrors().forEach(fe -> problems.add(new FieldProblem(fe.getField(), fe.getDefaultMessage())));
        e.getGlobalErrors().forEach(ge -> problems.add(new FieldProblem(ge.getObjectName(), ge.getDefaultMessage())));
        return answer(req, res, Problems.invalid(problems));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object methodValidation(HandlerMethodValidationException e, HttpServletRequest req, HttpServletResponse res) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                problems.add(new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage()))));
        return answer(req, res, Problems.invalid(problems));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest req, HttpServletResponse res) {
        String why = e.getMostSpecificCause() == null ? "unreadable" : firstLine(e.getMostSpecificCause().getMessage());
        return answer(req, res, Problems.invalid(List.of(new FieldProblem("body", "malformed request body: " + why))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, Problems.invalid(List.of(new FieldProblem(e.getName(), "invalid value '" + e.getValue() + "'"))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParam(MissingServletRequestParameterException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, Problems.invalid(List.of(new FieldProblem(e.getParameterName(), "is required"))));
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, Problems.of(HttpStatus.NOT_FOUND, "Not found", "There is nothing at " + req.getRequestURI()));
    }

    @ExceptionHandler(RefusedException.class)
    Object refused(RefusedException e, HttpServletRequest req, HttpServletResponse res) {
        ProblemDetail pd = Problems.of(HttpStatus.CONFLICT, "Refused", e.getMessage());
        pd.setProperty("rule", e.rule());
        return answer(req, res, pd);
    }

    @ExceptionHandler(StaleVersionException.class)
    Object stale(StaleVersionException e, HttpServletRequest req, HttpServletResponse res) {
        ProblemDetail pd = Problems.of(HttpStatus.CONFLICT, "Edited by someone else", e.getMessage());
        pd.setProperty("rule", "STALE_VERSION");
        return answer(req, res, pd);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                "Method " + e.getMethod() + " is not allowed here"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Content type " + e.getContentType() + " is not supported here"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest req, HttpServletResponse res) {
        return answer(req, res, Problems.invalid(List.of(new FieldProblem("file", "is larger than the allowed size"))));
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest req, HttpServletResponse res) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // Spring Security answers these (sign-in page, 401/403 problem documents).
        }
        String ref = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {} on {} {}", ref, req.getMethod(), req.getRequestURI(), e);
        ProblemDetail pd = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "Something went wrong on our side. Reference: " + ref);
        pd.setProperty("reference", ref);
        return answer(req, res, pd);
    }

    private static Object answer(HttpServletRequest req, HttpServletResponse res, ProblemDetail pd) {
        if (ApiRequests.isApi(req)) {
            return Problems.response(pd);
        }
        res.setStatus(pd.getStatus());
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(HttpStatus.valueOf(pd.getStatus()));
        mav.addObject("status", pd.getStatus());
        mav.addObject("problem", pd);
        return mav;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
