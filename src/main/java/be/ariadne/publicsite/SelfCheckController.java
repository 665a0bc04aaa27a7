package be.ariadne.publicsite;

import be.ariadne.publicsite.guard.ClientAddress;
import be.ariadne.publicsite.guard.PublicFormFilter;
import be.ariadne.publicsite.guard.FieldErrors;
import be.ariadne.publicsite.guard.FormProblems;
import be.ariadne.publicsite.guard.RateLimiter;
import be.ariadne.publicsite.guard.TooManyRequests;
import be.ariadne.screening.Advice;
import be.ariadne.screening.ScreeningResult;
import be.ariadne.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The self-check: the immediate-danger question first, the eleven warning signs, and the result in
 * plain words with what to do next. The answers are evaluated and shown, never stored; the result
 * page can carry the signs over to a report if the visitor chooses to send one.
 */
@Controller
class SelfCheckController {
    private final QuickScreen quickScreen;
    private final Centres centres;
    private final RateLimiter limiter;
    private final MessageSource messages;

    SelfCheckController(QuickScreen quickScreen, Centres centres, RateLimiter limiter, MessageSource messages) {
        this.quickScreen = quickScreen;
        this.centres = centres;
        this.limiter = limiter;
        this.messages = messages;
    }

    /** The answers as posted. */
    record Answers(String danger, String minor, List<String> signs) {
        Answers {
            signs = signs == null ? List.of() : signs.stream().filter(s -> s != null && !s.isBlank()).toList();
        }

        public boolean ticked(String code) {
            return signs.contains(code);
        }
    }

    @GetMapping("/self-check")
    String form(@RequestParam(required = false) String danger, @RequestParam(required = false) String minor,
                @RequestParam(required = false) List<String> signs, HttpServletRequest request, Model model, Locale locale) {
        String notice = PublicFormFilter.notice(request);
        model.addAttribute("formNotice", notice);
        // Only a post that expired is shown again as it was; a link cannot pre-fill the answers.
        Answers answers = PublicFormFilter.EXPIRED.equals(notice) ? new Answers(danger, minor, signs) : new Answers(null, null, List.of());
        return form(answers, List.of(), model, locale);
    }

    @PostMapping("/self-check")
    String check(@RequestParam(required = false) String danger, @RequestParam(required = false) String minor,
                 @RequestParam(required = false) List<String> signs, HttpServletRequest request, HttpServletResponse response,
                 Model model, Locale locale) {
        Answers answers = new Answers(danger, minor, signs);
        FormProblems problems = new FormProblems(messages, locale);
        Boolean urgent = yesNo(answers.danger());
        if (urgent == null) problems.add("danger", "public.problem.choose");
        Boolean maybeMinor = null;
        if (answers.minor() != null && !answers.minor().isBlank() && !"unknown".equals(answers.minor())) {
            maybeMinor = yesNo(answers.minor());
            if (maybeMinor == null) problems.add("minor", "public.problem.choose");
        }
        Set<String> known = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String s : answers.signs()) {
            if (s.length() <= 40 && quickScreen.known(s)) known.add(s);
            else unknown.add(s.length() > 40 ? s.substring(0, 40) + "…" : s);
        }
        if (!unknown.isEmpty()) problems.add("signs", "public.problem.unknownSign", String.join(", ", unknown));
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return form(answers, problems.list(), model, locale);
        }
        Optional<Duration> limited = limiter.hit(RateLimiter.Action.SELF_CHECK, ClientAddress.of(request));
        if (limited.isPresent()) return TooManyRequests.answer(response, model, limited.get());

        ScreeningResult result = quickScreen.evaluate(urgent, maybeMinor, known, locale);
        model.addAttribute("result", result);
        model.addAttribute("outcome", outcome(result));
        model.addAttribute("advice", result.advice().stream().map(Advice::name).toList());
        model.addAttribute("ticked", quickScreen.signs(locale).stream().filter(s -> known.contains(s.code())).toList());
        model.addAttribute("danger", urgent ? "yes" : "no");
        model.addAttribute("signCodes", List.copyOf(known));
        model.addAttribute("centres", centres.all());
        model.addAttribute("centreDirectory", centres.directoryUrl());
        return "publicsite/self-check-result";
    }

    /** The result in one word, for the headline: POSSIBLE, SOME_SIGNS or NO_SIGN (LIKELY needs facts the quick screen does not ask). */
    static String outcome(ScreeningResult result) {
        if (result.trafficking().belgium().atLeastPossible()) return result.trafficking().belgium().name();
        return result.signCount() > 0 ? "SOME_SIGNS" : "NO_SIGN";
    }

    private String form(Answers answers, List<FieldProblem> problems, Model model, Locale locale) {
        model.addAttribute("answers", answers);
        model.addAttribute("signs", quickScreen.signs(locale));
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldErrors.of(problems));
        return "publicsite/self-check";
    }

    private static Boolean yesNo(String value) {
        if ("yes".equals(value)) return Boolean.TRUE;
        if ("no".equals(value)) return Boolean.FALSE;
        return null;
    }
}
