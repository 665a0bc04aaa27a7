package be.ariadne.publicsite.training;

import be.ariadne.publicsite.guard.ClientAddress;
import be.ariadne.publicsite.guard.PublicFormFilter;
import be.ariadne.publicsite.guard.FieldErrors;
import be.ariadne.publicsite.guard.FormSecrets;
import be.ariadne.publicsite.guard.FormProblems;
import be.ariadne.publicsite.guard.FormTokens;
import be.ariadne.publicsite.guard.FormTokens.PendingForm;
import be.ariadne.publicsite.guard.Honeypot;
import be.ariadne.publicsite.guard.RateLimiter;
import be.ariadne.publicsite.guard.Secrets;
import be.ariadne.publicsite.guard.TooManyRequests;
import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.RefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public side of training: upcoming sessions, registration (a place or the waiting list), and
 * the personal link with which a registrant confirms or cancels.
 */
@Controller
class TrainingController {
    static final String PURPOSE = "training";

    private final Training training;
    private final TrainingMails mails;
    private final FormTokens tokens;
    private final FormSecrets secrets;
    private final RateLimiter limiter;
    private final MessageSource messages;
    private final ZoneId zone;

    TrainingController(Training training, TrainingMails mails, FormTokens tokens, FormSecrets secrets, RateLimiter limiter,
                       MessageSource messages,
                       @Value("${ariadne.publicsite.time-zone:Europe/Brussels}") ZoneId zone) {
        this.training = training;
        this.mails = mails;
        this.tokens = tokens;
        this.secrets = secrets;
        this.limiter = limiter;
        this.messages = messages;
        this.zone = zone;
    }

    @GetMapping("/training")
    String list(Model model) {
        model.addAttribute("sessions", training.upcoming());
        model.addAttribute("zone", zone);
        return "publicsite/training/list";
    }

    @GetMapping("/training/{id}/register")
    String form(@PathVariable long id, @ModelAttribute("posted") RegistrationForm posted, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        String notice = PublicFormFilter.notice(request);
        model.addAttribute("formNotice", notice);
        return form(id, PublicFormFilter.EXPIRED.equals(notice) ? posted : RegistrationForm.empty(), null, List.of(),
                request.getSession(), response, model);
    }

    @PostMapping("/training/{id}/register")
    String register(@PathVariable long id, @ModelAttribute("posted") RegistrationForm form, HttpServletRequest request,
                    HttpServletResponse response, HttpSession session, Model model, Locale locale) {
        Optional<PendingForm> pending = tokens.find(session, PURPOSE, form.formToken());
        if (pending.isEmpty()) {
            response.setStatus(409);
            model.addAttribute("replayed", true);
            return form(id, form, null, List.of(), session, response, model);
        }
        String personalToken = secrets.token(PURPOSE, pending.get().token());
        String link = mails.personalLink(personalToken, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        if (Honeypot.caught(form.website())) {
            // Answered as if accepted; the link shown opens nothing.
            model.addAttribute("trainingSession", training.session(id));
            model.addAttribute("zone", zone);
            model.addAttribute("result", null);
            model.addAttribute("link", link);
            return "publicsite/training/registered";
        }
        FormProblems problems = new FormProblems(messages, locale);
        TrainingChecks.ValidRegistration valid = TrainingChecks.registration(form, problems);
        if (valid == null) {
            response.setStatus(400);
            return form(id, form, pending.get(), problems.list(), session, response, model);
        }
        Optional<Duration> limited = limiter.hit(RateLimiter.Action.TRAINING, ClientAddress.of(request));
        if (limited.isPresent()) return TooManyRequests.answer(response, model, limited.get());
        try {
            Training.Registered result = training.register(id, valid, personalToken,
                    Secrets.sha256("training:" + pending.get().token()), locale.getLanguage(), link);
            model.addAttribute("trainingSession", training.session(id));
            model.addAttribute("zone", zone);
            model.addAttribute("result", result);
            model.addAttribute("link", result.mailed() ? null : link);
            return "publicsite/training/registered";
        } catch (RefusedException e) {
            response.setStatus(409);
            model.addAttribute("refused", "public.training.refused." + e.rule());
            return form(id, form, pending.get(), List.of(), session, response, model);
        }
    }

    @GetMapping("/training/registration/{token}")
    String personal(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("formNotice", PublicFormFilter.notice(request));
        Optional<Registration> r = training.byToken(token);
        if (r.isEmpty()) return unknownLink(response);
        return personal(r.get(), token, model);
    }

    @PostMapping("/training/registration/{token}")
    String act(@PathVariable String token, @RequestParam(defaultValue = "") String action, HttpServletResponse response, Model model) {
        Optional<Registration> r = training.byToken(token);
        if (r.isEmpty()) return unknownLink(response);
        try {
            switch (action) {
                case "confirm" -> {
                    training.confirm(r.get());
                    model.addAttribute("notice", "public.training.confirmed");
                }
                case "cancel" -> {
                    training.cancel(r.get());
                    model.addAttribute("notice", "public.training.cancelledNotice");
                }
                default -> {
                    response.setStatus(400);
                    model.addAttribute("refused", "public.training.refused.UNKNOWN_ACTION");
                }
            }
        } catch (RefusedException e) {
            response.setStatus(409);
            model.addAttribute("refused", "public.training.refused." + e.rule());
        }
        return personal(training.byToken(token).orElseThrow(), token, model);
    }

    private String personal(Registration r, String token, Model model) {
        model.addAttribute("registration", r);
        model.addAttribute("position", training.waitingPosition(r));
        model.addAttribute("trainingSession", training.session(r.sessionId()));
        model.addAttribute("zone", zone);
        model.addAttribute("token", token);
        return "publicsite/training/personal";
    }

    private String unknownLink(HttpServletResponse response) {
        response.setStatus(404);
        return "publicsite/training/unknown-link";
    }

    private String form(long id, RegistrationForm form, PendingForm pending, List<FieldProblem> problems, HttpSession session,
                        HttpServletResponse response, Model model) {
        TrainingSession s = training.session(id);
        model.addAttribute("trainingSession", s);
        model.addAttribute("zone", zone);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", FieldErrors.of(problems));
        model.addAttribute("limits", Limits.INSTANCE);
        try {
            training.openSession(id);
        } catch (RefusedException closed) {
            if (response.getStatus() == 200) response.setStatus(409);
            model.addAttribute("closed", "public.training.refused." + closed.rule());
            return "publicsite/training/register";
        }
        PendingForm issued = pending != null ? pending : tokens.issue(session, PURPOSE);
        model.addAttribute("formToken", issued.token());
        return "publicsite/training/register";
    }

    /** Field limits for the form's maxlength attributes (checked again on the server). */
    record Limits(int name, int organisation, int role, int email) {
        static final Limits INSTANCE = new Limits(TrainingChecks.NAME_MAX, TrainingChecks.ORGANISATION_MAX, TrainingChecks.ROLE_MAX,
                TrainingChecks.EMAIL_MAX);
    }
}
